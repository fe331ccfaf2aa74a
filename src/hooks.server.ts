import type { Handle } from '@sveltejs/kit';
import { recordedTextsBlock } from '$lib/i18n';

/**
 * Set <html lang> per page at prerender time (app.html has %lang%), and write a calculator page's
 * recorded texts into it (i18n/index.ts: the page answers them without i18next until it is loaded).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.url.pathname.startsWith('/en') ? 'en' : 'lv';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			html = html.replace('%lang%', lang);
			const texts = html.includes('</body>') ? recordedTextsBlock(event.url.pathname) : '';
			return texts ? html.replace('</body>', `${texts}\n</body>`) : html;
		}
	});
};
