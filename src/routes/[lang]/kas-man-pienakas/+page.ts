import { loadCheckMessages } from '$lib/entitlement/load';
import type { Lang } from '$lib/i18n';
import type { PageLoad } from './$types';

// `data` (+page.server.ts, prerendered into the page) carries the questions; the check's own texts come
// in the page language only.
export const load: PageLoad = async ({ data, params }) => ({ ...data, messages: await loadCheckMessages(params.lang as Lang) });
