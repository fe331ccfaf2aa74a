import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/i18n';
import { isSlug, SLUGS } from '$lib/rules/paths';
import { allTables, tableById } from '$lib/rules/all-tables.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Plain HTML: the page describes the files and links them.
export const csr = false;

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang, opendata: SLUGS.openData[lang] }));

/** A real row as the example of the format (the minimum wage's newest row). */
export const load: PageServerLoad = ({ params }) => {
	if (!isSlug('openData', params.lang, params.opendata)) error(404, 'Not found');
	const t = tableById('labour/minimum-monthly-wage') ?? allTables[0];
	const { rows, ...head } = t;
	const example = JSON.stringify(
		{ ...head, rows: [rows.filter((r) => !('repealed' in r) && (r.status ?? 'confirmed') === 'confirmed').at(-1) ?? rows[0]] },
		null,
		2
	);
	return { example, tableCount: allTables.length };
};
