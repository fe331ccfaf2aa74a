/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit (SvelteKit's own service worker; registered by every page that ships
 * JavaScript, i.e. the calculators and the EU page; once registered it also serves the plain pages).
 *
 * - One cache per deployment (`site-<version>`). Install puts this build's hashed assets, the static
 *   files and the two offline pages in it; activate deletes every other cache. A new deployment's
 *   worker waits until no page uses the old one, so an open page never loses the files it was built with.
 * - Pages: network first; a page is stored only if every `/_app/immutable/` file it references belongs
 *   to this build, so the cache never holds a page whose scripts it lacks (no mix of old and new).
 *   Offline, a stored page is served as it was; a page never visited gets the offline page.
 * - Only this origin is ever fetched or stored; other requests are left to the browser.
 */
import { build, files, version } from '$service-worker';
import { INFO_PAGES, offlinePathFor } from '$lib/info/paths';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `site-${version}`;
const ASSETS = new Set([...build, ...files]);
const OFFLINE_PAGES = [`/lv/${INFO_PAGES.offline.lv}/`, `/en/${INFO_PAGES.offline.en}/`];
const IMMUTABLE = /\/_app\/immutable\/[^"'()\s<>]+/g;

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...ASSETS, ...OFFLINE_PAGES])));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
			// The page that registered this worker was loaded before it existed: store it now, so that the
			// first visit is enough for an offline reload.
			const cache = await caches.open(CACHE);
			for (const client of await sw.clients.matchAll({ type: 'window' })) {
				const url = new URL(client.url);
				if (url.origin !== sw.location.origin) continue;
				try {
					await storePage(cache, new Request(url.pathname), await fetch(url.pathname));
				} catch {
					// Offline already: nothing to store.
				}
			}
		})()
	);
});

/** Store a page only if it is from this build (all the hashed files it names are this worker's). */
async function storePage(cache: Cache, request: Request, response: Response): Promise<void> {
	if (!response.ok || response.type !== 'basic' || !(response.headers.get('content-type') ?? '').includes('text/html')) return;
	const html = await response.clone().text();
	const refs = html.match(IMMUTABLE) ?? [];
	if (refs.every((r) => ASSETS.has(r))) await cache.put(request, response);
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (ASSETS.has(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		if (request.mode === 'navigate' || request.destination === 'document') {
			await storePage(cache, new Request(url.pathname), response.clone());
		}
		return response;
	} catch (err) {
		const hit = (await cache.match(url.pathname)) ?? (await cache.match(request));
		if (hit) return hit;
		if (request.mode === 'navigate') {
			const offline = await cache.match(offlinePathFor(url.pathname));
			if (offline) return offline;
		}
		throw err;
	}
}
