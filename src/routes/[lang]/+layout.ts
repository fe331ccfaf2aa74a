import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { hasPageTexts, isLang, loadTranslations } from '$lib/i18n';
import type { LayoutLoad } from './$types';
import { CALCULATOR_ROUTES } from './calculator-routes';

/** The entitlement check needs only the common messages, not the site pages' (i18n/index.ts). */
const CHECK_ROUTES = new Set(['/[lang]/kas-man-pienakas', '/[lang]/what-am-i-entitled-to']);

/**
 * Every page but a calculator page or widget loads i18next and the page language's messages before it
 * renders. A calculator page or widget opened directly brings its texts in the page and loads them on
 * the first input (i18n/index.ts); reached by a client-side navigation it has none, so it loads them
 * here, without the site pages' texts, as the entitlement check does.
 */
export const load: LayoutLoad = async ({ params, route, url }) => {
	if (!isLang(params.lang)) error(404, 'Not found');
	const id = route.id ?? '';
	if (CALCULATOR_ROUTES.has(id)) {
		if (!browser || !hasPageTexts(url.pathname)) await loadTranslations(params.lang, false);
	} else await loadTranslations(params.lang, !CHECK_ROUTES.has(id));
	return { lang: params.lang };
};
