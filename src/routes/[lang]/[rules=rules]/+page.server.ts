import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/i18n';
import { domainRank, isSlug, SLUGS } from '$lib/rules/paths';
import { allTables, calculatorUses } from '$lib/rules/all-tables.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang, rules: SLUGS.rules[lang] }));

/** Only what the list and the search need: titles in both languages, the period and the calculators' titles. */
export const load: PageServerLoad = async ({ params }) => {
	if (!isSlug('rules', params.lang, params.rules)) error(404, 'Not found');
	const uses = await calculatorUses();
	const calculators = uses.map((u) => u.title);
	const tables = allTables.map((t) => ({
		id: t.id,
		title: t.title,
		from: t.rows[0].validFrom,
		until: t.coveredUntil,
		repealed: 'repealed' in t.rows[t.rows.length - 1] ? t.rows[t.rows.length - 1].validFrom : undefined,
		calcs: uses.flatMap((u, i) => (u.tables.includes(t.id) ? [i] : []))
	}));
	const domains = [...new Set(tables.map((t) => t.id.split('/')[0]))].sort((a, b) => domainRank(a) - domainRank(b) || a.localeCompare(b));
	return { tables, domains, calculators };
};
