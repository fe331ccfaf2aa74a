/**
 * Typed rule tables (fault 2 of the outside probe): record tables were untyped, so a value "26,84", a
 * deleted field or a negative minimum wage "-740" passed the build and the site then showed "unexpected
 * error" or a negative hourly rate. Here 13 corrupted copies of real tables must each be refused, and the
 * message must name the file and the row — as the build reports it (scripts/validate-data-plugin.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listTableFiles, tableIdFromPath, validateAllTables, validateTable } from '$lib/engine/validate-tables';
import { recordValueSchemas } from '$lib/engine/table-values';

type Json = Record<string, unknown> & { rows: Array<Record<string, unknown> & { value?: Record<string, unknown> | string }> };
const tmp = mkdtempSync(join(tmpdir(), 'corrupt-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const read = (id: string): Json => JSON.parse(readFileSync(`data/${id}.json`, 'utf8'));

interface Case {
	what: string;
	id: string;
	row: number;
	corrupt: (t: Json) => void;
	message: RegExp;
}

const value = (t: Json, i: number) => t.rows[i].value as Record<string, unknown>;

const cases: Case[] = [
	{
		what: 'a decimal comma "34,09" in a contribution rate',
		id: 'social-insurance/rate-employee',
		row: 2,
		corrupt: (t) => (value(t, 2).total = '34,09'),
		message: /field value\.total: must be a non-negative decimal string/
	},
	{
		what: 'a deleted field (the employer’s lower sickness rate)',
		id: 'benefits/sickness-benefit',
		row: 0,
		corrupt: (t) => delete value(t, 0).employerLowerRate,
		message: /field value\.employerLowerRate: /
	},
	{
		what: 'a negative minimum wage "-740"',
		id: 'labour/minimum-monthly-wage',
		row: 6,
		corrupt: (t) => (t.rows[6].value = '-740'),
		message: /field value: must be a non-negative decimal/
	},
	{
		what: 'a string where a whole number is needed (prenatal days "56")',
		id: 'benefits/maternity-benefit',
		row: 0,
		corrupt: (t) => (value(t, 0).prenatalDays = '56'),
		message: /field value\.prenatalDays: /
	},
	{
		what: 'unsorted dates (row 2 before row 1)',
		id: 'tax/non-taxable-minimum',
		row: 2,
		corrupt: (t) => (t.rows[2].validFrom = '2016-06-01'),
		message: /row 2 \(validFrom 2016-06-01\) must start after row 1/
	},
	{
		what: 'a row without its legal basis',
		id: 'pension/retirement-age-general',
		row: 3,
		corrupt: (t) => delete t.rows[3].basis,
		message: /field basis: /
	},
	{
		what: 'a JSON number where a decimal string is needed (a float would round)',
		id: 'state-benefits/minimum-pension-base',
		row: 0,
		corrupt: (t) => (value(t, 0).general = 109.01),
		message: /field value\.general: /
	},
	{
		what: 'a misspelt field (claimMonth for claimMonths)',
		id: 'benefits/funeral-benefit',
		row: 0,
		corrupt: (t) => {
			const v = value(t, 0);
			v.claimMonth = v.claimMonths;
			delete v.claimMonths;
		},
		message: /field value(\.claimMonths)?: /
	},
	{
		what: 'a rate over 100 % ("255" for 25.5)',
		id: 'social-insurance/solidarity-tax',
		row: 1,
		corrupt: (t) => (value(t, 1).rate = '255'),
		message: /field value\.rate: a percentage must be at most 100/
	},
	{
		what: 'an unknown option ("weekdays" for the paternity leave day kind)',
		id: 'benefits/paternity-benefit',
		row: 0,
		corrupt: (t) => (value(t, 0).leaveDayKind = 'weekdays'),
		message: /field value\.leaveDayKind: /
	},
	{
		what: 'a transferred day that does not exist (30 February)',
		id: 'calendar/transferred-working-days',
		row: 2,
		corrupt: (t) => ((value(t, 2).transfers as Array<Record<string, string>>)[0].dayOff = '2018-02-30'),
		message: /field value\.transfers\.0\.dayOff: is not a real calendar date/
	},
	{
		what: 'null for a required amount (the pensioner’s non-taxable minimum)',
		id: 'tax/pensioner-non-taxable-minimum',
		row: 4,
		corrupt: (t) => (value(t, 4).monthly = null),
		message: /field value\.monthly: /
	},
	{
		what: 'an age of 62 years and 12 months',
		id: 'pension/retirement-age-general',
		row: 5,
		corrupt: (t) => (t.rows[5].value = { years: 62, months: 12 }),
		message: /field value\.months: /
	}
];

describe('a corrupted table is refused with its file and row', () => {
	it('has 13 cases on distinct corruptions', () => expect(new Set(cases.map((c) => c.what)).size).toBe(13));
	it.each(cases)('$what ($id, row $row)', (c) => {
		const original = read(c.id);
		// The real table is valid, so the refusal below is the corruption's doing.
		expect(validateTable('data', `data/${c.id}.json`)).toEqual([]);
		expect(original.rows.length).toBeGreaterThan(c.row);
		c.corrupt(original);
		const file = join(tmp, 'data', `${c.id}.json`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, JSON.stringify(original));
		const problems = validateTable(join(tmp, 'data'), file);
		expect(problems.length).toBeGreaterThan(0);
		const name = c.id.split('/')[1] + '.json';
		const hit = problems.find((p) => p.includes(name) && p.includes(`row ${c.row} (validFrom `));
		expect(hit, problems.join('\n')).toBeDefined();
		expect(problems.join('\n')).toMatch(c.message);
		rmSync(file);
	});
	it('the build check fails on the corrupted folder (as `vite build` does)', () => {
		const t = read('labour/minimum-monthly-wage');
		t.rows[6].value = '-740';
		const file = join(tmp, 'build-data', 'labour', 'minimum-monthly-wage.json');
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, JSON.stringify(t));
		expect(validateAllTables(join(tmp, 'build-data')).join('\n')).toMatch(
			/minimum-monthly-wage\.json: row 6 \(validFrom [\d-]+\) field value/
		);
	});
});

describe('every record table has its own value schema', () => {
	const records = listTableFiles('data').filter((f) => JSON.parse(readFileSync(f, 'utf8')).kind === 'record');
	it('there are record tables', () => expect(records.length).toBeGreaterThan(50));
	it('each one is in the registry, and the registry names no other table', () => {
		const ids = records.map((f) => tableIdFromPath('data', f)).sort();
		expect(Object.keys(recordValueSchemas).sort()).toEqual(ids);
	});
});
