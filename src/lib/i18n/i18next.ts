/**
 * The translator itself: i18next, one instance per page language, with `common` plus a calculator's
 * own namespace. `initAsync: false` so that t() works synchronously during prerendering.
 *
 * Only `index.ts` imports this module. On the server it is there from the start; in the browser a
 * calculator page loads it with the calculator's engine on the first input (README "Page weight"),
 * and every other page loads it before it renders (the [lang] layout's load).
 */
import i18next, { type i18n } from 'i18next';
import type { Messages } from '$lib/engine/calculator';
import type { Display, MsgParams } from '$lib/engine/explain';
import { formatDisplay, GRAMMATICAL_CASES, type GrammaticalCase } from './format';
import type { Lang, Translator } from './index';

export function i18nextTranslator(lang: Lang, common: Messages, ns?: { id: string; messages: Messages }): Translator {
	const instance: i18n = i18next.createInstance();
	const resources: Record<string, Messages> = { common };
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
