/**
 * The calculators are discovered from their folders: `./<id>/meta.ts` (tiny, eager: titles for the
 * home page and the prerender list) and `./<id>/index.ts` (the calculator, loaded only on its page).
 */
import type { Calculator } from '$lib/engine/calculator';
import type { Localized } from '$lib/engine/tables';

export interface CalculatorMeta {
	id: string;
	domain: Calculator['domain'];
	/** Position on the home page within its domain. */
	order: number;
	title: Localized;
}

const metaModules = import.meta.glob<{ default: CalculatorMeta }>('./*/meta.ts', { eager: true });
import { calcModules, loadCalculator } from './loader';

export { loadCalculator };

const folderOf = (path: string) => path.split('/')[1];

export const DOMAINS: Calculator['domain'][] = ['pension', 'labour', 'tax', 'benefits'];

export const calculatorMetas: CalculatorMeta[] = Object.entries(metaModules)
	.filter(([path]) => `./${folderOf(path)}/index.ts` in calcModules)
	.map(([path, m]) => {
		if (m.default.id !== folderOf(path)) throw new Error(`Calculator folder ${folderOf(path)} declares id ${m.default.id}`);
		return m.default;
	})
	.sort((a, b) => DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain) || a.order - b.order || a.id.localeCompare(b.id));

export const calculatorIds = calculatorMetas.map((m) => m.id);
