/**
 * How much of the pension is paid after income tax (law "Par iedzīvotāju ienākuma nodokli"; VSAA): the
 * month of the as-of date, and each month of its year with the rules of that month (the pensioners'
 * non-taxable minimum changed on 1 July 2022 and 1 January 2025). See src/lib/pension/tax.ts.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { money, step, type Display, type Figure, type Msg, type Outcome, type ResultTable, type Step } from '$lib/engine/explain';
import { pensionTax, type PensionRelief, type TaxBookPlace } from '$lib/pension/tax';

const PRIMARY = ['net', 'tax', 'annualNet'];

export interface PensionTaxInput {
	pension: string;
	supplement?: string;
	taxBook: TaxBookPlace;
	relief: PensionRelief;
}

const pct = (v: Dec | string): Display => ({ type: 'percent', value: new Dec(v).toString() });
const monthDate = (year: string, m: number) => `${year}-${String(m).padStart(2, '0')}-01`;

export function computePensionTax(input: PensionTaxInput, asOf: IsoDate): Outcome {
	const gross = new Dec(input.pension).plus(input.supplement ?? '0');
	const month = monthDate(asOf.slice(0, 4), Number(asOf.slice(5, 7)));
	const t = pensionTax(gross, input.taxBook, input.relief, month);
	const steps: Step[] = [];
	steps.push(
		step(
			'gross',
			{ key: input.supplement ? 'steps.grossWithSupplement' : 'steps.gross' },
			{
				value: money(gross),
				detail: input.supplement
					? { key: 'steps.grossDetail', params: { pension: money(input.pension), supplement: money(input.supplement) } }
					: undefined
			}
		)
	);
	steps.push(
		step(
			'ntm',
			{ key: 'steps.ntm', params: { month: { type: 'month', value: month.slice(0, 7) } } },
			{
				value: money(t.ntmApplied),
				detail: {
					key: input.taxBook === 'employer' && t.ntmRow.value.salaryShareWithTaxBook !== null ? 'steps.ntmSplit' : 'steps.ntmDetail',
					params: { available: money(t.ntmAvailable), monthly: money(t.ntmRow.value.monthly) }
				},
				rows: [t.ntmRow]
			}
		)
	);
	if (input.relief !== 'none') {
		steps.push(
			step(
				'relief',
				{ key: `steps.relief.${input.taxBook === 'vsaa' ? 'applied' : 'notHere'}` },
				{
					value: money(t.reliefApplied),
					rows: t.reliefRow ? [t.reliefRow] : []
				}
			)
		);
	}
	steps.push(step('taxable', { key: 'steps.taxable' }, { value: money(t.taxable) }));
	const used = t.brackets.filter((b) => b.base.gt(0));
	steps.push(
		step(
			'tax',
			{ key: input.taxBook === 'vsaa' ? 'steps.taxWithBook' : 'steps.taxWithoutBook' },
			{
				value: money(t.tax.value),
				detail: {
					key: `steps.taxDetail${Math.min(used.length, 2)}`,
					params: Object.fromEntries(
						used.flatMap((b, i) => [
							[`base${i + 1}`, money(b.base)],
							[`rate${i + 1}`, pct(b.rate)]
						])
					)
				},
				rows: [t.taxRow],
				rounding: t.tax.rounding
			}
		)
	);
	steps.push(step('net', { key: 'steps.net' }, { value: money(t.net) }));

	// The year: every month with the rules in force in that month.
	const year = asOf.slice(0, 4);
	const months = Array.from({ length: 12 }, (_, i) => ({
		m: i + 1,
		r: pensionTax(gross, input.taxBook, input.relief, monthDate(year, i + 1))
	}));
	const annualTax = months.reduce((s, x) => s.plus(x.r.tax.value), new Dec(0));
	const annualNet = months.reduce((s, x) => s.plus(x.r.net), new Dec(0));
	const table: ResultTable = {
		id: 'months',
		caption: { key: 'table.caption', params: { year } },
		columns: [
			{ id: 'month', label: { key: 'table.month' } },
			{ id: 'gross', label: { key: 'table.gross' }, numeric: true },
			{ id: 'ntm', label: { key: 'table.ntm' }, numeric: true },
			{ id: 'tax', label: { key: 'table.tax' }, numeric: true },
			{ id: 'net', label: { key: 'table.net' }, numeric: true }
		],
		rows: months.map(({ m, r }) => [
			{ type: 'month', value: monthDate(year, m).slice(0, 7) },
			money(r.gross),
			money(r.ntmApplied),
			money(r.tax.value),
			money(r.net)
		]),
		csv: true
	};
	const figures: Figure[] = [
		{ id: 'net', label: { key: 'figures.net' }, value: money(t.net) },
		{ id: 'tax', label: { key: 'figures.tax' }, value: money(t.tax.value) },
		{ id: 'annualNet', label: { key: 'figures.annualNet', params: { year } }, value: money(annualNet) },
		{ id: 'gross', label: { key: 'figures.gross' }, value: money(gross) },
		{ id: 'ntm', label: { key: 'figures.ntm' }, value: money(t.ntmApplied) },
		{ id: 'annualTax', label: { key: 'figures.annualTax', params: { year } }, value: money(annualTax) }
	];
	const notices: Msg[] = [];
	if (input.taxBook !== 'vsaa' && input.relief !== 'none') notices.push({ key: 'notices.reliefElsewhere' });
	notices.push({ key: 'notices.annualReturn' });
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: {
			key: 'summary.result',
			params: {
				net: money(t.net),
				gross: money(gross),
				tax: money(t.tax.value),
				month: { type: 'month', value: month.slice(0, 7) },
				rate: pct(used[0]?.rate ?? 0)
			}
		},
		figures,
		steps,
		notices,
		tables: [table],
		charts: [
			{
				type: 'bars',
				id: 'split',
				title: { key: 'chart.title' },
				unit: 'eur',
				items: [
					{ label: { key: 'chart.net' }, value: t.net.toFixed(2) },
					{ label: { key: 'chart.tax' }, value: t.tax.value.toFixed(2) }
				]
			}
		]
	};
}
