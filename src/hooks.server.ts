import type { Handle } from '@sveltejs/kit';

/** Set <html lang> per page at prerender time (app.html has %lang%). */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.url.pathname.startsWith('/en') ? 'en' : 'lv';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
