import { json } from '@sveltejs/kit';
import { allTables, calculatorUses } from '$lib/rules/all-tables.server';
import { OPEN_DATA_FORMAT } from '$lib/rules/open-data';
import type { RequestHandler } from './$types';

// Open data: every rule table as stored, and which calculators use which tables (see /lv/atvertie-dati/).
export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = async () =>
	json({
		format: OPEN_DATA_FORMAT,
		calculators: (await calculatorUses()).map((c) => ({ id: c.id, title: c.title, tables: c.tables })),
		tables: allTables
	});
