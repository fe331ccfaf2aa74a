import { error } from '@sveltejs/kit';
import { calculatorIds, loadCalculator } from '$lib/calculators/registry';
import { LANGS } from '$lib/i18n';
import type { PageLoad } from './$types';

export const entries = () => LANGS.flatMap((lang) => calculatorIds.map((calc) => ({ lang, calc })));

export const load: PageLoad = async ({ params }) => {
	const calculator = await loadCalculator(params.calc);
	if (!calculator) error(404, 'Not found');
	return { calculator };
};
