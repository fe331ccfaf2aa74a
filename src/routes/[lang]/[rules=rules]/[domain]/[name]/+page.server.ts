import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/i18n';
import { isSlug, SLUGS } from '$lib/rules/paths';
import { allTables, calculatorUses, tableById } from '$lib/rules/all-tables.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// A table page is plain HTML: the rows, the chart and the links need no script.
export const csr = false;

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) =>
		allTables.map((t) => {
			const [domain, name] = t.id.split('/');
			return { lang, rules: SLUGS.rules[lang], domain, name };
		})
	);

export const load: PageServerLoad = async ({ params }) => {
	const table = tableById(`${params.domain}/${params.name}`);
	if (!isSlug('rules', params.lang, params.rules) || !table) error(404, 'Not found');
	const usedBy = (await calculatorUses()).filter((u) => u.tables.includes(table.id)).map((u) => ({ id: u.id, title: u.title }));
	return { table, usedBy };
};
