import { json } from '@sveltejs/kit';
import { calculatorMetas, loadCalculator } from '$lib/calculators/registry';
import { OPEN_DATA_FORMAT } from '$lib/rules/open-data';
import type { RequestHandler } from './$types';

// Open data: every worked example the calculators are tested against. Prerendered on the server
// side, where the golden cases are kept (the browser bundle has them emptied).
export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = async () => {
	const cases = [];
	for (const m of calculatorMetas) {
		const c = await loadCalculator(m.id);
		for (const g of c?.golden ?? []) cases.push({ calculator: m.id, ...g });
	}
	return json({ format: OPEN_DATA_FORMAT, cases });
};
