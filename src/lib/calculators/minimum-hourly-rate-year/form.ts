/** The questions of the minimum hourly rate for a year calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { coverageYears, followsTransfersField, scheduleField } from '$lib/calendar/fields';

export const fields: FieldDef[] = [
	{ name: 'year', key: 'y', type: 'integer', example: '2026', required: true, min: coverageYears.min, max: coverageYears.max },
	scheduleField,
	followsTransfersField
];
