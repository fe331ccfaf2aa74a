/**
 * What a calculator's form needs before its engine is loaded (README "Page weight"): reading typed
 * dates and months, the example a field shows, which questions the default answers show. Nothing here
 * may import decimal.js or the engine (tests/unit/form-modules.test.ts); `inputs.ts` builds on it.
 */
import type { FieldDef } from './calculator';
import { isIsoDate, type IsoDate } from './dates';
import type { Display } from './explain';

/** Raw text per field name, exactly as typed (or as read from a link). */
export type RawInput = Record<string, string | undefined>;

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

/** The example shown in a field's messages and hint, in the form people type it in this language. */
export function exampleText(def: FieldDef): Display | undefined {
	if (!('example' in def) || def.example === undefined) return undefined;
	const ex = def.example;
	switch (def.type) {
		case 'date': {
			const [y, m, d] = ex.split('-');
			return { type: 'localized', value: { lv: `${d}.${m}.${y}`, en: `${d}.${m}.${y}` } };
		}
		case 'month': {
			const [y, m] = ex.split('-');
			return { type: 'localized', value: { lv: `${m}.${y}`, en: `${m}.${y}` } };
		}
		case 'money':
		case 'decimal':
		case 'money-list':
			return typedAmount(ex.split(';')[0]);
		default:
			return { type: 'localized', value: { lv: ex, en: ex } };
	}
}

/** An amount as a person would type it: "1234,56" in Latvian, "1234.56" in English (no grouping). */
export function typedAmount(v: string): Display {
	return { type: 'localized', value: { lv: v.replace('.', ','), en: v } };
}

/** Which fields are visible for these values. */
export function visibleOf(fields: readonly FieldDef[], values: Record<string, unknown>): FieldDef[] {
	return fields.filter((f) => !f.showIf || f.showIf(values));
}

/** The form's starting text: each choice's and yes/no question's default, every other box empty. */
export function defaultRaw(fields: readonly FieldDef[]): RawInput {
	const raw: RawInput = {};
	for (const f of fields) {
		if (f.type === 'choice' && f.default !== undefined) raw[f.name] = f.default;
		else if (f.type === 'boolean' && f.default !== undefined) raw[f.name] = f.default ? 'yes' : 'no';
		else raw[f.name] = '';
	}
	return raw;
}

/**
 * The values of the form's starting text, as `parseField` reads them (a unit test checks it for every
 * calculator): only choices and yes/no questions have defaults, and every other box starts empty.
 */
export function defaultValues(fields: readonly FieldDef[]): Record<string, unknown> {
	const v: Record<string, unknown> = {};
	for (const f of fields) {
		if (f.type === 'choice' && f.default !== undefined && f.options.includes(f.default)) v[f.name] = f.default;
		else if (f.type === 'boolean' && f.default !== undefined) v[f.name] = f.default;
	}
	return v;
}
