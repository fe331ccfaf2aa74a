/**
 * A rule table's value as text in the page language, for the rules pages, the change view and a
 * calculator page's notice of changed rules: amounts and rates with their unit, ages in years and
 * months, parameter sets (record tables) as "label: value" — each field by its name for people (the
 * table's `fields`), coded values in words (`codes`), numbers and dates as the language writes them.
 * The names the data uses are never shown (a unit test renders every row of every table to check).
 */
import type { Display } from '$lib/engine/explain';
import type { Translator } from '$lib/i18n';
import type { FieldLabel, FieldUnit, Localized } from '$lib/engine/tables';
import { isCode, isDataKey, isLocalized } from '$lib/engine/record-fields';
import { formatDate, formatDecimal, formatMoney } from '$lib/i18n/format';

interface TableShape {
	kind: string;
	unit: string;
	fields?: Record<string, FieldLabel>;
	codes?: Record<string, Localized>;
}

export function decimalDisplay(unit: string, v: string): Display {
	if (unit === 'eur') return { type: 'money', value: v };
	if (unit === 'percent') return { type: 'percent', value: v };
	if (unit === 'eur-per-hour') return { type: 'rate', value: v, unit: 'eur-per-hour' };
	if (['years', 'months', 'days', 'hours'].includes(unit)) return { type: 'number', value: v, unit: unit as 'years' };
	return { type: 'number', value: v };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A field's name for people (the table's `fields`); a key that is data (a year, an age) as it is. */
function label(t: TableShape, k: string, tr: Translator): string {
	return isDataKey(k) ? k : (t.fields?.[k]?.[tr.lang] ?? k);
}

const shown = (t: TableShape, k: string) => t.fields?.[k] !== null;

/** One number (in the field's unit), date, yes/no, coded value (in words) or text. */
function scalar(v: unknown, unit: FieldUnit | undefined, t: TableShape, tr: Translator): string {
	// An unknown value is stored as null: shown as a dash, never as the word "null".
	if (v === null || v === undefined) return '—';
	if (typeof v === 'boolean') return tr.display({ type: 'yesno', value: v });
	const s = String(v);
	if (/^-?\d+(\.\d+)?$/.test(s)) {
		if (unit === 'eur') return formatMoney(s, tr.lang);
		if (unit === 'percent') return `${formatDecimal(s, tr.lang)} %`;
		if (unit) return tr.display({ type: 'number', value: s, unit });
		return typeof v === 'number' ? s : formatDecimal(s, tr.lang);
	}
	if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return formatDate(s, tr.lang);
	if (isCode(s)) return t.codes?.[s]?.[tr.lang] ?? s;
	return s;
}

/** A value on one line: lists joined, objects as "label: value" pairs (in brackets inside another value). */
function inline(v: unknown, unit: FieldUnit | undefined, t: TableShape, tr: Translator, nested: boolean): string {
	if (Array.isArray(v)) return v.length === 0 ? '—' : v.map((x) => inline(x, unit, t, tr, true)).join(', ');
	if (isLocalized(v)) return v[tr.lang];
	if (isObject(v)) {
		const text = pairs(v, unit, t, tr);
		if (text.length === 0) return '—';
		return nested ? `(${text.join('; ')})` : text.join('; ');
	}
	return scalar(v, unit, t, tr);
}

/** An object's fields as "label: value"; the values under keys that are data keep the unit of the field they are in. */
function pairs(o: Record<string, unknown>, unit: FieldUnit | undefined, t: TableShape, tr: Translator): string[] {
	return Object.entries(o)
		.filter(([k]) => shown(t, k))
		.map(([k, x]) => `${label(t, k, tr)}: ${inline(x, isDataKey(k) ? unit : t.fields?.[k]?.unit, t, tr, true)}`);
}

/** A field of a parameter set, for people: its label, its value on one line, and for a page that lists them, its parts. */
export interface Param {
	/** The field's name in the data (for keys and tests; never shown). */
	key: string;
	label: string;
	text: string;
	/** A list of objects, or an object of named parts: one line each. */
	items?: string[];
}

/** The fields of a parameter set (a record table's row value) that people see: only the given ones, if any. */
function shownFields(t: TableShape, value: unknown, only?: string[]): Array<[string, unknown]> {
	return Object.entries(isObject(value) ? value : {}).filter(([k]) => (!only || only.includes(k)) && shown(t, k));
}

/** A parameter set as its fields for people: label, value, and for a list or a set of named parts, one line each. */
export function valueParams(t: TableShape, value: unknown, tr: Translator): Param[] {
	return shownFields(t, value).map(([k, v]) => {
		const unit = t.fields?.[k]?.unit;
		const p: Param = { key: k, label: label(t, k, tr), text: inline(v, unit, t, tr, false) };
		if (Array.isArray(v) && v.some(isObject)) p.items = v.map((x) => inline(x, unit, t, tr, false));
		else if (isObject(v) && !isLocalized(v) && Object.entries(v).some(([x, y]) => !isDataKey(x) || isObject(y)))
			p.items = pairs(v, unit, t, tr);
		return p;
	});
}

/** The value as one line of text (parameter sets: only the given fields, if any; a field's parts in brackets). */
export function valueText(t: TableShape, value: unknown, tr: Translator, only?: string[]): string {
	if (t.kind === 'age') {
		const a = value as { years: number; months: number };
		return tr.display({ type: 'age', years: a.years, months: a.months });
	}
	if (t.kind === 'decimal') return tr.display(decimalDisplay(t.unit, String(value)));
	return shownFields(t, value, only)
		.map(([k, v]) => `${label(t, k, tr)}: ${inline(v, t.fields?.[k]?.unit, t, tr, true)}`)
		.join('; ');
}

/** Whether a table is a money or percent series worth a small line chart. */
export const chartable = (t: TableShape & { rows: unknown[] }) =>
	t.kind === 'decimal' && ['eur', 'percent', 'eur-per-hour'].includes(t.unit) && t.rows.length >= 2;
