import { error } from '@sveltejs/kit';
import { isLang, loadCommon } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Not found');
	await loadCommon(params.lang);
	return { lang: params.lang };
};
