/**
 * Share links: the page state (inputs + as-of date) lives in the URL fragment, which browsers never
 * send to a server. Keys are short and language-neutral (each field's `key`, `d` for the as-of date,
 * `v` for the link format version), values canonical (ISO dates, dot decimals, option ids), so a link
 * copied from /lv/… reproduces the same calculation under /en/…. Decoding never throws and never
 * evaluates anything: it only reads key=value pairs and reports what it could not use.
 */
import type { Calculator } from './calculator';
import type { Msg } from './explain';
import { linkValueToText, parseAmount, parseDateText, parseField, type RawInput } from './inputs';

export const LINK_VERSION = '1';
export const AS_OF_KEY = 'd';
const VERSION_KEY = 'v';
/** The rules-version id of the answer the link was made with (see rules-version.ts); links without it still work. */
export const RULES_KEY = 'rv';
/** No legitimate link comes near this; a longer one is reported, but its valid values are still read. */
export const MAX_FRAGMENT = 4000;
/** A single value longer than this is not used (no field takes anything near it). */
const MAX_VALUE = 200;

function canonical(def: Calculator['fields'][number], raw: string): string {
	const r = parseField(def, raw);
	// An amount typed ambiguously ("1.500") keeps its ambiguity in the link, in the comma form that a
	// link never uses for a canonical value, so that opening the link asks again instead of guessing.
	if (!r.ok && (def.type === 'money' || def.type === 'decimal') && parseAmount(raw).ok === false && /^\s*-?\d{1,3}\.\d{3}\s*$/.test(raw))
		return raw.trim().replace('.', ',');
	if (!r.ok || r.value === undefined) return raw.trim();
	if (def.type === 'boolean') return r.value ? 'yes' : 'no';
	if (def.type === 'money-list') return (r.value as string[]).join(';');
	return String(r.value);
}

export function encodeFragment(calc: Calculator<never>, raw: RawInput, asOf: string | undefined, rulesVersion?: string): string {
	const p = new URLSearchParams();
	p.set(VERSION_KEY, LINK_VERSION);
	for (const f of calc.fields) {
		const v = raw[f.name];
		if (v !== undefined && v.trim() !== '') p.set(f.key, canonical(f, v));
	}
	if (asOf && asOf.trim() !== '') p.set(AS_OF_KEY, parseDateText(asOf) ?? asOf.trim());
	if (rulesVersion) p.set(RULES_KEY, rulesVersion);
	return p.toString();
}

export interface DecodedLink {
	raw: RawInput;
	asOf?: string;
	/** The rules-version id the link was made with, if it has one. */
	rulesVersion?: string;
	/** What was wrong with the link as a whole (unknown or repeated keys, other version, too long). */
	problems: Msg[];
	/** True when the fragment held any recognised value. */
	hasValues: boolean;
}

export function decodeFragment(calc: Calculator<never>, fragment: string): DecodedLink {
	const out: DecodedLink = { raw: {}, problems: [], hasValues: false };
	const s = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	if (s === '') return out;
	// A long link is reported, not thrown away: the values the calculator knows are still read
	// (URLSearchParams is linear, so even a megabyte costs little), over-long values are left out.
	if (s.length > MAX_FRAGMENT) out.problems.push({ key: 'common:probe.linkLong' });
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(s);
	} catch {
		out.problems.push({ key: 'common:link.malformed' });
		return out;
	}
	const byKey = new Map(calc.fields.map((f) => [f.key, f]));
	const seen = new Set<string>();
	const unknown: string[] = [];
	const tooLong: string[] = [];
	const repeated = new Set<string>();
	for (const [k, v] of params) {
		if (seen.has(k)) {
			// Once per key and at most five keys: a tampered link can repeat a key a million times.
			if (!repeated.has(k) && repeated.size < 5) {
				repeated.add(k);
				out.problems.push({ key: 'common:link.repeated', params: { key: k.slice(0, 20) } });
			}
			continue;
		}
		seen.add(k);
		if (k === VERSION_KEY) {
			if (v !== LINK_VERSION) out.problems.push({ key: 'common:link.version' });
			continue;
		}
		if (k === RULES_KEY) {
			out.rulesVersion = v.slice(0, 100);
			continue;
		}
		if (v.length > MAX_VALUE && (k === AS_OF_KEY || byKey.has(k))) {
			tooLong.push(k.slice(0, 20));
			continue;
		}
		if (k === AS_OF_KEY) {
			out.asOf = v;
			out.hasValues = true;
			continue;
		}
		const f = byKey.get(k);
		if (!f) {
			unknown.push(k.slice(0, 20));
			continue;
		}
		out.raw[f.name] = linkValueToText(f, v);
		out.hasValues = true;
	}
	if (tooLong.length > 0) out.problems.push({ key: 'common:probe.valueTooLong', params: { keys: tooLong.slice(0, 5).join(', ') } });
	if (unknown.length > 0) out.problems.push({ key: 'common:link.unknownKeys', params: { keys: unknown.slice(0, 5).join(', ') } });
	return out;
}
