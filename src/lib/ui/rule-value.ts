/**
 * A rule table's value as text in the page language, for the rules pages and the change view:
 * amounts and rates with their unit, ages in years and months, parameter sets as "name: value".
 */
import type { Display } from '$lib/engine/explain';
import type { Translator } from '$lib/i18n';

interface TableShape {
	kind: string;
	unit: string;
}

export function decimalDisplay(unit: string, v: string): Display {
	if (unit === 'eur') return { type: 'money', value: v };
	if (unit === 'percent') return { type: 'percent', value: v };
	if (unit === 'eur-per-hour') return { type: 'rate', value: v, unit: 'eur-per-hour' };
	if (['years', 'months', 'days', 'hours'].includes(unit)) return { type: 'number', value: v, unit: unit as 'years' };
	return { type: 'number', value: v };
}

/** A parameter of a set, compactly: lists joined, nested objects as their own "name: value" pairs. */
function param(v: unknown): string {
	// An unknown value is stored as null: shown as a dash, never as the word "null".
	if (v === null || v === undefined) return '—';
	if (Array.isArray(v)) return v.map(param).join(', ');
	if (v !== null && typeof v === 'object')
		return Object.entries(v as Record<string, unknown>)
			.map(([k, x]) => `${k} ${param(x)}`)
			.join(', ');
	return String(v);
}

/** The value as one line of text (parameter sets: only the given names, if any). */
export function valueText(t: TableShape, value: unknown, tr: Translator, only?: string[]): string {
	if (t.kind === 'age') {
		const a = value as { years: number; months: number };
		return tr.display({ type: 'age', years: a.years, months: a.months });
	}
	if (t.kind === 'decimal') return tr.display(decimalDisplay(t.unit, String(value)));
	return valueParams(value, only)
		.map(([k, v]) => `${k}: ${v}`)
		.join('; ');
}

/** A parameter set as [name, text] pairs. */
export function valueParams(value: unknown, only?: string[]): Array<[string, string]> {
	return Object.entries((value ?? {}) as Record<string, unknown>)
		.filter(([k]) => !only || only.includes(k))
		.map(([k, v]) => [k, param(v)]);
}

/** Whether a table is a money or percent series worth a small line chart. */
export const chartable = (t: TableShape & { rows: unknown[] }) =>
	t.kind === 'decimal' && ['eur', 'percent', 'eur-per-hour'].includes(t.unit) && t.rows.length >= 2;
