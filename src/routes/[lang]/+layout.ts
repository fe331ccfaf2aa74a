import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { hasPageTexts, isLang, loadTranslations } from '$lib/i18n';
import type { LayoutLoad } from './$types';
import { CALCULATOR_ROUTES } from './calculator-routes';

/**
 * Every page but a calculator page or widget loads i18next and the page language's messages before it
 * renders. A calculator page or widget opened directly brings its texts in the page and loads them on
 * the first input (i18n/index.ts); reached by a client-side navigation it has none, so it loads them
 * here, without the site pages' texts.
 */
export const load: LayoutLoad = async ({ params, route, url }) => {
	if (!isLang(params.lang)) error(404, 'Not found');
	const calculator = CALCULATOR_ROUTES.has(route.id ?? '');
	if (!calculator) await loadTranslations(params.lang, true);
	else if (!browser || !hasPageTexts(url.pathname)) await loadTranslations(params.lang, false);
	return { lang: params.lang };
};
