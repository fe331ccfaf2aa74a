import { loadCalculator } from '$lib/calculators/loader';
import type { CalculatorMeta } from '$lib/calculators/registry';
import type { Messages } from '$lib/engine/calculator';
import type { Lang } from '$lib/i18n';
import { BENEFITS, calculatorsFor, type CheckSituationId } from './catalogue';
import type { Calcs } from './check';

const messageLoaders: Record<Lang, () => Promise<{ default: Messages }>> = {
	lv: () => import('./messages.lv'),
	en: () => import('./messages.en')
};

/**
 * A calculator's title alone (its tiny meta.ts, the same text as its messages' `title`), for the
 * calculators the check only names and links to. Here rather than in calculators/loader.ts, so that a
 * calculator page's loader does not carry this map.
 */
const metaModules = import.meta.glob<{ default: CalculatorMeta }>('../calculators/*/meta.ts');
export async function loadTitle(id: string, lang: Lang): Promise<string> {
	const load = metaModules[`../calculators/${id}/meta.ts`];
	if (!load) throw new Error(`No calculator ${id}`);
	return (await load()).default.title[lang];
}

/** The check's own texts, in the page language only (the route's load). */
export async function loadCheckMessages(lang: Lang): Promise<Messages> {
	return (await messageLoaders[lang]()).default;
}

/** Every calculator the catalogue names, in both languages, loaded once (prerendering, the tests). */
export async function loadCheckCalculators(): Promise<Calcs> {
	return loadAll([...new Set(BENEFITS.map((e) => e.calculator))], ['lv', 'en']);
}

async function loadAll(ids: string[], langs: readonly Lang[]): Promise<Calcs> {
	const loaded = await Promise.all(ids.map((id) => loadCalculator(id, langs)));
	const calcs: Calcs = {};
	ids.forEach((id, i) => {
		const c = loaded[i];
		if (!c) throw new Error(`The check names an unknown calculator: ${id}`);
		calcs[id] = c;
	});
	return calcs;
}

/** What the page has loaded so far: calculators (in its language) and titles of calculators it only links to. */
export interface Loaded {
	calcs: Calcs;
	titles: Record<string, string>;
}

/** What these situations need that `have` lacks (`calculatorsFor`); nothing when all is there. */
export function missingFor(situations: readonly CheckSituationId[], have: Loaded): { modules: string[]; titles: string[] } {
	const need = calculatorsFor(situations);
	return {
		modules: need.modules.filter((id) => !have.calcs[id]),
		titles: need.titles.filter((id) => !have.calcs[id] && have.titles[id] === undefined)
	};
}

/**
 * In the browser: what the chosen situations need and `have` lacks, in the page language only (only
 * the new calculators and titles; the page adds them to what it has). Rejects when a download fails
 * (offline).
 */
export async function loadFor(situations: readonly CheckSituationId[], lang: Lang, have: Loaded): Promise<Loaded> {
	const missing = missingFor(situations, have);
	const [calcs, titles] = await Promise.all([
		loadAll(missing.modules, [lang]),
		Promise.all(missing.titles.map(async (id) => [id, await loadTitle(id, lang)] as const))
	]);
	return { calcs, titles: Object.fromEntries(titles) };
}
