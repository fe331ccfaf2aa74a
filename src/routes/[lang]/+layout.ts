import { error } from '@sveltejs/kit';
import { isLang, loadCommon } from '$lib/i18n';
import type { LayoutLoad } from './$types';

/** A calculator page and its widget need only the common messages, not the site pages' (i18n/index.ts). */
const CALCULATOR_ROUTES = new Set(['/[lang]/[calc]', '/[lang]/[calc]/embed']);

export const load: LayoutLoad = async ({ params, route }) => {
	if (!isLang(params.lang)) error(404, 'Not found');
	await loadCommon(params.lang, !CALCULATOR_ROUTES.has(route.id ?? ''));
	return { lang: params.lang };
};
