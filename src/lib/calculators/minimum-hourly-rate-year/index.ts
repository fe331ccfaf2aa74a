import type { Calculator } from '$lib/engine/calculator';
import { coverage, minimumRateTables } from '$lib/calendar';
import { compute, type MinimumRateYearInput } from './compute';
import { fields } from './form';
import { golden } from './golden';
import en from './messages.en';
import lv from './messages.lv';

const calculator: Calculator<MinimumRateYearInput> = {
	id: 'minimum-hourly-rate-year',
	domain: 'labour',
	fields,
	asOfRange: coverage,
	compute,
	tables: minimumRateTables,
	// In the browser the loader adds the page language only (calculators/loader.ts).
	messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
	golden
};

export default calculator;
