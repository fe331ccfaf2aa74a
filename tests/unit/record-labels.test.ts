/**
 * Record tables hold rows of named parameters (`{ "rateDecimals": 4, "rateRounding": "half-up" }`).
 * People never see those names: every field has a label in Latvian and English and every coded value
 * a text (the table's `fields` and `codes`, checked by the validator), and every place that shows a
 * row's value uses them (src/lib/ui/rule-value.ts). These tests check both, on every row of every
 * table in both languages, and that each check can fail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listTableFiles, labelProblems } from '$lib/engine/validate-tables';
import { namesIn } from '$lib/engine/record-fields';
import type { Table } from '$lib/engine/tables';
import { createTranslator, type Lang } from '$lib/i18n';
import { valueParams, valueText } from '$lib/ui/rule-value';

const tables = listTableFiles('data').map((f) => [f, JSON.parse(readFileSync(f, 'utf8')) as Table<unknown>] as const);
const records = tables.filter(([, t]) => t.kind === 'record');
const rowsOf = (t: Table<unknown>) => t.rows.flatMap((r) => ('value' in r ? [r.value] : []));

/** Every name of the data a page could show: each field (at any depth) and each coded value. */
function dataNames(t: Table<unknown>): string[] {
	const out = new Set<string>();
	if (t.kind !== 'record') return [];
	for (const v of rowsOf(t)) {
		const n = namesIn(v, t.fields);
		for (const f of n.fields) out.add(f);
		for (const c of n.codes) out.add(c);
	}
	return [...out];
}

/** A name written like code: camelCase, letters with digits, or words joined by hyphens. */
const codeLike = (name: string) => /[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|[a-z]-[a-z]/.test(name);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `name` as a word of its own (not part of a longer word, a hyphenated one included). */
const wordIn = (name: string, text: string) => new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(name)}(?![\\p{L}\\p{N}_-])`, 'u').test(text);

/**
 * The data's names found in what a page shows. In English every name written like code; in Latvian,
 * whose labels are Latvian words, every name (the disability groups "I", "II", "III" are Latvian too).
 * A name that is also a word of the table's own labels and texts ("one-off") is that word, not a leak.
 */
function leakedNames(t: Table<unknown>, text: string, lang: Lang): string[] {
	const own = [...Object.values(t.fields ?? {}), ...Object.values(t.codes ?? {})].map((l) => l?.[lang] ?? '').join('\n');
	return dataNames(t).filter((n) => !/^[IVX]+$/.test(n) && (lang === 'lv' || codeLike(n)) && wordIn(n, text) && !wordIn(n, own));
}

/** Everything a page shows of a table's rows in one language: the one-line text and the rules page's lists. */
function shownText(t: Table<unknown>, lang: Lang): string {
	const tr = createTranslator(lang);
	return rowsOf(t)
		.flatMap((v) => [valueText(t, v, tr), ...valueParams(t, v, tr).flatMap((p) => [p.label, p.text, ...(p.items ?? [])])])
		.join('\n');
}

describe('every field of a record table has a label in both languages', () => {
	it('finds the record tables', () => {
		expect(records.length).toBeGreaterThan(60);
	});

	it.each(records)('%s', (file, t) => {
		expect(labelProblems(file, t)).toEqual([]);
		for (const l of Object.values(t.fields ?? {})) if (l) expect(l.lv.trim() && l.en.trim()).toBeTruthy();
	});

	it('the check can fail: a field without a label, a code without a text, a label no row needs, labels on another kind', () => {
		const t = structuredClone(records.find(([, x]) => x.id === 'labour/minimum-hourly-rate-rules')![1]);
		const row = t.rows[0] as { value: Record<string, unknown> };
		row.value.newRule = 'half-down';
		t.fields!.retired = { lv: 'x', en: 'x' };
		const problems = labelProblems('x.json', t).join('\n');
		expect(problems).toMatch(/the field "newRule" has no label/);
		expect(problems).toMatch(/the value "half-down" has no text/);
		expect(problems).toMatch(/"fields" labels "retired", which no row holds/);
		// A name inside a nested object or a list counts too; a key that is data (a year) does not.
		const nested = { kind: 'record', fields: {}, rows: [{ validFrom: '2020-01-01', value: { '2020': [{ upTo: null }] } }] };
		expect(labelProblems('y.json', nested)).toEqual([
			'y.json: row 0 (validFrom 2020-01-01): the field "upTo" has no label in "fields" (lv and en)'
		]);
		expect(labelProblems('z.json', { kind: 'decimal', fields: {}, rows: [] })).toHaveLength(1);
	});
});

describe('a record row is shown with its labels, never with the data’s names', () => {
	it.each(records)('%s', (_, t) => {
		for (const lang of ['lv', 'en'] as const) expect(leakedNames(t, shownText(t, lang), lang), lang).toEqual([]);
	});

	it('shows the labels, units and coded values in words', () => {
		const t = records.find(([, x]) => x.id === 'labour/minimum-hourly-rate-rules')![1];
		const lv = shownText(t, 'lv');
		expect(lv).toContain('Likmes zīmes aiz komata: 4');
		expect(lv).toContain('līdz tuvākajai vērtībai');
		expect(shownText(t, 'en')).toContain('Decimal places of the rate: 4');
		const tax = records.find(([, x]) => x.id === 'tax/income-tax-rates')![1];
		expect(shownText(tax, 'lv')).toContain('Likme: 25,5 %');
		expect(shownText(tax, 'en')).toContain('On annual income above: €200,000.00');
	});

	it('the check can fail: without its labels a row shows the data’s names', () => {
		const t = structuredClone(records.find(([, x]) => x.id === 'labour/minimum-hourly-rate-rules')![1]);
		delete t.fields;
		delete t.codes;
		expect(leakedNames(t, shownText(t, 'en'), 'en')).toEqual([
			'rateDecimals',
			'rateRounding',
			'paySplitDecimals',
			'summedPeriodLongerThanMonths',
			'half-up'
		]);
		const rates = structuredClone(records.find(([, x]) => x.id === 'social-insurance/rate-employee')![1]);
		delete rates.fields;
		expect(leakedNames(rates, shownText(rates, 'lv'), 'lv')).toEqual(['total', 'employer', 'employee']);
	});
});

/**
 * The data's names a description or note uses. Any field written like code (camelCase, with digits)
 * anywhere; any field or coded value quoted («cap», "flat", `x`); in Latvian any of them at all (they
 * are English words); and the data's word for an unknown value, null (people see a dash).
 */
export function dataNamesInText(names: string[], text: string, lang: Lang): string[] {
	const found = names.filter((n) => {
		if (/^[IVX]+$/.test(n) || !wordIn(n, text)) return false;
		if (lang === 'lv' || /[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]/.test(n)) return true;
		const e = escape(n);
		return new RegExp(`[«"“\`']${e}[»"”\`']`).test(text);
	});
	return /\bnull\b/.test(text) ? [...found, 'null'] : found;
}

describe('descriptions and notes speak of the labelled values, not of the data’s names', () => {
	it.each(tables)('%s', (_, t) => {
		const names = dataNames(t);
		const texts: Array<[string, Lang, string]> = [];
		if (t.description) for (const lang of ['lv', 'en'] as const) texts.push(['description', lang, t.description[lang]]);
		for (const r of t.rows) if (r.note) for (const lang of ['lv', 'en'] as const) texts.push([`note ${r.validFrom}`, lang, r.note[lang]]);
		const found = texts.flatMap(([where, lang, text]) => dataNamesInText(names, text, lang).map((n) => `${where} (${lang}): ${n}`));
		expect(found).toEqual([]);
	});

	it('the check can fail: it finds a field’s name, a quoted field or code, null, and leaves plain words alone', () => {
		const names = ['rateDecimals', 'cap', 'flat', 'total', 'one-off', 'closingDay', 'I'];
		expect(dataNamesInText(names, 'rateDecimals: decimals of the rate', 'en')).toEqual(['rateDecimals']);
		expect(dataNamesInText(names, 'the indexed part («cap», euro)', 'en')).toEqual(['cap']);
		expect(dataNamesInText(names, '"flat" — a single rate', 'en')).toEqual(['flat']);
		expect(dataNamesInText(names, 'closingDay = null means no festival', 'en')).toEqual(['closingDay', 'null']);
		expect(dataNamesInText(names, 'likme ir flat', 'lv')).toEqual(['flat']);
		expect(dataNamesInText(names, 'The total rate; a one-off benefit of 2 pensions; group I; a flat rate', 'en')).toEqual([]);
	});
});
