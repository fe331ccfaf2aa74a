import { error } from '@sveltejs/kit';
import { calculatorIds, loadCalculator } from '$lib/calculators/registry';
import { LANGS } from '$lib/i18n';

/** Shared by the calculator page and its embeddable widget. */
export const calculatorEntries = () => LANGS.flatMap((lang) => calculatorIds.map((calc) => ({ lang, calc })));

export async function loadCalculatorPage(id: string) {
	const calculator = await loadCalculator(id);
	if (!calculator) error(404, 'Not found');
	return { calculator };
}
