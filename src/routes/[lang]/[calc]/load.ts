import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { loadCalculatorForm } from '$lib/calculators/form-loader';
import { hasPageTexts, isLang } from '$lib/i18n';

/**
 * Shared by the calculator page and its widget (their prerender lists: entries.server.ts). A page opened
 * directly loads only the calculator's form: its texts are in the page (i18n/index.ts) and the engine,
 * i18next and the messages follow on the first input (README "Page weight"). Reached by a client-side
 * navigation (no texts in the page), or on the server, it loads the whole calculator now.
 */
export async function loadCalculatorPage(id: string, lang: string, path: string) {
	if (!isLang(lang)) error(404, 'Not found');
	if (browser && hasPageTexts(path)) {
		const form = await loadCalculatorForm(id);
		if (!form) error(404, 'Not found');
		return { form, calculator: undefined };
	}
	const { loadCalculator } = await import('$lib/calculators/loader');
	const calculator = await loadCalculator(id, [lang]);
	if (!calculator) error(404, 'Not found');
	return { form: { id: calculator.id, fields: calculator.fields }, calculator };
}
