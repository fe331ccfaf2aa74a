import { coverageOf } from '$lib/engine/coverage';
import type { Calculator, FieldError } from '$lib/engine/calculator';
import { capitalIndex, estimateTables, pensionSupplement } from '$lib/pension/tables';
import { earlyAge, earlyShare, generalAge, recordTableFor } from '../retirement-age/tables';
import { computeOldAgePension, type OldAgeInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

/** Every table it reads; the range ends where the core ones end (README "Year rollover"). */
const TABLES = [...estimateTables, generalAge, earlyAge, earlyShare, recordTableFor('early')!] as Calculator['tables'];
/** Tables whose later years the estimate projects itself (capital indices, the supplement), with a notice. */
const PARTIAL = [capitalIndex, pensionSupplement] as Calculator['tables'];

const calculator: Calculator<OldAgeInput> = {
	id: meta.id,
	domain: meta.domain,
	fields,
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
