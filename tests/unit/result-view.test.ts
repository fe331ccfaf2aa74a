/**
 * The result page's reading order and number formats (issue "Answers a ministry can put its name
 * on"): at most three primary figures, each rule listed once and referred to by number, rounding
 * notes only where rounding changed a value and never with the engine's long decimals, and no
 * dot decimals in Latvian text, for every golden case of every calculator.
 */
import { describe, expect, it } from 'vitest';
import { calculatorIds, loadCalculator } from '$lib/calculators/registry';
import { computeSafely } from '$lib/engine/run';
import { validateInput } from '$lib/engine/inputs';
import { roundMoney, roundTo } from '$lib/engine/decimal';
import { step, type Outcome, type Step } from '$lib/engine/explain';
import type { Calculator } from '$lib/engine/calculator';
import type { Table } from '$lib/engine/tables';
import { requireAt } from '$lib/engine/tables';
import { createTranslator } from '$lib/i18n';
import { collectRules, formatRuleRefs, MAX_PRIMARY, primaryFigures, roundingText } from '$lib/ui/result-view';

const calcs: Calculator<never>[] = [];
for (const id of calculatorIds) calcs.push((await loadCalculator(id))!);
const lv = createTranslator('lv');
const en = createTranslator('en');

describe('rounding notes', () => {
	it('show the unrounded value to two more places than the rule keeps, in the page language', () => {
		// 13 440 € a year / 365 days = 36.821917808… € a day; rounded to cents.
		const r = roundMoney('36.82191780821917808219178082191780821918');
		expect(roundingText(r.rounding, lv)).toBe('Noapaļots no 36,8219… līdz 36,82: summas izsaka veselos centos');
		expect(roundingText(r.rounding, en)).toMatch(/^Rounded from 36\.8219… to 36\.82/);
	});
	it('are left out when rounding changed nothing', () => {
		expect(roundingText(roundMoney('353.85').rounding, lv)).toBeUndefined();
		expect(roundingText(roundMoney('353.8500').rounding, lv)).toBeUndefined();
	});
	it('show a short unrounded value as it is, without an ellipsis', () => {
		expect(roundingText(roundTo('4.64285', 4, 'common:rounding.hourlyRate').rounding, lv)).toMatch(/^Noapaļots no 4,64285 līdz 4,6429:/);
	});
});

describe('rule references', () => {
	it('make runs of three or more into ranges, in each language', () => {
		expect(formatRuleRefs([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 'lv')).toBe('1.–11.');
		expect(formatRuleRefs([1, 2, 4, 6, 7, 8], 'en')).toBe('1, 2, 4, 6–8');
		expect(formatRuleRefs([3], 'lv')).toBe('3.');
	});
});

describe('rules used', () => {
	const table: Table<string> = {
		id: 'labour/minimum-monthly-wage',
		title: { lv: 'Minimālā alga', en: 'Minimum wage' },
		kind: 'decimal',
		unit: 'eur',
		rows: [
			{
				validFrom: '2024-01-01',
				value: '700',
				basis: [],
				sources: [{ act: 'x', url: 'https://likumi.lv/ta/id/1', consulted: '2026-11-29' }]
			},
			{
				validFrom: '2025-01-01',
				value: '740',
				basis: [],
				sources: [{ act: 'x', url: 'https://likumi.lv/ta/id/1', consulted: '2026-11-29' }]
			}
		]
	};
	const a = requireAt(table, '2024-06-01');
	const b = requireAt(table, '2025-06-01');
	const steps: Step[] = [
		step('one', { key: 'x' }, { rows: [b] }),
		step('two', { key: 'y' }, { rows: [a, b] }),
		step('three', { key: 'z' })
	];
	it('lists each row once, numbered in order of first use, and each step points to its numbers', () => {
		const r = collectRules(steps);
		expect(r.list.map((x) => [x.n, x.validFrom])).toEqual([
			[1, '2025-01-01'],
			[2, '2024-01-01']
		]);
		expect(steps.map((s) => r.refsOf(s))).toEqual([[1], [1, 2], []]);
	});
});

describe.each(calcs.map((c) => [c.id, c] as const))('%s', (id, calc) => {
	const tLv = createTranslator('lv', { id, messages: calc.messages.lv });
	const tEn = createTranslator('en', { id, messages: calc.messages.en });
	const outcomes: Array<[string, Outcome]> = (calc.golden ?? []).map((g) => {
		const v = validateInput(
			calc,
			Object.fromEntries(
				Object.entries(g.input).map(([k, val]) => [k, val === undefined ? undefined : Array.isArray(val) ? val.join(';') : String(val)])
			),
			g.asOf
		);
		return [g.name, computeSafely(calc, v.ok ? v.value : (undefined as never), g.asOf)];
	});

	it('has golden cases to check', () => expect(outcomes.length).toBeGreaterThan(0));

	it.each(outcomes)('%s: the answer comes first, at most three figures large', (_n, o) => {
		if (o.kind === 'cannot-answer') return expect(o.reason.key).toBeTruthy();
		const { primary, rest } = primaryFigures(o);
		if (o.figures.length > 0) expect(primary.length).toBeGreaterThan(0);
		expect(primary.length).toBeLessThanOrEqual(MAX_PRIMARY);
		expect(primary.length + rest.length).toBe(o.figures.length);
	});

	it.each(outcomes)('%s: Latvian text has decimal commas, rounding notes are short, every rule has a legal basis', (_n, o) => {
		const texts: string[] = [];
		if (o.kind === 'cannot-answer') texts.push(tLv.msg(o.reason));
		else {
			texts.push(tLv.msg(o.summary), ...o.figures.map((f) => tLv.display(f.value)));
			if (o.kind === 'not-eligible') texts.push(...o.reasons.map((r) => tLv.msg(r)));
		}
		for (const s of o.steps) {
			texts.push(tLv.msg(s.title));
			if (s.value) texts.push(tLv.display(s.value));
			if (s.detail) texts.push(tLv.msg(s.detail));
			for (const tr of [tLv, tEn]) {
				const note = roundingText(s.rounding, tr);
				if (note && tr === tLv) texts.push(note);
				// Never the engine's long decimals: at most the rule's places + 2.
				if (note && s.rounding) expect(note).not.toMatch(new RegExp(`\\d[.,]\\d{${s.rounding.places + 3},}`));
			}
			for (const r of s.rules) expect(r.basis.length, `${r.table} ${r.validFrom}`).toBeGreaterThan(0);
		}
		expect(texts.length).toBeGreaterThan(0);
		for (const t of texts) {
			// A dot between digits that is not part of a date (15.03.2026.) or a law's numbering is an English decimal.
			expect(t, t).not.toMatch(/(?<![\d.])\d+\.\d+(?![\d.])/);
			expect(t, t).not.toMatch(/\d[.,]\d{7,}/);
		}
	});
});
