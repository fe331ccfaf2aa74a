/**
 * The addresses of the rules pages. Each language has its own words in the address
 * (/lv/noteikumi/ and /en/rules/), so the language switch translates them.
 */
import type { Lang } from '$lib/i18n';

export const SLUGS = {
	rules: { lv: 'noteikumi', en: 'rules' },
	changes: { lv: 'izmainas', en: 'changes' },
	openData: { lv: 'atvertie-dati', en: 'open-data' }
} as const satisfies Record<string, Record<Lang, string>>;

export type Section = keyof typeof SLUGS;

/** The language-neutral folder of the downloadable files (the open data). */
export const OPEN_DATA_DIR = '/open-data';
export const ALL_TABLES_FILE = `${OPEN_DATA_DIR}/rules.json`;
export const GOLDEN_FILE = `${OPEN_DATA_DIR}/golden-cases.json`;
export const tableFile = (id: string) => `${OPEN_DATA_DIR}/rules/${id}.json`;

export const sectionHref = (lang: Lang, s: Section) => `/${lang}/${SLUGS[s][lang]}/`;
export const tableHref = (lang: Lang, id: string) => `${sectionHref(lang, 'rules')}${id}/`;
/** The change view, optionally for one calculator and dates (kept in the fragment, as calculator links are). */
export function changesHref(lang: Lang, o: { calc?: string; from?: string; to?: string } = {}): string {
	const p = new URLSearchParams();
	if (o.calc) p.set('c', o.calc);
	if (o.from) p.set('from', o.from);
	if (o.to) p.set('to', o.to);
	const f = p.toString();
	return sectionHref(lang, 'changes') + (f ? `#${f}` : '');
}

/** Whether a path segment is the given section's word in the given language. */
export const isSlug = (s: Section, lang: string, segment: string) => (SLUGS[s] as Record<string, string>)[lang] === segment;

/** The same page in the other language: "/noteikumi/tax/x/" (after the language) → "/rules/tax/x/". */
export function translatePath(rest: string, from: Lang, to: Lang): string {
	const m = /^\/([^/]+)(\/.*)?$/.exec(rest);
	if (!m) return rest;
	for (const s of Object.keys(SLUGS) as Section[]) if (SLUGS[s][from] === m[1]) return `/${SLUGS[s][to]}${m[2] ?? ''}`;
	return rest;
}

/** The areas in the order the site presents them (the About page uses the same order). */
export const DOMAIN_ORDER = ['pension', 'labour', 'calendar', 'tax', 'social-insurance', 'benefits', 'state-benefits'];
export const domainRank = (d: string) => (DOMAIN_ORDER.indexOf(d) + 1 || DOMAIN_ORDER.length + 1) - 1;
