/**
 * Addresses of the information pages. Each page has its own word in each language
 * (`/lv/pakalpojumi/` ↔ `/en/services/`); the calculators keep one id in both languages.
 * The routes are `src/routes/[lang]/[page=<id>]`: a param matcher outranks the calculator route
 * `[lang]/[calc]`, so a two-segment address is never ambiguous. Kept free of imports: the service
 * worker uses it too.
 */
export type InfoLang = 'lv' | 'en';

export const INFO_PAGES = {
	services: { lv: 'pakalpojumi', en: 'services' },
	standard: { lv: 'klientu-apkalposanas-standarts', en: 'client-service-standard' },
	eu: { lv: 'darbs-cita-es-valsti', en: 'working-in-another-eu-country' },
	glossary: { lv: 'vardnica', en: 'glossary' },
	offline: { lv: 'bezsaiste', en: 'offline' }
} as const satisfies Record<string, Record<InfoLang, string>>;

export type InfoPage = keyof typeof INFO_PAGES;
export const INFO_PAGE_IDS = Object.keys(INFO_PAGES) as InfoPage[];

/** `/lv/pakalpojumi/`, with an optional `#fragment`. */
export function infoHref(page: InfoPage, lang: InfoLang, fragment?: string): string {
	return `/${lang}/${INFO_PAGES[page][lang]}/${fragment ? `#${fragment}` : ''}`;
}

/** Whether `slug` is this page's word in any language (the param matchers). */
export function isInfoSlug(page: InfoPage, slug: string): boolean {
	return (Object.values(INFO_PAGES[page]) as string[]).includes(slug);
}

/** Whether `slug` is this page's word in this language (the page loads refuse `/en/pakalpojumi/`). */
export function isInfoSlugFor(page: InfoPage, lang: string, slug: string): boolean {
	return (INFO_PAGES[page] as Record<string, string>)[lang] === slug;
}

/**
 * The same place in the other language: `/pakalpojumi/` → `/services/`. Any other path (a calculator,
 * the home page, "About") is the same in both languages and comes back unchanged.
 */
export function translatePath(restOfPath: string, to: InfoLang): string {
	const m = /^\/([^/]+)(\/.*)?$/.exec(restOfPath);
	if (!m) return restOfPath;
	for (const id of INFO_PAGE_IDS) {
		if (isInfoSlug(id, m[1])) return `/${INFO_PAGES[id][to]}${m[2] ?? '/'}`;
	}
	return restOfPath;
}

/** The offline page in the language of the address asked for (Latvian unless it is under `/en/`). */
export function offlinePathFor(pathname: string): string {
	return infoHref('offline', pathname.startsWith('/en/') || pathname === '/en' ? 'en' : 'lv');
}
