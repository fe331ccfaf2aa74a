/**
 * The widget side of embedding (`/<lang>/<id>/embed/`, created by the loader `static/embed.js`).
 *
 * The loader puts the host page's origin and the host's choices in the iframe's query string:
 * `?host=https://ministry.example&color=1d4f91&compact=1&date=2026-01-01`, and a starting situation in
 * the fragment (a share link's fragment). Nothing here is trusted: every value is checked again, and
 * a wrong one is dropped with a warning, never a blank widget.
 *
 * Messages to the host carry only `{ source, version, type, calculator, height }` — never an input
 * value, an amount or a date — and are posted to the host's origin only after it has been checked
 * against `document.referrer` (the loader asks for it with `referrerpolicy="origin"` on the iframe).
 * If the two do not agree, the widget posts nothing: it still works, only without auto-height.
 *
 * No DOM here, so the checks are unit-tested (`embed-protocol.test.ts`); `static/embed.js` repeats the
 * colour check in plain JavaScript and the browser tests hold both to the same behaviour.
 */
import { parseDateText } from '$lib/engine/form-fields';

export const MESSAGE_SOURCE = 'lv-social-calculators';
export const MESSAGE_VERSION = 1;
export type MessageType = 'ready' | 'resize' | 'result-shown';

export interface WidgetMessage {
	source: typeof MESSAGE_SOURCE;
	version: typeof MESSAGE_VERSION;
	type: MessageType;
	calculator: string;
	height: number;
}

export function widgetMessage(type: MessageType, calculator: string, height: number): WidgetMessage {
	return { source: MESSAGE_SOURCE, version: MESSAGE_VERSION, type, calculator, height: Math.ceil(height) };
}

/** WCAG 2.x contrast needed for normal text (SC 1.4.3) — white button text on the colour, and the colour as link text on white. */
export const MIN_CONTRAST = 4.5;

/** `#1d4f91` or `#17a` → `1d4f91`; anything else (names, `rgb()`, CSS with `;`) → undefined. */
export function normalizeHex(s: string): string | undefined {
	const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s.trim());
	if (!m) return undefined;
	const h = m[1].toLowerCase();
	return h.length === 3 ? [...h].map((c) => c + c).join('') : h;
}

/** Contrast ratio of a six-digit hex colour against white (WCAG 2.x relative luminance). */
export function contrastWithWhite(hex6: string): number {
	const channel = (i: number) => {
		const c = parseInt(hex6.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	const l = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
	return 1.05 / (l + 0.05);
}

export type ColorCheck = { ok: true; hex: string } | { ok: false; reason: 'format' | 'contrast'; contrast?: number };

export function checkColor(s: string): ColorCheck {
	const hex = normalizeHex(s);
	if (!hex) return { ok: false, reason: 'format' };
	const contrast = contrastWithWhite(hex);
	return contrast >= MIN_CONTRAST ? { ok: true, hex } : { ok: false, reason: 'contrast', contrast };
}

/** The origin a message may be posted to, or undefined (then nothing is posted). */
export function hostOrigin(hostParam: string | null, referrer: string): string | undefined {
	if (!hostParam || !referrer) return undefined;
	let claimed: URL, actual: URL;
	try {
		claimed = new URL(hostParam);
		actual = new URL(referrer);
	} catch {
		return undefined;
	}
	// Only http(s) origins; `null` (sandboxed or file:) and anything with a path are refused.
	if (!/^https?:$/.test(claimed.protocol) || claimed.origin !== hostParam) return undefined;
	return claimed.origin === actual.origin ? claimed.origin : undefined;
}

export interface WidgetOptions {
	/** Where to post messages; undefined = do not post. */
	host?: string;
	/** Six hex digits, checked for contrast. */
	color?: string;
	compact: boolean;
	/** ISO as-of date, used when the fragment does not set one. */
	date?: string;
	/** Why a value was dropped (shown as console warnings, in English, for the host's developer). */
	warnings: string[];
}

export function readWidgetOptions(search: string, referrer: string): WidgetOptions {
	const q = new URLSearchParams(search);
	const out: WidgetOptions = { compact: q.get('compact') === '1', warnings: [] };
	const hostParam = q.get('host');
	out.host = hostOrigin(hostParam, referrer);
	if (hostParam && !out.host) {
		out.warnings.push(
			`the host origin ${JSON.stringify(hostParam.slice(0, 100))} does not match the page that embeds the widget (its referrer); ` +
				'the widget will not post messages, so its height is not adjusted. Use embed.js, or keep referrerpolicy="origin" on the iframe.'
		);
	}
	const color = q.get('color');
	if (color !== null) {
		const c = checkColor(color);
		if (c.ok) out.color = c.hex;
		else out.warnings.push(colorWarning(color, c));
	}
	const date = q.get('date');
	if (date !== null) {
		const iso = /^\d{4}-\d{2}-\d{2}$/.test(date) ? parseDateText(date) : undefined;
		if (iso) out.date = iso;
		else out.warnings.push(`date ${JSON.stringify(date.slice(0, 40))} is not a date YYYY-MM-DD; today is used.`);
	}
	return out;
}

export function colorWarning(value: string, c: Extract<ColorCheck, { ok: false }>): string {
	const v = JSON.stringify(value.slice(0, 40));
	return c.reason === 'format'
		? `color ${v} is not a hex colour like #1d4f91; the default colour is used.`
		: `color ${v} has contrast ${c.contrast!.toFixed(2)}:1 with white, below ${MIN_CONTRAST}:1; the default colour is used.`;
}
