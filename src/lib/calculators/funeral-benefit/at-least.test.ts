/**
 * Fault 9 of the outside probe: where the national average contribution wage of the year is not in the
 * data (deaths in 2016–2018, 2022, 2025), the insured person's benefit — 2 × the wage, but not less than
 * that national average — was shown as final (€600.00 for a death on 15.06.2022 with a wage of 300).
 * The answer must then say "at least" in its headline and figure label.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/i18n';
import { run } from '$lib/benefits/testing';
import calc from './index';

const insured = (deathDate: string, averageWage: string) =>
	run(calc, {
		insured: true,
		dependant: false,
		unemployed: false,
		pensioner: false,
		vsnpRecipient: false,
		wageMode: 'monthly',
		deathDate,
		averageWage
	});

describe('funeral benefit with an unknown legal floor', () => {
	it('a death on 15.06.2022, wage 300: "at least €600.00" in the headline and the figure label, in LV and EN', () => {
		const o = insured('2022-06-15', '300');
		if (o.kind !== 'result') throw new Error(o.kind);
		const lv = createTranslator('lv', { id: calc.id, messages: calc.messages.lv });
		const en = createTranslator('en', { id: calc.id, messages: calc.messages.en });
		expect(en.msg(o.summary)).toMatch(/at least €?\s?600\.00/);
		expect(lv.msg(o.summary)).toMatch(/vismaz 600,00/);
		const total = o.figures.find((f) => f.id === 'total')!;
		expect(en.msg(total.label)).toMatch(/at least/i);
		expect(lv.msg(total.label)).toMatch(/vismaz/i);
	});
	it.each(['2016-06-15', '2017-06-15', '2018-06-15', '2025-06-15'])('%s: also "at least"', (d) => {
		const o = insured(d, '300');
		if (o.kind !== 'result') throw new Error(o.kind);
		expect(o.summary.key).toBe('summary.atLeast');
	});
	it('a known floor gives a plain amount (2024: the floor 1217.54 applies to a wage of 300)', () => {
		const o = insured('2024-06-15', '300');
		if (o.kind !== 'result') throw new Error(o.kind);
		expect(o.summary.key).toBe('summary.result');
		const total = o.figures.find((f) => f.id === 'total')!;
		expect(total.label.key).toBe('figures.total');
	});
});
