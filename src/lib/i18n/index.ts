/**
 * i18next, one instance per page language: `common` plus the calculator's own namespace.
 * `initAsync: false` so that t() works synchronously during prerendering.
 */
import i18next, { type i18n } from 'i18next';
import type { Messages } from '$lib/engine/calculator';
import type { Display, Msg, MsgParams } from '$lib/engine/explain';
import { formatDisplay, GRAMMATICAL_CASES, type GrammaticalCase } from './format';

export const LANGS = ['lv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);

/**
 * The site-wide messages, in two files per language: `common.<lang>.ts` (what every page, every
 * calculator and the engine's messages use) and `pages.<lang>.ts` (the site's own pages: home, about,
 * rules and information pages, embedding). Both are merged into one `common` namespace. On the server
 * (prerendering, unit tests, the batch command) everything is there from the start; in the browser the
 * [lang] layout's load fetches the page language only, and a calculator page or widget only its
 * common part, so a calculator page downloads neither the other language nor the site pages' texts.
 */
export const commonMessages = {} as Record<Lang, Messages>;

const commonLoaders: Record<Lang, () => Promise<{ default: Messages }>> = {
	lv: () => import('./common.lv'),
	en: () => import('./common.en')
};
const pagesLoaders: Record<Lang, () => Promise<{ default: Messages }>> = {
	lv: () => import('./pages.lv'),
	en: () => import('./pages.en')
};
const withPages = new Set<Lang>();

/** `a` with `b`'s keys added, group by group (the two files split groups between them). */
function merge(a: Messages, b: Messages): Messages {
	const out: Messages = { ...a };
	for (const [k, v] of Object.entries(b)) {
		const mine = out[k];
		out[k] = typeof v === 'object' && typeof mine === 'object' ? merge(mine, v) : v;
	}
	return out;
}

/**
 * Make the page language's messages available to `createTranslator`: the common part, and unless
 * `pages` is false (a calculator page or widget) the site pages' texts too.
 */
export async function loadCommon(lang: Lang, pages = true): Promise<void> {
	if (!commonMessages[lang]) commonMessages[lang] = (await commonLoaders[lang]()).default;
	if (pages && !withPages.has(lang)) {
		commonMessages[lang] = merge(commonMessages[lang], (await pagesLoaders[lang]()).default);
		withPages.add(lang);
	}
}

/** Whether `createTranslator(lang)` has its messages (in the browser: the page language, once loaded). */
export const hasCommon = (lang: Lang) => !!commonMessages[lang];

// On the server both languages are loaded before anything renders (a top-level await; the branch is
// dropped from the browser build, where the [lang] layout's load calls loadCommon).
if (import.meta.env.SSR) await Promise.all(LANGS.map((l) => loadCommon(l)));

export interface Translator {
	lang: Lang;
	/** Translate a key of the current namespace (or `common:…`). */
	t: (key: string | string[], params?: Record<string, unknown>) => string;
	/** Translate a Msg returned by the engine, formatting Display parameters for the language. */
	msg: (m: Msg) => string;
	/** Format a value for display, in a grammatical case where the language has one ("2026. gada novembrī"). */
	display: (d: Display, grammaticalCase?: GrammaticalCase) => string;
	/** Whether a key exists (used for optional hints). */
	has: (key: string) => boolean;
}

export function createTranslator(lang: Lang, ns?: { id: string; messages: Messages }): Translator {
	const instance: i18n = i18next.createInstance();
	const resources: Record<string, Messages> = { common: commonMessages[lang] };
	if (ns) resources[ns.id] = ns.messages;
	instance.init({
		lng: lang,
		fallbackLng: false,
		initAsync: false,
		resources: { [lang]: resources },
		ns: Object.keys(resources),
		defaultNS: ns?.id ?? 'common',
		fallbackNS: 'common',
		interpolation: { escapeValue: false },
		returnNull: false,
		showSupportNotice: false
	} as Parameters<i18n['init']>[0]);
	// A message asks for a case with a format: `{{month, loc}}`, `{{hours, dat}}` (see format.ts).
	for (const c of GRAMMATICAL_CASES) {
		instance.services.formatter?.add(c, (value: unknown) => (value instanceof Formatted ? value.inCase(c) : String(value)));
	}
	const t = (key: string | string[], params?: Record<string, unknown>) =>
		tidy(instance.t(key as string, params as never) as unknown as string);
	const tr: Translator = {
		lang,
		t,
		has: (key) => instance.exists(key),
		display: (d, c) => formatDisplay(d, tr, c),
		msg: (m) => t(m.prefer && instance.exists(m.prefer) ? m.prefer : m.key, formatParams(m.params, tr))
	};
	return tr;
}

/**
 * A Latvian date ends with a dot ("22.11.2026."), which is also the sentence's full stop when the
 * date ends a sentence: "… pārbaudīti 22.11.2026." rather than "22.11.2026..".
 */
function tidy(s: string): string {
	return s.replace(/(\d\.)\.(?!\.)/g, '$1');
}

/** A formatted Display parameter: its text in the nominative, and the value for a message that asks for a case. */
class Formatted {
	constructor(
		private readonly d: Display,
		private readonly tr: Translator
	) {}
	toString(): string {
		return this.tr.display(this.d);
	}
	inCase(c: GrammaticalCase): string {
		return this.tr.display(this.d, c);
	}
}

function formatParams(params: MsgParams | undefined, tr: Translator): Record<string, unknown> | undefined {
	if (!params) return undefined;
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(params)) {
		if (v === undefined) continue;
		out[k] = typeof v === 'object' && v !== null ? new Formatted(v, tr) : v;
	}
	return out;
}
