import { error } from '@sveltejs/kit';
import { loadCheckCalculators } from '$lib/entitlement/load';
import type { PageLoad } from './$types';

// The check's page exists in one language under this slug; the other language has its own slug
// (catalogue CHECK_SLUGS). A static segment wins over [calc], so the route is unambiguous.
export const entries = () => [{ lang: 'en' }];

export const load: PageLoad = async ({ params }) => {
	if (params.lang !== 'en') error(404, 'Not found');
	return { calcs: await loadCheckCalculators() };
};
