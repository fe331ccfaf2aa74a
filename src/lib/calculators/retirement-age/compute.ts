/**
 * When can I get the old-age pension? Law "Par valsts pensijām" (https://likumi.lv/ta/id/38048):
 * the general age and its transitional schedules, early retirement, and the special categories
 * that retire earlier ("ar atvieglotiem noteikumiem"). The required age is the one in force on the
 * day it is reached (see src/lib/pension/schedule.ts); the minimum insurance record is the one in
 * force on that day too.
 */
import { ageOn, type IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { step, text, type Figure, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { requireAt, type RowInForce } from '$lib/engine/tables';
import { cappedSchedule, earliestDate } from '$lib/pension/schedule';
import { ageTableFor, earlyShare, generalAge, LIST_CATEGORIES, listShare, recordTableFor, type Category } from './tables';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['pensionDate', 'ageAtPension', 'fullPensionFrom'];

export interface RetirementInput {
	birthDate: IsoDate;
	category: Category;
	/** Years of insurance record the person will have (optional). */
	record?: number;
}

const age = (a: { years: number; months: number }) => ({ type: 'age' as const, years: a.years, months: a.months });
const date = (value: IsoDate) => ({ type: 'date' as const, value });

export function computeRetirement(input: RetirementInput, asOf: IsoDate): Outcome {
	const { birthDate, category } = input;
	const steps: Step[] = [];
	const notices: Msg[] = [];

	steps.push(step('category', { key: 'steps.category' }, { value: text(`fields.category.options.${category}.label`) }));

	// 1. The schedule for the category, never above the general age on the same day.
	const catTable = ageTableFor(category);
	const segments = cappedSchedule(catTable, category === 'general' ? undefined : generalAge);
	const found = earliestDate(birthDate, segments);
	if (found.kind === 'before-schedule') {
		return {
			kind: 'cannot-answer',
			reason: {
				key: 'cannot.beforeSchedule',
				params: { from: date(found.scheduleFrom), table: { type: 'localized', value: catTable.title } }
			},
			steps,
			notices
		};
	}
	if (found.kind === 'after-schedule') {
		return {
			kind: 'cannot-answer',
			reason: { key: 'cannot.afterSchedule', params: { until: date(found.until), table: { type: 'localized', value: catTable.title } } },
			steps,
			notices
		};
	}
	const { date: pensionDate, segment } = found;
	const reachedAge = ageOn(birthDate, pensionDate);
	steps.push(
		step(
			'requiredAge',
			{ key: 'steps.requiredAge', params: { from: date(segment.from) } },
			{
				value: age(segment.age),
				detail: { key: segment.capped ? 'steps.requiredAgeCapped' : 'steps.requiredAgeDetail', params: { from: date(segment.from) } },
				rows: segment.rows
			}
		)
	);
	steps.push(
		step(
			'pensionDate',
			{ key: 'steps.pensionDate' },
			{
				value: date(pensionDate),
				detail: { key: 'steps.pensionDateDetail', params: { birth: date(birthDate), age: age(segment.age) } },
				rows: segment.rows
			}
		)
	);

	// 2. The minimum insurance record in force on that day.
	const recordTable = recordTableFor(category);
	let recordRow: RowInForce<string> | undefined;
	if (recordTable) {
		recordRow = requireAt(recordTable, pensionDate);
		steps.push(
			step(
				'minimumRecord',
				{ key: 'steps.minimumRecord' },
				{ value: { type: 'number', value: recordRow.value, unit: 'years' }, rows: [recordRow] }
			)
		);
	} else {
		notices.push({ key: 'notices.recordUnknown' });
	}
	// Hazardous work: part of the record must be in work under the lists before 1996. We state the
	// condition with its source; checking it needs the person's work history, which we do not ask for.
	if (LIST_CATEGORIES.includes(category)) {
		const share = requireAt(listShare, pensionDate);
		steps.push(
			step(
				'listShare',
				{ key: 'steps.listShare' },
				{
					value: { type: 'percent', value: new Dec(share.value).times(100).toString() },
					detail: { key: 'steps.listShareDetail' },
					rows: [share]
				}
			)
		);
		notices.push({ key: 'notices.listShare', params: { share: { type: 'percent', value: new Dec(share.value).times(100).toString() } } });
	}

	// Each category's own record condition applies; where none is sourced, we say so rather than guess.
	const requiredYears = recordRow ? new Dec(recordRow.value) : undefined;

	const figures: Figure[] = [
		{ id: 'pensionDate', label: { key: 'figures.pensionDate' }, value: date(pensionDate) },
		{ id: 'ageAtPension', label: { key: 'figures.ageAtPension' }, value: age(reachedAge) }
	];
	if (requiredYears) {
		figures.push({
			id: 'minimumRecord',
			label: { key: 'figures.minimumRecord' },
			value: { type: 'number', value: requiredYears.toString(), unit: 'years' }
		});
	}

	// 3. Early retirement: paid in part until the general age.
	if (category === 'early') {
		const gen = earliestDate(birthDate, cappedSchedule(generalAge, undefined));
		const share = requireAt(earlyShare, pensionDate);
		if (gen.kind === 'found') {
			steps.push(
				step(
					'generalDate',
					{ key: 'steps.generalDate' },
					{
						value: date(gen.date),
						detail: { key: 'steps.generalDateDetail', params: { share: { type: 'percent', value: share.value } } },
						rows: [...gen.segment.rows, share]
					}
				)
			);
			figures.push({ id: 'fullPensionFrom', label: { key: 'figures.fullPensionFrom' }, value: date(gen.date) });
			figures.push({ id: 'earlyShare', label: { key: 'figures.earlyShare' }, value: { type: 'percent', value: share.value } });
		}
	}

	const when = pensionDate <= asOf ? 'past' : 'future';
	if (input.record !== undefined && requiredYears && recordRow) {
		const has = new Dec(input.record);
		const meets = has.gte(requiredYears);
		steps.push(
			step(
				'recordCheck',
				{ key: 'steps.recordCheck', params: { has: { type: 'number', value: has.toString(), unit: 'years' } } },
				{
					value: { type: 'yesno', value: meets },
					rows: [recordRow]
				}
			)
		);
		figures.push({ id: 'recordMet', label: { key: 'figures.recordMet' }, value: { type: 'yesno', value: meets } });
		if (!meets) {
			const missing = requiredYears.minus(has);
			const reasons: Msg[] = [
				{
					key: 'reasons.record',
					params: {
						has: { type: 'number', value: has.toString(), unit: 'years' },
						required: { type: 'number', value: requiredYears.toString(), unit: 'years' },
						missing: { type: 'number', value: missing.toString(), unit: 'years' }
					}
				}
			];
			if (category !== 'general') reasons.push({ key: 'reasons.considerGeneral' });
			return {
				kind: 'not-eligible',
				primary: PRIMARY,
				summary: { key: 'summary.notEligible', params: { date: date(pensionDate) } },
				reasons,
				figures,
				steps,
				notices
			};
		}
	} else if (requiredYears) {
		notices.push({
			key: 'notices.recordNotGiven',
			params: { required: { type: 'number', value: requiredYears.toString(), unit: 'years' } }
		});
	}

	return {
		kind: 'result',
		primary: PRIMARY,
		summary: { key: `summary.${when}`, params: { date: date(pensionDate), age: age(reachedAge) } },
		figures,
		steps,
		notices
	};
}
