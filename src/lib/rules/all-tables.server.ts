/**
 * Every rule table and which calculators use it, read at build time for the rules pages and the
 * open-data files. Server-only (prerendering): the browser never loads the whole data set with a page.
 */
import { calculatorMetas, loadCalculator } from '$lib/calculators/registry';
import type { Localized, Table } from '$lib/engine/tables';

const modules = import.meta.glob<{ default: Table<unknown> }>('/data/**/*.json', { eager: true });

export const allTables: Table<unknown>[] = Object.values(modules)
	.map((m) => m.default)
	.sort((a, b) => a.id.localeCompare(b.id));

export { DOMAIN_ORDER } from './paths';

export const tableById = (id: string) => allTables.find((t) => t.id === id);

export interface CalculatorUse {
	id: string;
	title: Localized;
	tables: string[];
}

/** Each calculator with the ids of the tables it uses, in the home page's order. */
export async function calculatorUses(): Promise<CalculatorUse[]> {
	const out: CalculatorUse[] = [];
	for (const m of calculatorMetas) {
		const c = await loadCalculator(m.id);
		out.push({ id: m.id, title: m.title, tables: (c?.tables ?? []).map((t) => t.id) });
	}
	return out;
}
