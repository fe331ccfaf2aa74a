import type { PageLoad } from './$types';
import { loadCalculatorPage } from '../load';

// `data` (from +page.server.ts, prerendered into the page) carries the field links' names.
export const load: PageLoad = async ({ params, data, url }) => ({
	...data,
	...(await loadCalculatorPage(params.calc, params.lang, url.pathname))
});
