import { loadCalculator } from '$lib/calculators/loader';
import { calculatorIds } from '$lib/calculators/registry';
import { LANGS } from '$lib/i18n';
import { resolvedFieldLinks } from '$lib/info/field-links.server';

/**
 * The prerender-time part of a calculator page and of its widget (both +page.server.ts re-export it):
 * every calculator in both languages, and the names of the field links, resolved here so the page does
 * not ship the glossary and services catalogue.
 */
export const entries = () => LANGS.flatMap((lang) => calculatorIds.map((calc) => ({ lang, calc })));
export const load = async ({ params }: { params: { calc: string } }) => ({
	fieldLinks: resolvedFieldLinks(params.calc),
	/** How many rule tables the calculator uses: the rules list's heading says it before the tables are loaded. */
	tableCount: (await loadCalculator(params.calc))?.tables.length ?? 0
});
