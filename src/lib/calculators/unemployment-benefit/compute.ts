/**
 * Unemployment benefit. Law «Par apdrošināšanu bezdarba gadījumam»; VSAA; Cabinet Regulations
 * No. 866 (2008) and No. 752 (2021). Conditions (by the date unemployed status was obtained): an
 * insurance record of at least 1 year and unemployment contributions for 9 of the last 12 months
 * (status up to 31.03.2017) or 12 of the last 16 months (from 01.04.2017); not required after
 * regaining capacity after a disability or after caring for a child with a disability to 18.
 * Amount: 50/55/60/65 % of the average contribution wage by insurance record, per calendar day;
 * paid for 9 months (100/75/50 % in blocks of 3) for status obtained up to 31.12.2019, 8 months
 * (100, 100, 75, 75, 50, 50, 45, 45 %) from 01.01.2020. Special flat amount: 60 % of twice the state
 * social security benefit per month. If the job ended at the person's own request or for a breach,
 * the benefit starts 2 months after the status. It is granted from the day it is claimed, so it
 * should be claimed on the day the status is obtained.
 */
import { addDaysIso, type IsoDate } from '$lib/engine/dates';
import { Dec, percent, roundMoney } from '$lib/engine/decimal';
import { money, step, type Figure, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { requireAt } from '$lib/engine/tables';
import { averageWage, referenceFigures, type WageInput } from '$lib/benefits/average-wage';
import {
	dailyAmount,
	date,
	figure,
	months,
	pct,
	perDay,
	shareOf,
	sumRows,
	timelineChart,
	timelineTable,
	type TimelineRow
} from '$lib/benefits/common';
import { addMonthsIso, inclusiveDays } from '$lib/benefits/periods';
import {
	unemploymentConditionsTable,
	unemploymentRateTable,
	unemploymentScheduleTable,
	unemploymentSpecialTable,
	unemploymentWageMethodTable,
	vsnpBaseTable
} from '$lib/benefits/tables';
import type { SITUATIONS } from './form';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['total', 'firstMonth', 'months'];

export type Situation = (typeof SITUATIONS)[number];

export interface UnemploymentInput extends WageInput {
	statusDate: IsoDate;
	/** Total insurance record in whole years. */
	recordYears: number;
	/** Months with unemployment contributions in the 16 (12 before 01.04.2017) months before the status. */
	contributionMonths?: number;
	situation: Situation;
	/** The job ended at the person's own request or for a breach. */
	ownRequest: boolean;
}

// The as-of date does not change the answer: every rule is chosen by the status date.
export function computeUnemployment(input: UnemploymentInput, _asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const reasons: Msg[] = [];
	const condRow = requireAt(unemploymentConditionsTable, input.statusDate);
	const c = condRow.value;

	// 1. Conditions.
	const recordOk = input.recordYears >= c.minRecordYears;
	steps.push(
		step(
			'record',
			{ key: 'steps.record' },
			{
				value: { type: 'yesno', value: recordOk },
				detail: { key: 'steps.recordDetail', params: { have: input.recordYears, need: c.minRecordYears } },
				rows: [condRow]
			}
		)
	);
	if (!recordOk) reasons.push({ key: 'reasons.record', params: { have: input.recordYears, need: c.minRecordYears } });
	const exempt = input.situation === 'disability-recovered' || input.situation === 'disabled-child-carer';
	const have = input.contributionMonths ?? 0;
	const contributionsOk = exempt || have >= c.requiredMonths;
	steps.push(
		step(
			'contributions',
			{ key: 'steps.contributions' },
			{
				value: { type: 'yesno', value: contributionsOk },
				detail: {
					key: exempt ? 'steps.contributionsExempt' : 'steps.contributionsDetail',
					params: { have, need: c.requiredMonths, window: c.windowMonths }
				},
				rows: [condRow]
			}
		)
	);
	if (!contributionsOk) reasons.push({ key: 'reasons.contributions', params: { have, need: c.requiredMonths, window: c.windowMonths } });
	if (reasons.length > 0) {
		return { kind: 'not-eligible', primary: PRIMARY, summary: { key: 'summary.notEligible' }, reasons, figures: [], steps, notices };
	}

	// 2. The payment schedule for the status date; own request delays the start by 2 months.
	const scheduleRow = requireAt(unemploymentScheduleTable, input.statusDate);
	const shares = scheduleRow.value.monthShares;
	const start = input.ownRequest ? addMonthsIso(input.statusDate, c.ownRequestDelayMonths) : input.statusDate;
	steps.push(
		step(
			'schedule',
			{ key: 'steps.schedule' },
			{
				value: months(shares.length),
				detail: { key: 'steps.scheduleDetail', params: { shares: shares.map((s) => `${s} %`).join(', ') } },
				rows: [scheduleRow]
			}
		)
	);
	if (input.ownRequest) {
		steps.push(
			step(
				'ownRequest',
				{ key: 'steps.ownRequest' },
				{ value: date(start), detail: { key: 'steps.ownRequestDetail', params: { months: c.ownRequestDelayMonths } }, rows: [condRow] }
			)
		);
	}

	const rows: TimelineRow[] = [];
	const figures: Figure[] = [];
	const special = input.situation !== 'general';
	if (special) {
		// Special flat amount per month: 60 % of twice the state social security benefit.
		const sp = requireAt(unemploymentSpecialTable, input.statusDate);
		const vsnp = requireAt(vsnpBaseTable, input.statusDate);
		const granted = roundMoney(new Dec(vsnp.value).times(sp.value.vsnpMultiplier).times(percent(sp.value.share)), 'common:rounding.cents');
		steps.push(
			step(
				'specialAmount',
				{ key: 'steps.specialAmount' },
				{
					value: money(granted.value),
					detail: {
						key: 'steps.specialAmountDetail',
						params: { vsnp: money(vsnp.value), times: sp.value.vsnpMultiplier, share: pct(sp.value.share) }
					},
					rows: [sp, vsnp],
					rounding: granted.rounding
				}
			)
		);
		shares.forEach((share, i) => {
			const from = addMonthsIso(start, i);
			const to = addDaysIso(addMonthsIso(start, i + 1), -1);
			const amount = share === '100' ? granted.value : roundMoney(granted.value.times(percent(share)), 'common:rounding.cents').value;
			rows.push({
				from,
				to,
				days: inclusiveDays(from, to),
				what: { key: 'timeline.monthSpecial', params: { n: i + 1, share: pct(share) } },
				perDayNote: { key: 'timeline.perMonth' },
				amount,
				label: { key: 'timeline.monthN', params: { n: i + 1 } }
			});
		});
		figures.push(figure('grantedPerMonth', money(granted.value)));
	} else {
		const rateTable = requireAt(unemploymentRateTable, input.statusDate);
		const band = [...rateTable.value.bands].reverse().find((b) => input.recordYears >= b.fromYears)!;
		steps.push(
			step(
				'rate',
				{ key: 'steps.rate' },
				{ value: pct(band.rate), detail: { key: 'steps.rateDetail', params: { years: input.recordYears } }, rows: [rateTable] }
			)
		);
		const method = requireAt(unemploymentWageMethodTable, input.statusDate);
		const wage = averageWage(input, input.statusDate, { method });
		steps.push(...wage.steps);
		notices.push(...wage.notices);
		const daily = dailyAmount(wage.daily, band.rate);
		steps.push(
			step(
				'grantedPerDay',
				{ key: 'steps.grantedPerDay' },
				{
					value: perDay(daily.value),
					detail: {
						key: 'steps.grantedPerDayDetail',
						params: { rate: pct(band.rate), average: { type: 'rate', value: wage.daily.toFixed(4), unit: 'eur-per-day' } }
					},
					rows: [rateTable],
					rounding: daily.rounding
				}
			)
		);
		shares.forEach((share, i) => {
			const from = addMonthsIso(start, i);
			const to = addDaysIso(addMonthsIso(start, i + 1), -1);
			const n = inclusiveDays(from, to);
			const pd = share === '100' ? daily.value : shareOf(daily.value, share).value;
			rows.push({
				from,
				to,
				days: n,
				what: { key: 'timeline.month', params: { n: i + 1, share: pct(share) } },
				perDay: pd,
				amount: pd.times(n),
				label: { key: 'timeline.monthN', params: { n: i + 1 } }
			});
		});
		figures.push(figure('rate', pct(band.rate)), figure('grantedPerDay', perDay(daily.value)), ...referenceFigures(wage.period));
		if (wage.table) notices.push({ key: 'notices.seeWageTable' });
		const total = sumRows(rows);
		return finish(input, start, rows, total, figures, steps, notices, wage.table ? [wage.table] : []);
	}
	return finish(input, start, rows, sumRows(rows), figures, steps, notices, []);
}

function finish(
	input: UnemploymentInput,
	start: IsoDate,
	rows: TimelineRow[],
	total: Dec,
	figures: Figure[],
	steps: Step[],
	notices: Msg[],
	extraTables: NonNullable<Extract<Outcome, { kind: 'result' }>['tables']>
): Outcome {
	const end = rows[rows.length - 1].to;
	steps.push(step('applyBy', { key: 'steps.applyBy' }, { value: date(input.statusDate), detail: { key: 'steps.applyByDetail' } }));
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: {
			key: 'summary.result',
			params: { total: money(total), months: rows.length, from: date(start), to: date(end), first: money(rows[0].amount!) }
		},
		figures: [
			figure('total', money(total)),
			figure('firstMonth', money(rows[0].amount!)),
			...figures,
			figure('months', months(rows.length)),
			figure('start', date(start)),
			figure('end', date(end)),
			figure('applyBy', date(input.statusDate))
		],
		steps,
		notices,
		tables: [timelineTable(rows, { key: 'timeline.caption' }), ...extraTables],
		charts: [timelineChart(rows)]
	};
}
