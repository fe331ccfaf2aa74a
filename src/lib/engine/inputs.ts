/**
 * Parsing and validating what people type (and what share links carry). One parser per field type
 * accepts the Latvian and the international forms (15.03.1962, 1962-03-15; 1 234,56 and 1234.56)
 * and returns either a canonical value or a message saying what to do. Nothing here throws on input.
 */
import type { Calculator, FieldDef, FieldError } from './calculator';
import type { IsoDate } from './dates';
import { Dec } from './decimal';
import { exampleText, parseDateText, parseMonthText, typedAmount, visibleOf, type RawInput } from './form-fields';

export { exampleText, parseDateText, parseMonthText };
import type { Display, Msg } from './explain';

export type { RawInput } from './form-fields';

export type FieldParse = { ok: true; value: unknown } | { ok: false; msg: Msg };

const MAX_LEN = 200;
/** Product coverage bounds for dates typed into any field. */
const DATE_MIN = '1900-01-01';
const DATE_MAX = '2100-12-31';

/**
 * Amounts in Latvian and English habits: "1 234,56", "1234,56", "1234.56", "1,234.56", "1.234,56",
 * "€ 1 234". Where both a dot and a comma appear, the last one is the decimal mark; a repeated one
 * groups thousands. "1.500" and "1,500" (one separator, exactly three digits after it) are refused
 * as ambiguous, with both readings, because a Latvian reads 1,500 as 1.5 and an English reader as
 * 1500 (UX.md "Errors"). Spaces always group.
 */
export type AmountParse = { ok: true; value: string } | { ok: false; ambiguous?: { small: string; large: string } };

export function parseAmount(raw: string): AmountParse {
	let s = raw.trim().replace(/[€\u00a0\u202f\s]|EUR|eur/g, '');
	if (s === '') return { ok: false };
	const sign = s.startsWith('-') ? '-' : '';
	if (sign) s = s.slice(1);
	const amb = /^([1-9]\d{0,2})[.,](\d{3})$/.exec(s);
	if (amb) {
		// The small reading keeps the digits typed, to at least two places: 1.500 → 1.50, 999.999 → 999.999.
		return { ok: false, ambiguous: { small: `${sign}${amb[1]}.${amb[2].replace(/0$/, '')}`, large: `${sign}${amb[1]}${amb[2]}` } };
	}
	const dot = s.lastIndexOf('.');
	const comma = s.lastIndexOf(',');
	let canonical: string | undefined;
	if (dot < 0 && comma < 0) canonical = s;
	else if (dot >= 0 && comma >= 0) {
		// Both: the later one is the decimal mark, the other groups thousands.
		const [g, d] = dot > comma ? [',', '.'] : ['.', ','];
		const int = s.slice(0, s.lastIndexOf(d));
		const frac = s.slice(s.lastIndexOf(d) + 1);
		const grouped = new RegExp(`^\\d{1,3}(\\${g}\\d{3})+$`);
		if (grouped.test(int) && /^\d+$/.test(frac)) canonical = `${int.split(g).join('')}.${frac}`;
	} else {
		const sep = dot >= 0 ? '.' : ',';
		const parts = s.split(sep);
		if (parts.length === 2) canonical = `${parts[0]}.${parts[1]}`;
		else if (new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s)) canonical = parts.join('');
	}
	if (canonical === undefined || !/^\d+(\.\d+)?$/.test(canonical)) return { ok: false };
	return { ok: true, value: new Dec(sign + canonical).toString() };
}

/** The amount as a decimal string, or undefined when it is not an amount or is ambiguous. */
export function parseAmountText(raw: string): string | undefined {
	const r = parseAmount(raw);
	return r.ok ? r.value : undefined;
}

/**
 * A share link carries canonical values (ISO dates, dot decimals), so an amount in a link is read
 * with a dot decimal even where typing it would be ambiguous: "1.500" in a link is 1.5. The value is
 * put into the box in a form that reads the same when it is parsed as typed ("1.500" → "1.5").
 */
export function linkValueToText(def: FieldDef, value: string): string {
	if (def.type !== 'money' && def.type !== 'decimal' && def.type !== 'money-list') return value;
	const one = (v: string) => {
		if (!/^-?\d+(\.\d+)?$/.test(v)) return v;
		const d = new Dec(v).toString();
		// "1.234" (a real three-place decimal) would read as ambiguous when typed; a trailing zero keeps its value.
		return /^-?[1-9]\d{0,2}\.\d{3}$/.test(d) ? `${d}0` : d;
	};
	return def.type === 'money-list' ? value.split(';').map(one).join(';') : one(value);
}

/** Error kinds per field type; the message key is `common:errors.<type>.<kind>` (`required.<type>` for an empty field). */
export type ErrorKind = string;

/**
 * A field's error: the common template for its type and kind, naming the field through its own
 * phrase (`fields.<name>.what`, in Latvian in the accusative: "slimības lapas pirmo dienu") and its
 * own example. A calculator can replace the whole text for one field with `fields.<name>.errors.<kind>`.
 */
export function fieldError(def: FieldDef, kind: ErrorKind, params: Msg['params'] = {}): Msg {
	const key = kind === 'required' ? `common:errors.required.${def.type}` : `common:errors.${errorGroup(def.type)}.${kind}`;
	const named = def.type === 'choice' || def.type === 'boolean' ? 'label' : 'what';
	return {
		key,
		prefer: `fields.${def.name}.errors.${kind}`,
		params: { what: { type: 'text', key: `fields.${def.name}.${named}` }, example: exampleText(def), ...params }
	};
}

const errorGroup = (t: FieldDef['type']) => (t === 'money-list' ? 'moneyList' : t);

function ambiguousParams(a: { small: string; large: string }, typed: string, unit: 'money' | 'number'): Msg['params'] {
	const shown = (v: string): Display => (unit === 'money' ? { type: 'money', value: v } : { type: 'number', value: v });
	return { typed, small: shown(a.small), large: shown(a.large), smallTyped: typedAmount(a.small), largeTyped: typedAmount(a.large) };
}

/** Parse one field's raw text. `asOf` is needed for fields whose maximum is the as-of date. */
export function parseField(def: FieldDef, raw: string | undefined, asOf?: IsoDate): FieldParse {
	const s = (raw ?? '').trim();
	const err = (kind: ErrorKind, params?: Msg['params']): FieldParse => ({ ok: false, msg: fieldError(def, kind, params) });
	if (s.length > MAX_LEN) return err('tooLong');
	if (s === '') {
		if (def.type === 'boolean' && def.default !== undefined) return { ok: true, value: def.default };
		if (def.type === 'choice' && def.default !== undefined) return { ok: true, value: def.default };
		return def.required ? err('required') : { ok: true, value: undefined };
	}
	switch (def.type) {
		case 'date': {
			const iso = parseDateText(s);
			if (!iso) return err('format');
			const min = def.min ?? DATE_MIN;
			const max = def.max === 'asOf' ? (asOf ?? DATE_MAX) : (def.max ?? DATE_MAX);
			if (iso < min) return err('min', { min: { type: 'date', value: min } });
			if (iso > max) return err(def.max === 'asOf' ? 'afterAsOf' : 'max', { max: { type: 'date', value: max } });
			return { ok: true, value: iso };
		}
		case 'month': {
			const v = parseMonthText(s);
			if (!v) return err('format');
			if (def.min && v < def.min) return err('min', { min: { type: 'month', value: def.min } });
			if (def.max && v > def.max) return err('max', { max: { type: 'month', value: def.max } });
			return { ok: true, value: v };
		}
		case 'money': {
			const p = parseAmount(s);
			if (!p.ok) return p.ambiguous ? err('ambiguous', ambiguousParams(p.ambiguous, s, 'money')) : err('format');
			const v = p.value;
			const min = def.min ?? '0';
			if (new Dec(v).lt(min)) return err('min', { min: { type: 'money', value: new Dec(min).toFixed(2) } });
			if (def.max && new Dec(v).gt(def.max)) return err('max', { max: { type: 'money', value: new Dec(def.max).toFixed(2) } });
			if (new Dec(v).decimalPlaces() > 2) return err('cents');
			return { ok: true, value: v };
		}
		case 'money-list': {
			const parts = s
				.split(/[;\n]+/)
				.map((p) => p.trim())
				.filter((p) => p !== '');
			const values: string[] = [];
			for (const [i, p] of parts.entries()) {
				const r = parseAmount(p);
				if (!r.ok && r.ambiguous) return err('itemAmbiguous', { n: i + 1, ...ambiguousParams(r.ambiguous, p.slice(0, 20), 'money') });
				if (!r.ok || new Dec(r.value).isNegative() || new Dec(r.value).decimalPlaces() > 2) {
					return err('item', { n: i + 1, value: p.slice(0, 20) });
				}
				values.push(r.value);
			}
			if (values.length < def.minItems || values.length > def.maxItems) {
				return err('count', { min: def.minItems, max: def.maxItems, count: values.length });
			}
			return { ok: true, value: values };
		}
		case 'integer': {
			if (!/^-?\d+$/.test(s)) return err('format', { min: def.min, max: def.max });
			const n = Number(s);
			if (n < def.min || n > def.max) return err('range', { min: def.min, max: def.max });
			return { ok: true, value: n };
		}
		case 'decimal': {
			const p = parseAmount(s);
			const range = { min: { type: 'number', value: def.min }, max: { type: 'number', value: def.max } } as const;
			if (!p.ok) return p.ambiguous ? err('ambiguous', ambiguousParams(p.ambiguous, s, 'number')) : err('format', range);
			const d = new Dec(p.value);
			if (d.lt(def.min) || d.gt(def.max)) return err('range', range);
			if (d.decimalPlaces() > def.places) return err('places', { places: def.places });
			return { ok: true, value: p.value };
		}
		case 'choice': {
			if (!def.options.includes(s)) return err('unknown');
			return { ok: true, value: s };
		}
		case 'boolean': {
			if (s === 'yes' || s === 'true' || s === '1') return { ok: true, value: true };
			if (s === 'no' || s === 'false' || s === '0') return { ok: true, value: false };
			return err('unknown');
		}
	}
}

export type Validation<I> = { ok: true; value: I; errors: [] } | { ok: false; errors: FieldError[]; partial: Record<string, unknown> };

/** The as-of date, with its own messages ("the date to calculate for") and an example inside the range. */
export function parseAsOf(raw: string | undefined, range: { from: IsoDate; to: IsoDate }): FieldParse {
	const s = (raw ?? '').trim();
	const [y] = range.to.split('-');
	const example: Display = { type: 'localized', value: { lv: `15.03.${y}`, en: `15.03.${y}` } };
	const err = (kind: string, params?: Msg['params']): FieldParse => ({
		ok: false,
		msg: { key: `common:errors.asOf.${kind}`, params: { example, ...params } }
	});
	if (s === '') return err('required');
	const iso = parseDateText(s);
	if (!iso) return err('format');
	if (iso < range.from) return err('before', { min: { type: 'date', value: range.from } });
	// A date after the rules we have is answered with the last known rules and a notice (engine/run.ts).
	if (iso > DATE_MAX) return { ok: false, msg: { key: 'common:rollover.tooLate', params: { max: { type: 'date', value: DATE_MAX } } } };
	return { ok: true, value: iso };
}

/** Which fields are visible for these values (a hidden field is neither validated nor sent to compute). */
export function visibleFields(calc: Calculator<never>, values: Record<string, unknown>): FieldDef[] {
	return visibleOf(calc.fields, values);
}

/** Validate every visible field and the as-of date; collect all errors, keep every valid value. */
export function validateInput<I>(calc: Calculator<I>, raw: RawInput, rawAsOf: string | undefined): Validation<I> & { asOf?: IsoDate } {
	const errors: FieldError[] = [];
	const values: Record<string, unknown> = {};
	const asOfParse = parseAsOf(rawAsOf, calc.asOfRange);
	const asOf = asOfParse.ok ? (asOfParse.value as IsoDate) : undefined;
	if (!asOfParse.ok) errors.push({ field: 'asOf', msg: asOfParse.msg });
	// Parse every field first so that showIf can look at the others, then keep only visible ones.
	const parsed = new Map<string, FieldParse>();
	for (const f of calc.fields) {
		const r = parseField(f, raw[f.name], asOf);
		parsed.set(f.name, r);
		if (r.ok) values[f.name] = r.value;
	}
	const visible = visibleFields(calc as Calculator<never>, values);
	const visibleNames = new Set(visible.map((f) => f.name));
	for (const f of calc.fields) {
		if (!visibleNames.has(f.name)) {
			delete values[f.name];
			continue;
		}
		const r = parsed.get(f.name)!;
		if (!r.ok) errors.push({ field: f.name, msg: r.msg });
	}
	if (errors.length === 0 && asOf && calc.crossValidate) {
		errors.push(...calc.crossValidate(values as I, asOf));
	}
	if (errors.length > 0) return { ok: false, errors, partial: values, asOf };
	return { ok: true, value: values as I, errors: [], asOf };
}
