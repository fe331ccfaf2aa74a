import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

// Every calculator embedded with the loader, as on another site. The page itself ships no JavaScript of
// its own: only /embed.js, which creates the widgets.
export const csr = false;
export const entries = () => [{ lang: 'en' }];
export const load: PageLoad = ({ params }) => {
	if (params.lang !== 'en') error(404, 'Not found');
	return {};
};
