import { error } from '@sveltejs/kit';
import { checkQuestions } from '$lib/entitlement/check';
import { loadCheckCalculators } from '$lib/entitlement/load';
import type { PageServerLoad } from './$types';

// The check's page exists in one language under this slug; the other language has its own slug
// (catalogue CHECK_SLUGS). A static segment wins over [calc], so the route is unambiguous.
export const entries = () => [{ lang: 'lv' }];

// Prerendered into the page: the questions' fields and the as-of range, so the situation chooser needs
// no calculator; the page loads the chosen situations' calculators itself (EntitlementCheck.svelte).
export const load: PageServerLoad = async ({ params }) => {
	if (params.lang !== 'lv') error(404, 'Not found');
	return { questions: checkQuestions(await loadCheckCalculators()) };
};
