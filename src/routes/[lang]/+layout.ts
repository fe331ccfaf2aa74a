import { error } from '@sveltejs/kit';
import { isLang, loadCommon } from '$lib/i18n';
import type { LayoutLoad } from './$types';

/** A calculator page, its widget and the entitlement check need only the common messages, not the site pages' (i18n/index.ts). */
const COMMON_ONLY = new Set(['/[lang]/[calc]', '/[lang]/[calc]/embed', '/[lang]/kas-man-pienakas', '/[lang]/what-am-i-entitled-to']);

export const load: LayoutLoad = async ({ params, route }) => {
	if (!isLang(params.lang)) error(404, 'Not found');
	await loadCommon(params.lang, !COMMON_ONLY.has(route.id ?? ''));
	return { lang: params.lang };
};
