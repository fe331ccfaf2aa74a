/**
 * Worked examples. Law «Par valsts pensijām» s. 37(3); VSAA; latvija.lv (50 % for 12 months from the
 * day of death for deaths from 01.01.2019; claim within 6 months). Seed 001 (2022 budget programme):
 * when the deceased received the minimum disability pension, the spouse got 108.80 (group I, 217.60),
 * 130.40 (I since childhood, 260.80), 95.20 (II, 190.40), 114.10 (II since childhood, 228.20),
 * 68.00 (III, 136) and 81.50 (III since childhood, 163) a month.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const AS_OF = '2026-11-22';
const base = { married: true, spousePensioner: true };
const seed001: Array<[string, string, string]> = [
	['group I', '217.60', '108.80'],
	['group I since childhood', '260.80', '130.40'],
	['group II', '190.40', '95.20'],
	['group II since childhood', '228.20', '114.10'],
	['group III', '136', '68.00'],
	['group III since childhood', '163', '81.50']
];

const golden: GoldenCase[] = [
	...seed001.map(([group, pension, perMonth]): GoldenCase => ({
		name: `2022, deceased on the minimum disability pension (${group}, ${pension}): ${perMonth} a month (seed 001)`,
		note: `50 % × ${pension} = ${perMonth}; × 12 months.`,
		asOf: AS_OF,
		input: { ...base, deathDate: '2022-05-10', pension },
		expect: { kind: 'result', figures: { perMonth, months: '12' } }
	})),
	{
		name: 'Death on 01.01.2019 with a pension of 480: 240.00 a month for 12 months = 2880.00',
		note: '50 % × 480 = 240.00; 12 months from 01.01.2019 to 31.12.2019; claim by 01.07.2019.',
		asOf: AS_OF,
		input: { ...base, deathDate: '2019-01-01', pension: '480' },
		expect: { kind: 'result', figures: { perMonth: '240.00', total: '2880.00', end: '2019-12-31', claimDeadline: '2019-07-01' } }
	},
	{
		name: 'Death on 31.12.2018 with a pension of 480: one-off benefit of 2 pensions = 960.00',
		note: 'Before 2019 VSAA paid a one-off benefit of 2 months\u2019 pension (VSAA 2018; the 2016–2018 row is unconfirmed).',
		asOf: AS_OF,
		input: { ...base, deathDate: '2018-12-31', pension: '480' },
		expect: { kind: 'result', figures: { total: '960.00', claimDeadline: '2019-06-30' } }
	},
	{
		name: 'Survivor who receives no pension: not entitled',
		note: 'Both spouses must be pension recipients.',
		asOf: AS_OF,
		input: { ...base, spousePensioner: false, deathDate: '2024-02-01', pension: '600' },
		expect: { kind: 'not-eligible' }
	}
];

export default golden;
