/** The check's page slugs, one per language (kept apart from the catalogue so that the layout's language switch stays small). */
export const CHECK_SLUGS = { lv: 'kas-man-pienakas', en: 'what-am-i-entitled-to' } as const;

/** The path after `/lv` or `/en` in the other language: the check's slug differs by language, every other path is the same. */
export function localizedPath(rest: string, lang: 'lv' | 'en'): string {
	const m = /^\/([^/]+)(\/.*)?$/.exec(rest);
	if (m && (m[1] === CHECK_SLUGS.lv || m[1] === CHECK_SLUGS.en)) return `/${CHECK_SLUGS[lang]}${m[2] ?? '/'}`;
	return rest;
}
