/**
 * Fault 10 of the outside probe: two tables held the same minimum per child who has lost a provider
 * (the state social security benefit and the work-injury survivor's compensation) and disagreed for
 * 2020. One Cabinet regulation set both from 01.04.2017, so one table holds it and both calculators read it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBatchLine } from '$lib/engine/batch';

type Line = { outcome: string; values: Record<string, string>; steps: Array<{ id: string; rules: Array<{ table: string }> }> };
const line = (calculator: string, input: Record<string, unknown>, asOf: string) =>
	runBatchLine(JSON.stringify({ calculator, input, asOf })) as Promise<Line>;

describe('one table for the survivor minimum per child', () => {
	it('the work-injury copy is gone and no other table holds the amounts of 01.04.2017', () => {
		expect(existsSync('data/benefits/survivor-compensation-child-minimum.json')).toBe(false);
		const holders: string[] = [];
		for (const dir of readdirSync('data', { withFileTypes: true }).filter((d) => d.isDirectory()))
			for (const f of readdirSync(`data/${dir.name}`).filter((x) => x.endsWith('.json'))) {
				const t = readFileSync(`data/${dir.name}/${f}`, 'utf8');
				if (t.includes('"92.50"') && t.includes('"111.00"')) holders.push(`${dir.name}/${f}`);
			}
		expect(holders).toEqual(['state-benefits/vsnp-survivor.json']);
	});
	it('in 2020 both calculators use 92.50 / 111.00 from the same table', async () => {
		const vsnp = await line(
			'state-social-security-benefit',
			{ category: 'survivor', hasPension: false, birthDate: '2015-01-15' },
			'2020-06-15'
		);
		expect([vsnp.outcome, vsnp.values.monthlyNow]).toEqual(['result', '92.50']);
		// 1 child aged 5 of a person earning 200: 25 % = 50.00, raised to the minimum 92.50.
		const wi = await line(
			'work-injury-compensation',
			{ mode: 'survivors', eventDate: '2020-06-15', averageWage: '200', children: 1, childrenUnder7: 1, orphan: false },
			'2020-12-01'
		);
		expect(wi.outcome).toBe('result');
		expect(Object.values(wi.values)).toContain('92.50');
		const cited = (l: Line) => new Set(l.steps.flatMap((s) => s.rules.map((r) => r.table)));
		expect(cited(vsnp).has('state-benefits/vsnp-survivor')).toBe(true);
		expect(cited(wi).has('state-benefits/vsnp-survivor')).toBe(true);
	});
	it('before 01.04.2017 the benefit cannot be answered, and the compensation says its minimum is unknown', async () => {
		const vsnp = await line(
			'state-social-security-benefit',
			{ category: 'survivor', hasPension: false, birthDate: '2010-01-01' },
			'2016-06-01'
		);
		expect(vsnp.outcome).toBe('cannot-answer');
		const wi = (await line(
			'work-injury-compensation',
			{ mode: 'survivors', eventDate: '2016-06-15', averageWage: '200', children: 1, childrenUnder7: 1, orphan: false },
			'2016-12-01'
		)) as Line & { notices: string[] };
		expect(wi.outcome).toBe('result');
		expect(wi.notices.join(' ')).toMatch(/minimum/i);
	});
});
