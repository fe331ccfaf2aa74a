/**
 * Valsts sociālā nodrošinājuma pabalsts (VSNP) — the state social security benefit for people with no
 * right to a state pension (Valsts sociālo pabalstu likums, Art. 13, https://likumi.lv/ta/id/68483):
 * persons of pension age, persons with a disability over 18 (by group; more if disabled since
 * childhood; from 2021 groups I and II get a supplement while not working), and children who lost a
 * provider (by age band, until 18, or longer while studying). The amounts are the published ones per
 * group (tables `state-benefits/vsnp-*`), not recomputed, because the pre-2020 amounts were converted
 * from lats and do not follow the euro coefficients to the cent.
 */
import { addDaysIso, addYearsMonths, ageOn, type IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { dateValue, step, text, type Display, type Figure, type Msg, type Outcome, type ResultTable, type Step } from '$lib/engine/explain';
import { NotCoveredError, requireAt, rowsInForce, type RowInForce } from '$lib/engine/tables';
import {
	vsnpConditions,
	vsnpDisabilityChildhood,
	vsnpDisabilityGeneral,
	vsnpPensionAge,
	vsnpSurvivor,
	type Group,
	type VsnpConditions,
	type VsnpDisabilityRow
} from '$lib/state-benefits/tables';
import {
	ageBreaks,
	ageDate,
	monthlyTimeline,
	tableBreaks,
	stoppedNotice,
	timelineChart,
	timelineStep,
	timelineTable,
	eur,
	type DayDue
} from '$lib/state-benefits/timeline';
import type { CATEGORIES, STUDY } from './form';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['monthly', 'monthlyNow', 'total'];

export interface VsnpInput {
	category: (typeof CATEGORIES)[number];
	/** The person has (or receives) a state pension: then no VSNP. */
	hasPension: boolean;
	reachedPensionAge?: boolean;
	birthDate?: IsoDate;
	group?: Group;
	sinceChildhood?: boolean;
	working?: boolean;
	study?: (typeof STUDY)[number];
}

export function disabilityAmount(row: VsnpDisabilityRow, group: Group, working: boolean): string {
	return group === 'III' ? row.III : row[group][working ? 'working' : 'notWorking'];
}

export function computeVsnp(input: VsnpInput, asOf: IsoDate): Outcome {
	if (input.category === 'pension-age') return pensionAge(input, asOf);
	if (input.category === 'disability') return disability(input, asOf);
	return survivor(input, asOf);
}

function pensionReason(input: VsnpInput): Msg[] {
	return input.hasPension ? [{ key: 'reasons.hasPension' }] : [];
}

function pensionAge(input: VsnpInput, asOf: IsoDate): Outcome {
	const row = requireAt(vsnpPensionAge, asOf);
	const steps: Step[] = [step('amount', { key: 'steps.pensionAge' }, { value: eur(row.value), rows: [row] })];
	const figures: Figure[] = [{ id: 'monthly', label: { key: 'figures.monthly' }, value: eur(row.value) }];
	const reasons = pensionReason(input);
	if (input.reachedPensionAge === false) reasons.unshift({ key: 'reasons.notPensionAge' });
	if (reasons.length > 0)
		return { kind: 'not-eligible', primary: PRIMARY, summary: { key: 'summary.notEligible' }, reasons, figures, steps, notices: [] };
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: { key: 'summary.monthly', params: { monthly: eur(row.value) } },
		figures,
		steps,
		notices: [{ key: 'notices.pensionAge' }]
	};
}

function disability(input: VsnpInput, asOf: IsoDate): Outcome {
	const cond = requireAt(vsnpConditions, asOf);
	const childhood = input.sinceChildhood === true;
	const table = childhood ? vsnpDisabilityChildhood : vsnpDisabilityGeneral;
	const row = requireAt(table, asOf);
	const group = input.group ?? 'III';
	const working = input.working === true;
	const amount = disabilityAmount(row.value, group, working);
	const steps: Step[] = [
		step('base', { key: childhood ? 'steps.baseChildhood' : 'steps.base' }, { value: eur(row.value.III), rows: [row] }),
		step(
			'group',
			{ key: 'steps.group', params: { group } },
			{
				value: eur(amount),
				detail:
					group === 'III'
						? undefined
						: {
								key: 'steps.groupDetail',
								params: { working: eur(row.value[group].working), notWorking: eur(row.value[group].notWorking) }
							},
				rows: [row]
			}
		)
	];
	if (group !== 'III') {
		steps.push(step('working', { key: 'steps.working' }, { value: { type: 'yesno', value: working }, rows: [row] }));
	}
	const figures: Figure[] = [{ id: 'monthly', label: { key: 'figures.monthly' }, value: eur(amount) }];
	const reasons = pensionReason(input);
	if (input.birthDate) {
		const adult = addYearsMonths(input.birthDate, cond.value.disabilityFromAgeYears, 0);
		steps.push(step('adult', { key: 'steps.adult' }, { value: dateValue(adult), rows: [cond] }));
		if (asOf < adult) {
			const age = ageOn(input.birthDate, asOf);
			reasons.unshift({
				key: 'reasons.underAge',
				params: {
					age: { type: 'age', years: age.years, months: age.months },
					from: dateValue(adult),
					limit: { type: 'number', value: String(cond.value.disabilityFromAgeYears), unit: 'years' }
				}
			});
		}
	}
	const tables = [groupsTable(row, asOf)];
	if (reasons.length > 0)
		return {
			kind: 'not-eligible',
			primary: PRIMARY,
			summary: { key: 'summary.notEligible' },
			reasons,
			figures,
			steps,
			notices: [],
			tables
		};
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: { key: 'summary.disability', params: { monthly: eur(amount), group } },
		figures,
		steps,
		notices:
			group !== 'III' && !new Dec(row.value[group].working).eq(row.value[group].notWorking) ? [{ key: 'notices.workingChanges' }] : [],
		tables
	};
}

function groupsTable(row: RowInForce<VsnpDisabilityRow>, asOf: IsoDate): ResultTable {
	const rows: Display[][] = (['I', 'II', 'III'] as Group[]).map((g) => [
		text(`fields.group.options.${g}.label`),
		eur(disabilityAmount(row.value, g, true)),
		eur(disabilityAmount(row.value, g, false))
	]);
	return {
		id: 'groups',
		caption: { key: 'groups.caption', params: { date: dateValue(asOf), table: { type: 'localized', value: row.tableTitle } } },
		columns: [
			{ id: 'group', label: { key: 'groups.group' } },
			{ id: 'working', label: { key: 'groups.working' }, numeric: true },
			{ id: 'notWorking', label: { key: 'groups.notWorking' }, numeric: true }
		],
		rows
	};
}

function survivorLimit(c: VsnpConditions, study: VsnpInput['study']): number {
	return study === 'school'
		? c.survivorSchoolUntilAgeYears
		: study === 'higher'
			? c.survivorHigherEducationUntilAgeYears
			: c.survivorUntilAgeYears;
}

/**
 * The survivor amounts in force on a day. The shared table starts with a row whose amount is not known
 * (before 01.04.2017, kept for the work-injury minimum); for this benefit that is "cannot answer".
 */
function survivorAmounts(day: IsoDate): RowInForce<{ under7: string; from7: string }> {
	const row = requireAt(vsnpSurvivor, day);
	const { under7, from7 } = row.value;
	if (under7 === null || from7 === null) {
		const known = rowsInForce(vsnpSurvivor).find((r) => r.value.under7 !== null && r.value.from7 !== null && r.validFrom > day);
		throw new NotCoveredError({
			kind: 'before-coverage',
			table: row.table,
			tableTitle: row.tableTitle,
			date: day,
			coveredFrom: known?.validFrom ?? day
		});
	}
	return { ...row, value: { under7, from7 } };
}

function survivor(input: VsnpInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const birth = input.birthDate!;
	const dueOn = (day: IsoDate): DayDue | null => {
		const cond = requireAt(vsnpConditions, day);
		if (day >= ageDate(birth, survivorLimit(cond.value, input.study))) return null;
		const row = survivorAmounts(day);
		const young = day < ageDate(birth, cond.value.survivorBandAgeYears);
		return { monthly: new Dec(young ? row.value.under7 : row.value.from7), rows: [row, cond] };
	};
	const row = survivorAmounts(asOf);
	const cond = requireAt(vsnpConditions, asOf);
	const band = addYearsMonths(birth, cond.value.survivorBandAgeYears, 0);
	steps.push(
		step('under7', { key: 'steps.under7', params: { date: dateValue(band) } }, { value: eur(row.value.under7), rows: [row, cond] })
	);
	steps.push(step('from7', { key: 'steps.from7' }, { value: eur(row.value.from7), rows: [row, cond] }));
	const end = addYearsMonths(birth, survivorLimit(cond.value, input.study), 0);
	steps.push(step('until', { key: 'steps.survivorUntil' }, { value: dateValue(addDaysIso(end, -1)), rows: [cond] }));
	const now = dueOn(asOf);
	const from = `${asOf.slice(0, 7)}-01`;
	const last = addDaysIso(end, -1);
	const ages = rowsInForce(vsnpConditions).flatMap((r) => [r.value.survivorBandAgeYears, survivorLimit(r.value, input.study)]);
	const breaks = [...tableBreaks(vsnpSurvivor, vsnpConditions), ...ageBreaks(birth, ages)];
	const timeline = from <= last ? monthlyTimeline(from, last, dueOn, breaks) : monthlyTimeline(from, from, () => null);
	const stop = stoppedNotice(timeline);
	if (stop) notices.push(stop);
	if (timeline.months.length > 0) steps.push(timelineStep(timeline));
	if (timeline.lastDay && timeline.lastDay > asOf) notices.push({ key: 'timeline.future' });
	const figures: Figure[] = [
		{ id: 'monthlyNow', label: { key: 'figures.monthlyNow' }, value: eur(now?.monthly ?? new Dec(0)) },
		{ id: 'total', label: { key: 'figures.total' }, value: eur(timeline.total) }
	];
	if (timeline.lastDay) figures.push({ id: 'until', label: { key: 'figures.until' }, value: dateValue(timeline.lastDay) });
	const reasons = pensionReason(input);
	if (timeline.months.length === 0) {
		const age = ageOn(birth, asOf);
		reasons.push({
			key: 'reasons.survivorAge',
			params: { age: { type: 'age', years: age.years, months: age.months }, until: dateValue(last) }
		});
	}
	if (reasons.length > 0)
		return { kind: 'not-eligible', primary: PRIMARY, summary: { key: 'summary.notEligible' }, reasons, figures, steps, notices };
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: {
			key: 'summary.survivor',
			params: { monthly: eur(now?.monthly ?? new Dec(0)), until: dateValue(timeline.lastDay!), total: eur(timeline.total) }
		},
		figures,
		steps,
		notices,
		tables: [timelineTable(timeline)],
		charts: [timelineChart(timeline)]
	};
}
