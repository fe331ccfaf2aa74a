/**
 * Parental benefit (vecāku pabalsts). Law «Par maternitātes un slimības apdrošināšanu»; LM
 * «Vecāku pabalsts»; VSAA. By the child's date of birth:
 * - born up to 31.12.2022: until the child is 1 at 60 %, or until 1.5 at 43.75 % of the average
 *   insurance contribution wage; while the recipient works, 30 % of the granted amount is paid;
 * - born from 01.01.2023: 13 months (basic part of 9 months from birth, 60 %) or 19 months (basic
 *   part of 15 months, 43.75 %), plus 2 non-transferable months for each parent usable until the
 *   child is 8. The maternity benefit period counts within the basic part. While working, the basic
 *   part is paid at 50 % (2023–2024) or 75 % (2025–2026) by the date of the period paid; the
 *   non-transferable part is not paid.
 * The benefit is per calendar day; claimed within 6 months of the date from which it is requested.
 */
import { addDaysIso, type IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { money, step, type Display, type Msg, type Outcome, type ResultTable, type Step } from '$lib/engine/explain';
import { NotCoveredError, requireAt, type RowInForce, type Table } from '$lib/engine/tables';
import { averageWage, referenceFigures, type WageInput } from '$lib/benefits/average-wage';
import {
	claimDeadline,
	contributionCondition,
	dailyAmount,
	date,
	days,
	figure,
	monthDisplay,
	months,
	pct,
	perDay,
	shareOf,
	sumRows,
	timelineChart,
	timelineTable,
	type TimelineRow
} from '$lib/benefits/common';
import { addMonthsIso, monthOf, splitByMonth } from '$lib/benefits/periods';
import { maternityTable, parentalOptionsTable, parentalShareByAgeTable, parentalShareTable, type ParentalRule } from '$lib/benefits/tables';
import { CLAIMANTS, OPTIONS } from './form';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['total', 'benefitPerDay', 'paidDays'];

export type ParentalOption = (typeof OPTIONS)[number];
export type Claimant = (typeof CLAIMANTS)[number];

export interface ParentalInput extends WageInput {
	birthDate: IsoDate;
	option: ParentalOption;
	claimant: Claimant;
	/** Mother: her post-natal leave was 70 days (complications or multiple birth). */
	postnatal70?: boolean;
	/** The date from which the benefit is requested (default: after the maternity leave, or the birth). */
	startDate?: IsoDate;
	/** Works or earns self-employed income while receiving the benefit. */
	working: boolean;
	/** Employee or self-employed (other parent). */
	insured?: boolean;
	months6?: number;
	months24?: number;
}

interface Part {
	kind: 'age' | 'basic' | 'nonTransferable';
	from: IsoDate;
	to: IsoDate;
}

interface Plan {
	rule: RowInForce<ParentalRule>;
	rate: string;
	parts: Part[];
	/** Last day of the period the benefit could be paid for this option (for messages). */
	periodEnd: IsoDate;
}

/** The periods the claimant is paid for under one option, or a reason why there are none. */
function planFor(input: ParentalInput, start: IsoDate, option: ParentalOption): Plan | { reason: Msg } {
	const rule = requireAt(parentalOptionsTable, input.birthDate);
	const r = rule.value;
	if (r.scheme === 'age') {
		const o = r[option];
		const end = addDaysIso(addMonthsIso(input.birthDate, o.untilAgeMonths), -1);
		if (start > end) return { reason: { key: 'reasons.periodOver', params: { end: date(end) } } };
		return { rule, rate: o.rate, parts: [{ kind: 'age', from: start, to: end }], periodEnd: end };
	}
	const o = r[option];
	const basicEnd = addDaysIso(addMonthsIso(input.birthDate, o.basicMonths), -1);
	const lastAllowed = addDaysIso(addMonthsIso(input.birthDate, r.nonTransferableUntilAgeYears * 12), -1);
	const parts: Part[] = [];
	if (start <= basicEnd) parts.push({ kind: 'basic', from: start, to: basicEnd });
	const ntFrom = start <= basicEnd ? addDaysIso(basicEnd, 1) : start;
	if (ntFrom > lastAllowed) return { reason: { key: 'reasons.tooOld', params: { end: date(lastAllowed) } } };
	const ntTo = addDaysIso(addMonthsIso(ntFrom, r.nonTransferableMonths), -1);
	parts.push({ kind: 'nonTransferable', from: ntFrom, to: ntTo < lastAllowed ? ntTo : lastAllowed });
	return { rule, rate: o.rate, parts, periodEnd: basicEnd };
}

/** The share paid while working for a period starting on `from`, with the row that says so. */
function workingShare(part: Part, from: IsoDate, rule: ParentalRule): { share: string; row?: RowInForce<string> } {
	if (part.kind === 'nonTransferable' && rule.scheme === 'months' && !rule.nonTransferablePaidWhileWorking) return { share: '0' };
	const table: Table<string> = part.kind === 'age' ? parentalShareByAgeTable : parentalShareTable;
	const row = requireAt(table, from);
	return { share: row.value, row };
}

interface Priced {
	rows: TimelineRow[];
	shareRows: RowInForce<string>[];
}

function price(plan: Plan, daily: Dec, working: boolean): Priced {
	const rows: TimelineRow[] = [];
	const shareRows: RowInForce<string>[] = [];
	for (const part of plan.parts) {
		for (const seg of splitByMonth(part.from, part.to)) {
			let amountPerDay = daily;
			let what: Msg = { key: `timeline.${part.kind}`, params: { rate: pct(plan.rate) } };
			if (working) {
				const s = workingShare(part, seg.from, plan.rule.value);
				if (s.row && !shareRows.some((x) => x.table === s.row!.table && x.validFrom === s.row!.validFrom)) shareRows.push(s.row);
				amountPerDay = s.share === '0' ? new Dec(0) : shareOf(daily, s.share).value;
				what = { key: `timeline.${part.kind}Working`, params: { rate: pct(plan.rate), share: pct(s.share) } };
			}
			rows.push({
				from: seg.from,
				to: seg.to,
				days: seg.days,
				what,
				perDay: amountPerDay,
				amount: amountPerDay.times(seg.days),
				label: { key: 'timeline.month', params: { month: monthDisplay(monthOf(seg.from)) } }
			});
		}
	}
	return { rows, shareRows };
}

export function computeParental(input: ParentalInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const reasons: Msg[] = [];
	const rule = requireAt(parentalOptionsTable, input.birthDate);
	const r = rule.value;

	// The date the benefit starts: after the mother's post-natal leave, or from the birth.
	let start = input.startDate;
	if (!start) {
		if (input.claimant === 'mother') {
			const m = requireAt(maternityTable, input.birthDate);
			const post = input.postnatal70 ? m.value.postnatalDaysComplications : m.value.postnatalDays;
			start = addDaysIso(input.birthDate, post);
			steps.push(
				step(
					'start',
					{ key: 'steps.startAfterMaternity' },
					{ value: date(start), detail: { key: 'steps.startAfterMaternityDetail', params: { days: post } }, rows: [m] }
				)
			);
		} else {
			start = input.birthDate;
			steps.push(step('start', { key: 'steps.startFromBirth' }, { value: date(start) }));
		}
	} else steps.push(step('start', { key: 'steps.startEntered' }, { value: date(start) }));

	steps.push(
		step(
			'scheme',
			{ key: 'steps.scheme' },
			{
				value: { type: 'text', key: `values.${r.scheme}.${input.option}` },
				detail: { key: r.scheme === 'age' ? 'steps.schemeAge' : 'steps.schemeMonths', params: { birth: date(input.birthDate) } },
				rows: [rule]
			}
		)
	);

	// Eligibility: the other parent must be insured and meet the contribution condition; a mother who
	// received maternity benefit for this child may get it even when not employed (VSAA).
	if (input.claimant === 'other-parent') {
		if (input.insured === false) reasons.push({ key: 'reasons.notInsured' });
		const condition = contributionCondition(start, input.months6 ?? 0, input.months24);
		steps.push(condition.step);
		reasons.push(...condition.reasons);
	} else notices.push({ key: 'notices.motherAfterMaternity' });
	const plan = planFor(input, start, input.option);
	if ('reason' in plan) reasons.push(plan.reason);
	if (reasons.length > 0 || 'reason' in plan) {
		return { kind: 'not-eligible', primary: PRIMARY, summary: { key: 'summary.notEligible' }, reasons, figures: [], steps, notices };
	}

	const wage = averageWage(input, start);
	steps.push(...wage.steps);
	notices.push(...wage.notices);
	const daily = dailyAmount(wage.daily, plan.rate);
	steps.push(
		step(
			'benefitPerDay',
			{ key: 'steps.benefitPerDay' },
			{
				value: perDay(daily.value),
				detail: {
					key: 'steps.benefitPerDayDetail',
					params: { rate: pct(plan.rate), average: { type: 'rate', value: wage.daily.toFixed(4), unit: 'eur-per-day' } }
				},
				rows: [rule],
				rounding: daily.rounding
			}
		)
	);
	for (const p of plan.parts) {
		steps.push(
			step(
				`part-${p.kind}`,
				{ key: `steps.part.${p.kind}` },
				{
					value: { type: 'text', key: 'values.range', params: { from: date(p.from), to: date(p.to) } },
					detail: p.kind === 'nonTransferable' ? { key: 'steps.nonTransferableDetail' } : undefined,
					rows: [rule]
				}
			)
		);
	}

	const priced = price(plan, daily.value, input.working);
	if (input.working) {
		for (const row of priced.shareRows) {
			steps.push(
				step(
					`workingShare-${row.validFrom}`,
					{ key: 'steps.workingShare', params: { since: date(row.validFrom) } },
					{ value: pct(row.value), rows: [row] }
				)
			);
		}
		if (r.scheme === 'months') notices.push({ key: 'notices.nonTransferableNotWhileWorking' });
	}
	const rows = priced.rows;
	const total = sumRows(rows);
	const paidDays = rows.reduce((n, x) => n + x.days, 0);
	if (r.scheme === 'months') notices.push({ key: 'notices.otherParent', params: { months: r.nonTransferableMonths } });

	const claim = claimDeadline(start, r.claimMonths, rule, asOf);
	steps.push(claim.step);
	notices.push(...claim.notices);

	const figures = [
		figure('total', money(total)),
		figure('benefitPerDay', perDay(daily.value)),
		figure('paidDays', days(paidDays)),
		figure('start', date(start)),
		figure('end', date(rows[rows.length - 1].to)),
		figure('claimDeadline', date(claim.deadline)),
		...referenceFigures(wage.period)
	];
	if (input.working) figures.splice(2, 0, figure('firstMonthPerDay', perDay(rows[0].perDay!)));
	if (r.scheme === 'months') figures.push(figure('otherParentMonths', months(r.nonTransferableMonths)));

	return {
		kind: 'result',
		primary: PRIMARY,
		summary: {
			key: input.working ? 'summary.resultWorking' : 'summary.result',
			params: { total: money(total), from: date(start), to: date(rows[rows.length - 1].to), perDay: perDay(daily.value) }
		},
		figures,
		steps,
		notices,
		tables: [timelineTable(rows), comparison(input, start, wage.daily), ...(wage.table ? [wage.table] : [])],
		charts: [timelineChart(rows)]
	};
}

/** Both options side by side: rate, per day, days, total on leave and total while working. */
function comparison(input: ParentalInput, start: IsoDate, dailyAverage: Dec): ResultTable {
	const tableRows: Display[][] = [];
	const scheme = requireAt(parentalOptionsTable, input.birthDate).value.scheme;
	for (const option of OPTIONS) {
		const plan = planFor(input, start, option);
		const label: Display = { type: 'text', key: `values.${scheme}.${option}` };
		if ('reason' in plan) {
			const none: Display = { type: 'text', key: 'comparison.none' };
			tableRows.push([label, none, none, none, none, none]);
			continue;
		}
		const daily = dailyAmount(dailyAverage, plan.rate).value;
		const onLeave = price(plan, daily, false);
		let workingCell: Display;
		try {
			workingCell = money(sumRows(price(plan, daily, true).rows));
		} catch (e) {
			// The share paid while working is not known for some month of this option.
			if (!(e instanceof NotCoveredError)) throw e;
			workingCell = { type: 'text', key: 'comparison.unknown' };
		}
		const n = onLeave.rows.reduce((s, x) => s + x.days, 0);
		tableRows.push([label, pct(plan.rate), perDay(daily), days(n), money(sumRows(onLeave.rows)), workingCell]);
	}
	return {
		id: 'comparison',
		caption: { key: 'comparison.caption' },
		csv: true,
		columns: [
			{ id: 'option', label: { key: 'comparison.option' } },
			{ id: 'rate', label: { key: 'comparison.rate' }, numeric: true },
			{ id: 'perDay', label: { key: 'comparison.perDay' }, numeric: true },
			{ id: 'days', label: { key: 'comparison.days' }, numeric: true },
			{ id: 'onLeave', label: { key: 'comparison.onLeave' }, numeric: true },
			{ id: 'working', label: { key: 'comparison.working' }, numeric: true }
		],
		rows: tableRows
	};
}
