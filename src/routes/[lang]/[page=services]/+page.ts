import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/i18n';
import { INFO_PAGES, isInfoSlugFor } from '$lib/info/paths';
import type { PageLoad } from './$types';

// One address per language (see src/lib/info/paths.ts); the other language's word under this prefix is a 404.
export const entries = () => LANGS.map((lang) => ({ lang, page: INFO_PAGES.services[lang] }));
export const load: PageLoad = ({ params }) => {
	if (!isInfoSlugFor('services', params.lang, params.page)) error(404, 'Not found');
};
// Plain reading: no JavaScript is shipped.
export const csr = false;
