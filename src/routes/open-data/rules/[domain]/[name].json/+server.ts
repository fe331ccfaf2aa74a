import { error, json } from '@sveltejs/kit';
import { allTables, tableById } from '$lib/rules/all-tables.server';
import type { EntryGenerator, RequestHandler } from './$types';

// Open data: one rule table, exactly as stored (the download link on its rules page).
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	allTables.map((t) => {
		const [domain, name] = t.id.split('/');
		return { domain, name };
	});

export const GET: RequestHandler = ({ params }) => {
	const t = tableById(`${params.domain}/${params.name}`);
	if (!t) error(404, 'Not found');
	return json(t);
};
