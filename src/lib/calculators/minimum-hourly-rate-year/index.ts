import type { Calculator } from '$lib/engine/calculator';
import { coverage, coverageYears, followsTransfersField, minimumRateTables, scheduleField } from '$lib/calendar';
import { compute, type MinimumRateYearInput } from './compute';
import { golden } from './golden';
import en from './messages.en';
import lv from './messages.lv';

const calculator: Calculator<MinimumRateYearInput> = {
	id: 'minimum-hourly-rate-year',
	domain: 'labour',
	fields: [
		{ name: 'year', key: 'y', type: 'integer', example: '2026', required: true, min: coverageYears.min, max: coverageYears.max },
		scheduleField,
		followsTransfersField
	],
	asOfRange: coverage,
	compute,
	tables: minimumRateTables,
	// In the browser the loader adds the page language only (calculators/loader.ts).
	messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
	golden
};

export default calculator;
