import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { loadCalculator } from '$lib/calculators/loader';
import { hasPageTexts, isLang } from '$lib/i18n';

/**
 * Shared by the calculator page and its widget (their prerender lists: entries.server.ts). A page opened
 * directly answers its first texts from the page (i18n/index.ts) and loads the calculator's messages on
 * the first input; reached by a client-side navigation it loads them now.
 */
export async function loadCalculatorPage(id: string, lang: string, path: string) {
	const calculator = isLang(lang) ? await loadCalculator(id, browser && hasPageTexts(path) ? [] : [lang]) : undefined;
	if (!calculator) error(404, 'Not found');
	return { calculator };
}
