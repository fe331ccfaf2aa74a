import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/i18n';
import { isSlug, SLUGS } from '$lib/rules/paths';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang, changes: SLUGS.changes[lang] }));

export const load: PageLoad = ({ params }) => {
	if (!isSlug('changes', params.lang, params.changes)) error(404, 'Not found');
};
