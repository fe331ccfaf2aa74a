/**
 * The integration page has a slug in each language (`/lv/iegult/`, `/en/embed/`), unlike every other page,
 * whose path after the language is the same in both. Static route segments rank above `[calc]`, so these
 * never reach the calculator route; the widget itself lives at `/<lang>/<calculator>/embed/`.
 */
import type { Lang } from '$lib/i18n';

export const EMBED_SLUG: Record<Lang, string> = { lv: 'iegult', en: 'embed' };
/** The test page with every calculator embedded, under the integration page. */
export const EMBED_ALL_SLUG: Record<Lang, string> = { lv: 'visi', en: 'all' };

export const embedPagePath = (lang: Lang) => `/${lang}/${EMBED_SLUG[lang]}/`;
export const embedAllPath = (lang: Lang) => `${embedPagePath(lang)}${EMBED_ALL_SLUG[lang]}/`;

/** The same page in the other language: `/iegult/…` ↔ `/embed/…`; other paths are unchanged. */
export function pathInLanguage(restOfPath: string, from: Lang, to: Lang): string {
	const prefix = `/${EMBED_SLUG[from]}/`;
	if (!restOfPath.startsWith(prefix)) return restOfPath;
	const rest = restOfPath.slice(prefix.length);
	const sub = rest === `${EMBED_ALL_SLUG[from]}/` ? `${EMBED_ALL_SLUG[to]}/` : rest;
	return `/${EMBED_SLUG[to]}/${sub}`;
}

/** The widget page `/<lang>/<calculator>/embed/` (not the English integration page `/en/embed/`). */
export const isWidgetPath = (pathname: string) => /^\/(lv|en)\/[^/]+\/embed\/?$/.test(pathname);
