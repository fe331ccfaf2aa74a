import { error } from '@sveltejs/kit';
import { loadCalculator } from '$lib/calculators/loader';
import { isLang } from '$lib/i18n';

/** Shared by the calculator page and its embeddable widget (their prerender lists: entries.server.ts). */
export async function loadCalculatorPage(id: string, lang: string) {
	const calculator = isLang(lang) ? await loadCalculator(id, [lang]) : undefined;
	if (!calculator) error(404, 'Not found');
	return { calculator };
}
