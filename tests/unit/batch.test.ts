import { expect, it } from 'vitest';
import { runBatchLine } from '$lib/engine/batch';

it('a batch line gives the outcome with values as strings and cited steps', async () => {
	const r = (await runBatchLine(
		JSON.stringify({
			calculator: 'retirement-age',
			input: { birthDate: '1955-05-15', category: 'general', record: 40 },
			asOf: '2026-11-22'
		})
	)) as Record<string, unknown> & { values: Record<string, string>; steps: Array<{ id: string; rules: Array<{ sources: string[] }> }> };
	expect(r.outcome).toBe('result');
	expect(r.values.pensionDate).toBe('2018-08-15');
	expect(r.values.ageAtPension).toBe('63y3m');
	const age = r.steps.find((s) => s.id === 'requiredAge')!;
	expect(age.rules[0].sources[0]).toMatch(/^https?:\/\//);
});

it('invalid input and unknown calculators are answered, not thrown', async () => {
	const bad = (await runBatchLine(
		JSON.stringify({ calculator: 'retirement-age', input: { birthDate: '31.02.1960' }, asOf: '2026-11-22' })
	)) as {
		outcome: string;
		errors: Array<{ field: string; message: string }>;
	};
	expect(bad.outcome).toBe('invalid');
	expect(bad.errors[0]).toEqual({
		field: 'birthDate',
		message: 'Enter your date of birth as a real date dd.mm.yyyy, for example 15.03.1962'
	});
	expect(await runBatchLine('{not json')).toMatchObject({ outcome: 'error' });
	expect(await runBatchLine(JSON.stringify({ calculator: 'nope' }))).toMatchObject({ outcome: 'error' });
});

it('the batch command takes the six-day schedules (40-6, 35-6) like the page', async () => {
	const line = (input: Record<string, unknown>) =>
		runBatchLine(JSON.stringify({ calculator: 'minimum-hourly-rate', input, asOf: '2026-11-22' })) as Promise<{
			outcome: string;
			values: Record<string, string>;
		}>;
	const six = await line({ month: '2024-12', schedule: '40-6' });
	expect([six.outcome, six.values.rate, six.values.totalHours, six.values.workedHours]).toEqual(['result', '4.0230', '174', '144']);
	const five = await line({ month: '2024-12', schedule: '40', followsTransfers: true });
	expect([five.values.rate, five.values.totalHours]).toEqual(['3.9773', '176']);
	expect((await line({ month: '2024-12', schedule: '6-40' })).outcome).toBe('invalid');
});

// Fault 3 of the outside probe: one bad line killed the whole batch and lost the lines after it.
it.each([
	'null',
	'[]',
	'1',
	'"retirement-age"',
	'true',
	JSON.stringify({ calculator: { toString: 1 } }),
	JSON.stringify({ calculator: 'retirement-age', input: { birthDate: { toString: 1 } }, asOf: '2026-11-22' }),
	JSON.stringify({ calculator: 'retirement-age', input: { birthDate: [{ toString: 1 }] }, asOf: '2026-11-22' }),
	JSON.stringify({ calculator: 'retirement-age', input: null, asOf: { toString: 1 } }),
	JSON.stringify({ calculator: 'net-gross-salary', input: { amount: { valueOf: 1 }, mode: ['gross-to-net', { a: 1 }] } }),
	'{"calculator":"retirement-age","input":{"__proto__":{"birthDate":"1955-05-15"}}}'
])('a hostile line %s is answered with one JSON outcome, never thrown', async (line) => {
	const r = (await runBatchLine(line)) as { outcome: string };
	expect(['error', 'invalid', 'result', 'cannot-answer', 'not-eligible']).toContain(r.outcome);
	expect(() => JSON.stringify(r)).not.toThrow();
});
