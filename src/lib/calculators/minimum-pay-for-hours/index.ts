import type { Calculator, FieldError } from '$lib/engine/calculator';
import { coverage, coverageMonths, minimumRateTables, workingTimeTables } from '$lib/calendar';
import { valueAt } from '$lib/engine/tables';
import { Dec } from '$lib/engine/decimal';
import { compute, periodMonths, type MinimumPayInput } from './compute';
import { fields } from './form';
import { golden } from './golden';
import en from './messages.en';
import lv from './messages.lv';

function crossValidate(input: MinimumPayInput): FieldError[] {
	if (input.mode === 'part-time' && input.month && input.weeklyHours) {
		// Part-time means fewer hours than the normal week of the schedule (Labour Law s.131).
		const normal = workingTimeTables
			.map((t) => valueAt(t, `${input.month}-01`))
			.map((wt) => (wt.kind === 'ok' ? wt.row.value.schedules[input.schedule]?.weeklyHours : undefined))
			.find((h) => h !== undefined);
		if (normal && new Dec(input.weeklyHours).gte(normal)) {
			return [
				{ field: 'weeklyHours', msg: { key: 'errors.notPartTime', params: { normal: { type: 'number', value: normal, unit: 'hours' } } } }
			];
		}
	}
	if (input.mode === 'summed' && input.periodStart && input.months) {
		const last = periodMonths(input.periodStart, input.months).at(-1)!;
		if (last > coverageMonths.max) {
			return [
				{ field: 'months', msg: { key: 'errors.periodBeyondCoverage', params: { max: { type: 'month', value: coverageMonths.max } } } }
			];
		}
	}
	return [];
}

const calculator: Calculator<MinimumPayInput> = {
	id: 'minimum-pay-for-hours',
	domain: 'labour',
	fields,
	asOfRange: coverage,
	crossValidate,
	compute,
	tables: minimumRateTables,
	// In the browser the loader adds the page language only (calculators/loader.ts).
	messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
	golden
};

export default calculator;
