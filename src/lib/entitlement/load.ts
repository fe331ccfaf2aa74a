import { loadCalculator } from '$lib/calculators/registry';
import { BENEFITS } from './catalogue';
import type { Calcs } from './check';

/** Every calculator the catalogue names, loaded once (the page's load function, the tests). */
export async function loadCheckCalculators(): Promise<Calcs> {
	const ids = [...new Set(BENEFITS.map((e) => e.calculator))];
	const loaded = await Promise.all(ids.map((id) => loadCalculator(id)));
	const calcs: Calcs = {};
	ids.forEach((id, i) => {
		const c = loaded[i];
		if (!c) throw new Error(`The check names an unknown calculator: ${id}`);
		calcs[id] = c;
	});
	return calcs;
}
