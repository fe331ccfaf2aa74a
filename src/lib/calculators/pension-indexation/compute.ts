/**
 * What the yearly indexations add to a granted pension: every indexation after the date from which the
 * pension has been paid at the amount given, up to the as-of date (src/lib/pension/indexation.ts), and
 * the supplement for record before 1996 with its own amounts.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import {
	dateValue,
	money,
	step,
	type Display,
	type Figure,
	type Msg,
	type Outcome,
	type ResultTable,
	type Step
} from '$lib/engine/explain';
import { indexPension, supplementAt, type PensionKind, type SupplementGroup } from '$lib/pension/indexation';
import type { WholeGroup } from '$lib/pension/tables';

const PRIMARY = ['amount', 'increase', 'total'];

export interface PensionIndexationInput {
	amount: string;
	paidFrom: IsoDate;
	kind: PensionKind;
	record?: number;
	wholeGroup: WholeGroup;
	supplement?: SupplementGroup;
	yearsBefore1996?: number;
}

const num = (v: Dec | string): Display => ({ type: 'number', value: new Dec(v).toString() });

export function computePensionIndexation(input: PensionIndexationInput, asOf: IsoDate): Outcome {
	const start = new Dec(input.amount);
	const r = indexPension(
		{ amount: start, paidFrom: input.paidFrom, kind: input.kind, record: input.record, wholeGroup: input.wholeGroup },
		asOf
	);
	const steps: Step[] = [step('start', { key: 'steps.start', params: { from: dateValue(input.paidFrom) } }, { value: money(start) })];
	for (const s of r.steps) {
		steps.push(
			step(
				`indexation-${s.row.validFrom}`,
				{ key: 'steps.indexation', params: { date: dateValue(s.row.validFrom) } },
				{
					value: money(s.after),
					detail: {
						key: s.whole ? 'steps.indexationWhole' : s.indexedPart.lt(s.before) ? 'steps.indexationCapped' : 'steps.indexationDetail',
						params: {
							before: money(s.before),
							part: money(s.indexedPart),
							index: num(s.index),
							increase: money(s.increase),
							band:
								s.band === 'other' ? { type: 'text', key: `bands.${input.kind}` } : { type: 'text', key: `bands.from${s.band.fromYears}` }
						}
					},
					rows: s.whole ? [s.row, s.wholeRow] : [s.row],
					rounding: s.rounding
				}
			)
		);
	}
	const increase = r.amount.minus(start);
	const notices: Msg[] = [];
	if (r.steps.length === 0) notices.push({ key: 'notices.none', params: { from: dateValue(input.paidFrom) } });
	if (r.knownUntil) notices.push({ key: 'notices.knownUntil', params: { until: dateValue(r.knownUntil) } });

	const group = input.supplement ?? 'none';
	const years = input.yearsBefore1996 ?? 0;
	const supNow = supplementAt(asOf, group, years);
	const figures: Figure[] = [
		{ id: 'amount', label: { key: 'figures.amount' }, value: money(r.amount) },
		{ id: 'increase', label: { key: 'figures.increase' }, value: money(increase) }
	];
	if (supNow) {
		steps.push(
			step(
				'supplement',
				{ key: 'steps.supplement' },
				{
					value: money(supNow.value),
					detail: { key: 'steps.supplementDetail', params: { years: num(String(years)), perYear: money(supNow.perYear.toFixed(2)) } },
					rows: [supNow.row],
					rounding: supNow.rounding
				}
			)
		);
		const total = r.amount.plus(supNow.value);
		steps.push(step('total', { key: 'steps.total' }, { value: money(total) }));
		figures.push({ id: 'total', label: { key: 'figures.total' }, value: money(total) });
		figures.push({ id: 'supplement', label: { key: 'figures.supplement' }, value: money(supNow.value) });
	}
	figures.push({ id: 'indexations', label: { key: 'figures.indexations' }, value: num(String(r.steps.length)) });

	const table: ResultTable = {
		id: 'indexations',
		caption: { key: 'table.caption' },
		columns: [
			{ id: 'date', label: { key: 'table.date' } },
			{ id: 'index', label: { key: 'table.index' }, numeric: true },
			{ id: 'part', label: { key: 'table.part' }, numeric: true },
			{ id: 'increase', label: { key: 'table.increase' }, numeric: true },
			{ id: 'after', label: { key: 'table.after' }, numeric: true },
			...(group !== 'none' && years > 0 ? [{ id: 'supplement', label: { key: 'table.supplement' }, numeric: true }] : [])
		],
		rows: r.steps.map((s): Display[] => {
			const sup = supplementAt(s.row.validFrom, group, years);
			return [
				dateValue(s.row.validFrom),
				num(s.index),
				money(s.indexedPart),
				money(s.increase),
				money(s.after),
				...(sup ? [money(sup.value)] : [])
			];
		}),
		csv: true
	};
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: {
			key: r.steps.length === 0 ? 'summary.unchanged' : 'summary.result',
			params: { amount: money(r.amount), increase: money(increase), from: dateValue(input.paidFrom) }
		},
		figures,
		steps,
		notices,
		tables: r.steps.length > 0 ? [table] : [],
		charts:
			r.steps.length > 0
				? [
						{
							type: 'bars',
							id: 'amounts',
							title: { key: 'chart.title' },
							unit: 'eur',
							items: [
								{ label: { key: 'chart.start', params: { date: dateValue(input.paidFrom) } }, value: start.toFixed(2) },
								...r.steps.map((s) => ({
									label: { key: 'chart.after', params: { date: dateValue(s.row.validFrom) } },
									value: s.after.toFixed(2)
								}))
							]
						}
					]
				: []
	};
}
