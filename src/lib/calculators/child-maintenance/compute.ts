/**
 * Minimum child maintenance (Civillikums Art. 179(5), https://likumi.lv/ta/id/225418; Cabinet
 * Regulation of 15.01.2013 "Noteikumi par minimālo uzturlīdzekļu apmēru bērnam"): each parent must
 * provide at least a share of the national minimum monthly wage — one share until the child turns 7,
 * a higher one from 7 to 18 (table `state-benefits/minimum-child-maintenance`, with the minimum wage
 * from `labour/minimum-monthly-wage`).
 *
 * The guardian's benefit for the child's maintenance (Valsts sociālo pabalstu likums Art. 3(1)(3);
 * Regulation No. 1643): in 2017–2019 equal to the minimum maintenance; otherwise fixed amounts by age
 * band (table `state-benefits/guardian-benefit`).
 */
import { addDaysIso, addYearsMonths, ageOn, type IsoDate } from '$lib/engine/dates';
import { Dec, percent, roundMoney } from '$lib/engine/decimal';
import { dateValue, step, type Figure, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { requireAt, rowsInForce, type RowInForce } from '$lib/engine/tables';
import { guardianBenefit, minimumMaintenance, minimumWage } from '$lib/state-benefits/tables';
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
import type { ROLES } from './form';

export interface MaintenanceInput {
	role: (typeof ROLES)[number];
	birthDate: IsoDate;
}

const REASON = 'common:rounding.cents';

interface Amount {
	monthly: Dec;
	rows: RowInForce<unknown>[];
	/** For the explanation: the minimum wage and the share used, when the amount is a share of it. */
	wage?: string;
	share?: string;
}

/** Minimum maintenance on `day`, or null from the age limit on. */
export function minimumOn(birth: IsoDate, day: IsoDate): Amount | null {
	const m = requireAt(minimumMaintenance, day);
	if (day >= ageDate(birth, m.value.untilAgeYears)) return null;
	const wage = requireAt(minimumWage, day);
	const share = day < ageDate(birth, m.value.bandAgeYears) ? m.value.underBandPercent : m.value.fromBandPercent;
	const monthly = roundMoney(new Dec(wage.value).times(percent(share)), REASON).value;
	return { monthly, rows: [m, wage], wage: wage.value, share };
}

export function guardianOn(birth: IsoDate, day: IsoDate): Amount | null {
	const g = requireAt(guardianBenefit, day);
	if (day >= ageDate(birth, g.value.untilAgeYears)) return null;
	if (g.value.basis === 'minimum-maintenance') {
		const m = minimumOn(birth, day);
		return m ? { ...m, rows: [g, ...m.rows] } : null;
	}
	const young = day < ageDate(birth, g.value.bandAgeYears);
	return { monthly: new Dec(young ? g.value.underBand : g.value.fromBand), rows: [g] };
}

/** Days on which the amount may change: rule rows (including the minimum wage) and the ages that matter. */
export function maintenanceBreaks(birth: IsoDate): IsoDate[] {
	const ages = [
		...rowsInForce(minimumMaintenance).flatMap((r) => [r.value.bandAgeYears, r.value.untilAgeYears]),
		...rowsInForce(guardianBenefit).flatMap((r) => [r.value.bandAgeYears, r.value.untilAgeYears])
	];
	return [...tableBreaks(minimumMaintenance, minimumWage, guardianBenefit), ...ageBreaks(birth, ages)];
}

export function computeMaintenance(input: MaintenanceInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const birth = input.birthDate;
	const amountOn = input.role === 'guardian' ? guardianOn : minimumOn;
	const dueOn = (day: IsoDate): DayDue | null => {
		const a = amountOn(birth, day);
		return a ? { monthly: a.monthly, rows: a.rows } : null;
	};

	const now = amountOn(birth, asOf);
	const limitYears =
		input.role === 'guardian'
			? requireAt(guardianBenefit, asOf).value.untilAgeYears
			: requireAt(minimumMaintenance, asOf).value.untilAgeYears;
	if (now?.wage && now.share) {
		const wageRow = now.rows.find((r) => r.table === minimumWage.id)!;
		const mRow = now.rows.find((r) => r.table === minimumMaintenance.id)!;
		steps.push(step('wage', { key: 'steps.wage' }, { value: eur(now.wage), rows: [wageRow] }));
		steps.push(
			step(
				'share',
				{ key: 'steps.share', params: { age: ageDisplay(birth, asOf) } },
				{ value: { type: 'percent', value: now.share }, rows: [mRow] }
			)
		);
		steps.push(
			step(
				'amount',
				{ key: input.role === 'guardian' ? 'steps.guardianLinked' : 'steps.amount' },
				{
					value: eur(now.monthly),
					detail: { key: 'steps.amountDetail', params: { wage: eur(now.wage), share: { type: 'percent', value: now.share } } },
					rows: now.rows
				}
			)
		);
	} else if (now) {
		steps.push(
			step('amount', { key: 'steps.guardianFixed', params: { age: ageDisplay(birth, asOf) } }, { value: eur(now.monthly), rows: now.rows })
		);
	}

	const from = `${asOf.slice(0, 7)}-01`;
	const maxAge = Math.max(
		...(input.role === 'guardian'
			? rowsInForce(guardianBenefit).map((r) => r.value.untilAgeYears)
			: rowsInForce(minimumMaintenance).map((r) => r.value.untilAgeYears))
	);
	const last = addDaysIso(addYearsMonths(birth, maxAge, 0), -1);
	const timeline = from <= last ? monthlyTimeline(from, last, dueOn, maintenanceBreaks(birth)) : monthlyTimeline(from, from, () => null);
	const stop = stoppedNotice(timeline);
	if (stop) notices.push(stop);
	if (timeline.months.length > 0) steps.push(timelineStep(timeline));
	if (timeline.lastDay && timeline.lastDay > asOf) notices.push({ key: 'timeline.future' });
	if (input.role === 'guardian') notices.push({ key: 'notices.guardianReduced' });

	const figures: Figure[] = [
		{ id: 'monthlyNow', label: { key: 'figures.monthlyNow' }, value: eur(now?.monthly ?? new Dec(0)) },
		{
			id: 'total',
			label: { key: 'figures.total', params: { from: { type: 'month', value: from.slice(0, 7) } } },
			value: eur(timeline.total)
		}
	];
	if (timeline.lastDay) figures.push({ id: 'until', label: { key: 'figures.until' }, value: dateValue(timeline.lastDay) });

	if (!now && timeline.months.length === 0) {
		return {
			kind: 'not-eligible',
			summary: { key: 'summary.notEligible' },
			reasons: [
				{
					key: `reasons.overAge.${input.role}`,
					params: { age: ageDisplay(birth, asOf), limit: { type: 'number', value: String(limitYears), unit: 'years' } }
				}
			],
			figures,
			steps,
			notices
		};
	}
	return {
		kind: 'result',
		summary: {
			key: `summary.${input.role}`,
			params: { monthly: eur(now?.monthly ?? new Dec(0)), until: dateValue(timeline.lastDay ?? asOf), total: eur(timeline.total) }
		},
		figures,
		steps,
		notices,
		tables: [timelineTable(timeline)],
		charts: [timelineChart(timeline)]
	};
}

function ageDisplay(birth: IsoDate, on: IsoDate) {
	const a = ageOn(birth, on);
	return { type: 'age' as const, years: a.years, months: a.months };
}
