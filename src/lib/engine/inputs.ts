/**
 * Parsing and validating what people type (and what share links carry). One parser per field type
 * accepts the Latvian and the international forms (15.03.1962, 1962-03-15; 1 234,56 and 1234.56)
 * and returns either a canonical value or a message saying what to do. Nothing here throws on input.
 */
import type { Calculator, FieldDef, FieldError } from './calculator';
import { isIsoDate, type IsoDate } from './dates';
import { Dec } from './decimal';
import type { Msg } from './explain';

/** Raw text per field name, exactly as typed (or as read from a link). */
export type RawInput = Record<string, string | undefined>;

export type FieldParse = { ok: true; value: unknown } | { ok: false; msg: Msg };

const MAX_LEN = 200;
/** Product coverage bounds for dates typed into any field. */
const DATE_MIN = '1900-01-01';
const DATE_MAX = '2100-12-31';

export function parseDateText(raw: string): IsoDate | undefined {
	const s = raw.trim();
	let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
	let y: number, mo: number, d: number;
	if (m) {
		[y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	} else {
		m = /^(\d{1,2})[./ ](\d{1,2})[./ ](\d{4})\.?$/.exec(s);
		if (!m) return undefined;
		[d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
	}
	const iso = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	return isIsoDate(iso) ? iso : undefined;
}

export function parseMonthText(raw: string): string | undefined {
	const s = raw.trim();
	let m = /^(\d{4})-(\d{1,2})$/.exec(s);
	let y: number, mo: number;
	if (m) [y, mo] = [Number(m[1]), Number(m[2])];
	else {
		m = /^(\d{1,2})[./](\d{4})\.?$/.exec(s);
		if (!m) return undefined;
		[mo, y] = [Number(m[1]), Number(m[2])];
	}
	if (mo < 1 || mo > 12 || y < 1900 || y > 2100) return undefined;
	return `${y}-${String(mo).padStart(2, '0')}`;
}

/**
 * Amounts: "1234,56", "1 234,56", "1234.56", "1,234.56", "€ 1 234" → "1234.56". A comma followed by
 * exactly 1–2 digits at the end is a decimal comma; other commas and spaces group thousands.
 */
export function parseAmountText(raw: string): string | undefined {
	let s = raw.trim().replace(/[€\u00a0\u202f\s]|EUR|eur/g, '');
	if (s === '') return undefined;
	// "1.234,56" and "1.234.567" group with dots; a single dot ("10.001") is a decimal point.
	if (/^-?\d+(,\d{1,2})$/.test(s) || /^-?\d{1,3}(\.\d{3})+,\d{1,2}$/.test(s) || /^-?\d{1,3}(\.\d{3}){2,}$/.test(s)) {
		s = s.replace(/\./g, '').replace(',', '.');
	} else {
		s = s.replace(/,(?=\d{3}(\D|$))/g, '');
	}
	if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
	return new Dec(s).toString();
}

function msg(key: string, params?: Msg['params']): Msg {
	return { key: `common:errors.${key}`, params };
}

/** Parse one field's raw text. `asOf` is needed for fields whose maximum is the as-of date. */
export function parseField(def: FieldDef, raw: string | undefined, asOf?: IsoDate): FieldParse {
	const s = (raw ?? '').trim();
	if (s.length > MAX_LEN) return { ok: false, msg: msg('tooLong') };
	if (s === '') {
		if (def.type === 'boolean' && def.default !== undefined) return { ok: true, value: def.default };
		if (def.type === 'choice' && def.default !== undefined) return { ok: true, value: def.default };
		return def.required ? { ok: false, msg: msg(`required.${def.type}`) } : { ok: true, value: undefined };
	}
	switch (def.type) {
		case 'date': {
			const iso = parseDateText(s);
			if (!iso) return { ok: false, msg: msg('date.format') };
			const min = def.min ?? DATE_MIN;
			const max = def.max === 'asOf' ? (asOf ?? DATE_MAX) : (def.max ?? DATE_MAX);
			if (iso < min) return { ok: false, msg: msg('date.min', { min: { type: 'date', value: min } }) };
			if (iso > max) {
				return def.max === 'asOf'
					? { ok: false, msg: msg('date.afterAsOf', { max: { type: 'date', value: max } }) }
					: { ok: false, msg: msg('date.max', { max: { type: 'date', value: max } }) };
			}
			return { ok: true, value: iso };
		}
		case 'month': {
			const v = parseMonthText(s);
			if (!v) return { ok: false, msg: msg('month.format') };
			if (def.min && v < def.min) return { ok: false, msg: msg('month.min', { min: { type: 'month', value: def.min } }) };
			if (def.max && v > def.max) return { ok: false, msg: msg('month.max', { max: { type: 'month', value: def.max } }) };
			return { ok: true, value: v };
		}
		case 'money': {
			const v = parseAmountText(s);
			if (v === undefined) return { ok: false, msg: msg('money.format') };
			const min = def.min ?? '0';
			if (new Dec(v).lt(min)) return { ok: false, msg: msg('money.min', { min: { type: 'money', value: new Dec(min).toFixed(2) } }) };
			if (def.max && new Dec(v).gt(def.max))
				return { ok: false, msg: msg('money.max', { max: { type: 'money', value: new Dec(def.max).toFixed(2) } }) };
			if (new Dec(v).decimalPlaces() > 2) return { ok: false, msg: msg('money.cents') };
			return { ok: true, value: v };
		}
		case 'money-list': {
			const parts = s
				.split(/[;\n]+/)
				.map((p) => p.trim())
				.filter((p) => p !== '');
			const values: string[] = [];
			for (const [i, p] of parts.entries()) {
				const v = parseAmountText(p);
				if (v === undefined || new Dec(v).isNegative() || new Dec(v).decimalPlaces() > 2) {
					return { ok: false, msg: msg('moneyList.item', { n: i + 1, value: p.slice(0, 20) }) };
				}
				values.push(v);
			}
			if (values.length < def.minItems || values.length > def.maxItems) {
				return { ok: false, msg: msg('moneyList.count', { min: def.minItems, max: def.maxItems, count: values.length }) };
			}
			return { ok: true, value: values };
		}
		case 'integer': {
			if (!/^-?\d+$/.test(s)) return { ok: false, msg: msg('integer.format', { min: def.min, max: def.max }) };
			const n = Number(s);
			if (n < def.min || n > def.max) return { ok: false, msg: msg('integer.range', { min: def.min, max: def.max }) };
			return { ok: true, value: n };
		}
		case 'decimal': {
			const v = parseAmountText(s);
			if (v === undefined) return { ok: false, msg: msg('decimal.format', { min: def.min, max: def.max }) };
			const d = new Dec(v);
			if (d.lt(def.min) || d.gt(def.max)) return { ok: false, msg: msg('decimal.range', { min: def.min, max: def.max }) };
			if (d.decimalPlaces() > def.places) return { ok: false, msg: msg('decimal.places', { places: def.places }) };
			return { ok: true, value: v };
		}
		case 'choice': {
			if (!def.options.includes(s)) return { ok: false, msg: msg('choice.unknown') };
			return { ok: true, value: s };
		}
		case 'boolean': {
			if (s === 'yes' || s === 'true' || s === '1') return { ok: true, value: true };
			if (s === 'no' || s === 'false' || s === '0') return { ok: true, value: false };
			return { ok: false, msg: msg('boolean.unknown') };
		}
	}
}

export type Validation<I> = { ok: true; value: I; errors: [] } | { ok: false; errors: FieldError[]; partial: Record<string, unknown> };

export function parseAsOf(raw: string | undefined, range: { from: IsoDate; to: IsoDate }): FieldParse {
	const s = (raw ?? '').trim();
	if (s === '') return { ok: false, msg: msg('required.date') };
	const iso = parseDateText(s);
	if (!iso) return { ok: false, msg: msg('date.format') };
	if (iso < range.from) return { ok: false, msg: msg('asOf.before', { min: { type: 'date', value: range.from } }) };
	// A date after the rules we have is answered with the last known rules and a notice (engine/run.ts).
	if (iso > DATE_MAX) return { ok: false, msg: { key: 'common:rollover.tooLate', params: { max: { type: 'date', value: DATE_MAX } } } };
	return { ok: true, value: iso };
}

/** Which fields are visible for these values (a hidden field is neither validated nor sent to compute). */
export function visibleFields(calc: Calculator<never>, values: Record<string, unknown>): FieldDef[] {
	return calc.fields.filter((f) => !f.showIf || f.showIf(values));
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
