import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

// The integration page has its own slug in each language (see $lib/ui/embed-paths.ts); this one is the English page only.
export const entries = () => [{ lang: 'en' }];
export const load: PageLoad = ({ params }) => {
	if (params.lang !== 'en') error(404, 'Not found');
	return {};
};
