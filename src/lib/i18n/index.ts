/**
 * i18next, one instance per page language: `common` plus the calculator's own namespace.
 * `initAsync: false` so that t() works synchronously during prerendering.
 */
import i18next, { type i18n } from 'i18next';
import type { Messages } from '$lib/engine/calculator';
import type { Display, Msg, MsgParams } from '$lib/engine/explain';
import commonLv from './common.lv';
import commonEn from './common.en';
import { formatDisplay } from './format';

export const LANGS = ['lv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);

export const commonMessages: Record<Lang, Messages> = { lv: commonLv, en: commonEn };

export interface Translator {
	lang: Lang;
	/** Translate a key of the current namespace (or `common:…`). */
	t: (key: string, params?: Record<string, unknown>) => string;
	/** Translate a Msg returned by the engine, formatting Display parameters for the language. */
	msg: (m: Msg) => string;
	/** Format a value for display. */
	display: (d: Display) => string;
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
	const t = (key: string, params?: Record<string, unknown>) => instance.t(key, params as never) as unknown as string;
	const tr: Translator = {
		lang,
		t,
		has: (key) => instance.exists(key),
		display: (d) => formatDisplay(d, tr),
		msg: (m) => t(m.key, formatParams(m.params, tr))
	};
	return tr;
}

function formatParams(params: MsgParams | undefined, tr: Translator): Record<string, unknown> | undefined {
	if (!params) return undefined;
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(params)) {
		if (v === undefined) continue;
		out[k] = typeof v === 'object' && v !== null ? tr.display(v) : v;
	}
	return out;
}
