import { calculatorIds } from '$lib/calculators/registry';
import { LANGS } from '$lib/i18n';
import { resolvedFieldLinks } from '$lib/info/field-links.server';

/**
 * The prerender-time part of a calculator page and of its widget (both +page.server.ts re-export it):
 * every calculator in both languages, and the names of the field links, resolved here so the page does
 * not ship the glossary and services catalogue.
 */
export const entries = () => LANGS.flatMap((lang) => calculatorIds.map((calc) => ({ lang, calc })));
export const load = ({ params }: { params: { calc: string } }) => ({ fieldLinks: resolvedFieldLinks(params.calc) });
