import { monthlyAboveAnnualMaximum } from '$lib/tax/plausibility';
import type { Calculator } from '$lib/engine/calculator';
import { coverageOf } from '$lib/engine/coverage';
import { CATEGORY_INFO, generalRateByInsuranceType, minimumContributions, PAYER_CATEGORIES, socialInsuranceTables } from '$lib/tax/tables';
import { computeContributionsOutcome, type ContributionsInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const isSelfEmployed = (v: Record<string, unknown>) =>
	typeof v.category === 'string' && CATEGORY_INFO[v.category as keyof typeof CATEGORY_INFO]?.selfEmployed === true;

/**
 * Tables only some answers need, which start later than 2016 (categories sourced from 2017, the minimum
 * contributions from July 2021) or describe 2017 only (the split by insurance type).
 */
const partialTables = [
	...(
		[
			'employee-prisoner',
			'employee-prisoner-pension-age',
			'board-member',
			'board-member-pension-age',
			'real-estate',
			'foreign-employer'
		] as const
	).map((c) => CATEGORY_INFO[c].table),
	generalRateByInsuranceType,
	minimumContributions
] as Calculator['tables'];
const tables = socialInsuranceTables as Calculator['tables'];

const calculator: Calculator<ContributionsInput> = {
	id: meta.id,
	domain: meta.domain,
	fields: [
		{ name: 'category', key: 'c', type: 'choice', options: PAYER_CATEGORIES, display: 'select', required: true, default: 'employee' },
		{ name: 'amount', key: 'a', type: 'money', example: '1500', required: true, min: '0', max: '100000000' },
		{ name: 'period', key: 'pe', type: 'choice', options: ['month', 'year'], display: 'radio', required: true, default: 'month' },
		{
			name: 'earlier',
			key: 'e',
			type: 'money',
			example: '12000',
			required: false,
			min: '0',
			max: '100000000',
			showIf: (v) => v.period === 'month'
		},
		{
			name: 'chosenObject',
			key: 'so',
			type: 'money',
			example: '1000',
			required: false,
			min: '0',
			max: '100000000',
			showIf: (v) => v.period === 'month' && isSelfEmployed(v)
		}
	],
	asOfRange: coverageOf(tables, { partial: partialTables }),
	// A yearly amount above the maximum is capped by the calculation itself; a monthly one is questioned.
	plausibility: (input, asOf) => (input.period === 'month' ? monthlyAboveAnnualMaximum('amount', [input.amount], asOf) : []),
	compute: computeContributionsOutcome,
	tables,
	partialTables,
	// In the browser the loader adds the page language only (calculators/loader.ts).
	messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
	golden
};

export default calculator;
