/**
 * Year rollover and coverage (issue 12 §1): every table says how far it is known, every calculator's
 * as-of range ends where the data of its tables ends, and a date after it is answered with the rules of
 * the last known day and a notice — never silently, never with a dead date error.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { listTableFiles } from '$lib/engine/validate-tables';
import { calculatorIds, loadCalculator } from '$lib/calculators/registry';
import type { Calculator } from '$lib/engine/calculator';
import { coverageOf } from '$lib/engine/coverage';
import { coverageReport, coverageText } from '$lib/engine/coverage-report';
import { computeSafely, rolloverNotices, runCalculator } from '$lib/engine/run';
import { defineTable, valueAt, withRollover, type Table } from '$lib/engine/tables';

const files = listTableFiles('data');
const calcs = await Promise.all(calculatorIds.map(async (id) => [id, (await loadCalculator(id))!] as const));

/** What a calculator's range may be at most: its core tables' earliest end and latest first row. */
function allowed(calc: Calculator<never>) {
	const partial = new Set(calc.partialTables ?? []);
	const core = calc.tables.filter((t) => !partial.has(t));
	return {
		core,
		to: core.map((t) => t.coveredUntil ?? '').reduce((a, b) => (a < b ? a : b)),
		from: core.map((t) => t.rows[0].validFrom).reduce((a, b) => (a > b ? a : b))
	};
}

describe('every table states how far it is known', () => {
	it('there are tables and calculators to check', () => {
		expect(files.length).toBeGreaterThan(50);
		expect(calcs.length).toBeGreaterThan(10);
	});
	it.each(files)('%s has coveredUntil', (file) => {
		const t = JSON.parse(readFileSync(file, 'utf8'));
		expect(t.coveredUntil, `${file}: add "coveredUntil" (for an open-ended rule: the day it was checked to be in force until)`).toMatch(
			/^\d{4}-\d{2}-\d{2}$/
		);
	});
});

describe('no calculator answers for more dates than its tables know', () => {
	it.each(calcs)('%s: the range ends on its core tables’ earliest coveredUntil and starts within them', (_id, calc) => {
		const a = allowed(calc as Calculator<never>);
		expect(a.core.length).toBeGreaterThan(0);
		expect(calc.asOfRange.to).toBe(a.to);
		expect(calc.asOfRange.from >= a.from).toBe(true);
		// A table named partial must really cover less than the range (otherwise it belongs to the core).
		for (const t of calc.partialTables ?? []) {
			expect(calc.tables, `${t.id} is partial but not one of the tables`).toContain(t);
			const less = (t.coveredUntil ?? '9999-12-31') < calc.asOfRange.to || t.rows[0].validFrom > calc.asOfRange.from;
			expect(less, `${t.id} is named partial but covers the whole range`).toBe(true);
		}
	});

	it('the check catches a range wider than the tables', () => {
		const t = defineTable<string>({
			id: 'x/y',
			title: { lv: 'a', en: 'b' },
			kind: 'decimal',
			unit: 'eur',
			coveredUntil: '2026-12-31',
			rows: [{ validFrom: '2016-01-01', value: '1', basis: [], sources: [] }]
		});
		const wide = { asOfRange: { from: '2016-01-01', to: '2027-12-31' }, tables: [t] } as unknown as Calculator<never>;
		expect(wide.asOfRange.to).not.toBe(allowed(wide).to);
		expect(coverageOf([t])).toEqual({ from: '2016-01-01', to: '2026-12-31' });
		expect(() => coverageOf([{ ...t, coveredUntil: undefined }])).toThrow(/coveredUntil/);
		expect(() => coverageOf([t], { from: '2015-01-01' })).toThrow(/partial/);
	});
});

describe('the rollover', () => {
	const t: Table<string> = defineTable<string>({
		id: 'x/wage',
		title: { lv: 'Alga', en: 'Wage' },
		kind: 'decimal',
		unit: 'eur',
		coveredUntil: '2026-12-31',
		rows: [
			{ validFrom: '2025-01-01', value: '740', basis: [], sources: [] },
			{ validFrom: '2026-01-01', value: '780', basis: [], sources: [] }
		]
	});
	const early = defineTable<string>({ ...t, id: 'x/gap', coveredUntil: '2025-12-31', rows: t.rows.slice(0, 1) });

	it('outside a compute, a date after the data is "after coverage"', () => {
		expect(valueAt(t, '2027-01-05')).toMatchObject({ kind: 'after-coverage', coveredUntil: '2026-12-31' });
	});
	it('inside it, the last known day’s row is used and recorded; a known gap and the year after next are not bridged', () => {
		const r = withRollover('2026-12-31', () => [valueAt(t, '2027-01-05'), valueAt(early, '2026-02-01'), valueAt(t, '2028-01-01')]);
		expect(r.value[0]).toMatchObject({ kind: 'ok', row: { value: '780', validFrom: '2026-01-01' } });
		expect(r.value[1].kind).toBe('after-coverage');
		expect(r.value[2].kind).toBe('after-coverage');
		expect(r.substitutions).toEqual([{ table: 'x/wage', tableTitle: t.title, date: '2027-01-05', coveredUntil: '2026-12-31' }]);
		// Restored afterwards: no rollover leaks into later lookups.
		expect(valueAt(t, '2027-01-05').kind).toBe('after-coverage');
	});
	it('the notice names the first unknown year and the day whose rules were used', () => {
		expect(rolloverNotices('2027-01-05', '2026-12-31', [])).toEqual([
			{ key: 'common:rollover.year', params: { year: '2027', until: { type: 'date', value: '2026-12-31' } } }
		]);
		expect(rolloverNotices('2026-06-01', '2026-12-31', [])).toEqual([]);
		expect(rolloverNotices('2026-08-01', '2026-06-30', [])[0].key).toBe('common:rollover.after');
	});

	const probe: Record<string, Record<string, string>> = {
		'net-gross-salary': { mode: 'gross-to-net', amount: '1500', category: 'employee', taxBook: 'yes', pension: 'no', relief: 'none' },
		'birth-grant': { event: 'birth', birthDate: '2027-01-02', resident: 'yes' },
		'sickness-benefit': {
			case: 'own-illness',
			firstDay: '2027-01-04',
			lastDay: '2027-01-15',
			insured: 'yes',
			months6: '6',
			wageMode: 'monthly',
			averageWage: '1500',
			extended: 'no',
			hospital: 'no'
		}
	};
	it.each(Object.keys(probe))('%s on 2027-01-05 answers with the 2026 rules and the notice first, not a date error', (id) => {
		const calc = calcs.find(([c]) => c === id)![1];
		expect(calc.asOfRange.to).toBe('2026-12-31');
		const r = runCalculator(calc, probe[id], '05.01.2027');
		expect(r.kind).toBe('outcome');
		if (r.kind !== 'outcome') return;
		expect(r.outcome.kind).toBe('result');
		expect(r.outcome.notices[0]).toEqual({
			key: 'common:rollover.year',
			params: { year: '2027', until: { type: 'date', value: '2026-12-31' } }
		});
		expect(r.outcome.rollover).toHaveLength(1);
		// On a covered as-of date: no notice for a monthly salary; for an event in 2027 the notice stays,
		// because the calculation still needs the 2027 rules.
		const before = runCalculator(calc, probe[id], '31.12.2026');
		expect(before.kind === 'outcome' && (before.outcome.rollover ?? []).length).toBe(id === 'net-gross-salary' ? 0 : 1);
	});
	it('a calculator whose data reaches further (minimum hourly rate, planned 2027 wage) needs no rollover in 2027', () => {
		const calc = calcs.find(([c]) => c === 'minimum-hourly-rate')![1];
		const o = computeSafely(calc, { month: '2027-01', schedule: '40', followsTransfers: false } as never, '2027-01-05');
		expect(o.kind).toBe('result');
		expect(o.rollover).toBeUndefined();
		expect(o.notices.some((n) => n.key === 'common:status.notice.planned')).toBe(true);
	});
});

describe('the coverage report (npm run coverage) takes the date as an input', () => {
	const items = [
		{ kind: 'table' as const, id: 'tax/a', until: '2026-12-31' },
		{ kind: 'table' as const, id: 'tax/b', until: '2027-12-31' },
		{ kind: 'calculator' as const, id: 'c', until: '2026-11-01' },
		{ kind: 'table' as const, id: 'tax/none' }
	];
	it('flags what ends within 60 days, what has ended and what states no date', () => {
		const lines = coverageReport(items, '2026-11-29');
		expect(lines.map((l) => [l.id, l.flag, l.daysLeft])).toEqual([
			['tax/none', 'missing', undefined],
			['c', 'past', -28],
			['tax/a', 'soon', 32],
			['tax/b', 'ok', 397]
		]);
		expect(coverageReport(items, '2026-10-01').find((l) => l.id === 'tax/a')?.flag).toBe('ok');
		expect(coverageText(lines, '2026-11-29')).toContain('SOON  2026-12-31  table       tax/a  (32 days)');
	});
});
