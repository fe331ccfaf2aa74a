import { monthlyAboveAnnualMaximum } from '$lib/tax/plausibility';
import type { Calculator } from '$lib/engine/calculator';
import { coverageOf } from '$lib/engine/coverage';
import { CATEGORY_INFO, generalRateByInsuranceType, minimumContributions, socialInsuranceTables } from '$lib/tax/tables';
import { computeContributionsOutcome, type ContributionsInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

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
	fields,
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
