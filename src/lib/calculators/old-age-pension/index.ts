import { coverageOf } from '$lib/engine/coverage';
import type { Calculator, FieldError } from '$lib/engine/calculator';
import { capitalIndex, estimateTables, pensionSupplement } from '$lib/pension/tables';
import { earlyAge, earlyShare, generalAge, recordTableFor } from '../retirement-age/tables';
import { computeOldAgePension, MODES, ROUTES, type OldAgeInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const is =
	(...modes: string[]) =>
	(v: Record<string, unknown>) =>
		modes.includes(String(v.mode ?? 'salary'));

/** Every table it reads; the range ends where the core ones end (README "Year rollover"). */
const TABLES = [...estimateTables, generalAge, earlyAge, earlyShare, recordTableFor('early')!] as Calculator['tables'];
/** Tables whose later years the estimate projects itself (capital indices, the supplement), with a notice. */
const PARTIAL = [capitalIndex, pensionSupplement] as Calculator['tables'];

const calculator: Calculator<OldAgeInput> = {
	id: meta.id,
	domain: meta.domain,
	fields: [
		{ name: 'birthDate', key: 'b', type: 'date', example: '1975-03-15', required: true, min: '1930-01-01', max: 'asOf' },
		{ name: 'route', key: 'o', type: 'choice', options: ROUTES, display: 'radio', required: true, default: 'general' },
		{ name: 'mode', key: 'm', type: 'choice', options: MODES, display: 'radio', required: true, default: 'salary' },
		{ name: 'salary', key: 's', type: 'money', example: '1500', min: '0', max: '100000', required: true, showIf: is('salary', 'capital') },
		{ name: 'startYear', key: 'y', type: 'integer', example: '2000', min: 1996, max: 2027, required: true, showIf: is('salary', 'wages') },
		{
			name: 'wages',
			key: 'w',
			type: 'money-list',
			example: '9000;9600;10200',
			minItems: 1,
			maxItems: 60,
			required: true,
			showIf: is('wages')
		},
		{ name: 'capital', key: 'k', type: 'money', example: '25000', min: '0', max: '10000000', required: true, showIf: is('capital') },
		{ name: 'growth', key: 'g', type: 'decimal', example: '4', min: '0', max: '20', places: 1, unit: 'percent', required: false },
		{ name: 'fundedMember', key: 'f', type: 'boolean', required: true, default: false },
		{
			name: 'fundedCapital',
			key: 'fc',
			type: 'money',
			example: '12000',
			min: '0',
			max: '10000000',
			required: false,
			showIf: (v) => v.fundedMember === true
		},
		{ name: 'recordBefore1996', key: 'a', type: 'integer', example: '10', min: 0, max: 50, unit: 'years', required: false },
		{
			name: 'wage1996to1999',
			key: 'vi',
			type: 'money',
			example: '250',
			min: '0',
			max: '100000',
			required: false,
			showIf: (v) => typeof v.recordBefore1996 === 'number' && v.recordBefore1996 > 0
		},
		{ name: 'record', key: 'r', type: 'integer', example: '40', min: 0, max: 70, unit: 'years', required: false },
		{ name: 'g', key: 'gv', type: 'decimal', example: '18.49', min: '1', max: '50', places: 2, required: false }
	],
	asOfRange: coverageOf(TABLES, { from: '2016-01-01', partial: PARTIAL }),
	crossValidate: (input, asOf) => {
		const errors: FieldError[] = [];
		const year = Number(asOf.slice(0, 4));
		if (input.mode !== 'capital' && input.startYear !== undefined && input.startYear > year) {
			errors.push({ field: 'startYear', msg: { key: 'errors.startYearFuture', params: { year } } });
		}
		if (input.mode === 'wages' && input.startYear !== undefined && input.wages && input.startYear + input.wages.length - 1 > year) {
			errors.push({
				field: 'wages',
				msg: { key: 'errors.wagesTooMany', params: { from: input.startYear, year, count: year - input.startYear + 1 } }
			});
		}
		if (input.mode === 'capital' && (input.recordBefore1996 ?? 0) > 0 && input.wage1996to1999 === undefined) {
			errors.push({ field: 'wage1996to1999', msg: { key: 'errors.wage1996Needed' } });
		}
		return errors;
	},
	compute: computeOldAgePension,
	tables: TABLES,
	partialTables: PARTIAL,
	// In the browser the loader adds the page language only (calculators/loader.ts).
	messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
	golden
};

export default calculator;
