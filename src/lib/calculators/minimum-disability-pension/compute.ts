/**
 * Minimālā invaliditātes pensija — the minimum disability pension: the base of the minimum pension
 * (until 2019 the state social security benefit; from 2020 set by the Cabinet; higher for persons
 * disabled since childhood) × the coefficient for the disability group (I 1.6, II 1.4, III 1),
 * rounded to the cent (LM "Minimālie pensiju apmēri"; law "Par valsts pensijām"). A calculated
 * disability pension below the minimum is raised to it.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec, roundMoney } from '$lib/engine/decimal';
import { step, text, type Display, type Figure, type Msg, type Outcome, type ResultTable, type Step } from '$lib/engine/explain';
import { eur } from '$lib/state-benefits/timeline';
import { requireAt } from '$lib/engine/tables';
import { minimumDisabilityCoefficients, minimumPensionBase, type Group } from '$lib/state-benefits/tables';
import { GROUPS } from './form';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['minimum', 'paid'];

export interface MinimumDisabilityInput {
	group: Group;
	sinceChildhood: boolean;
	/** The disability pension as calculated from the person's insurance (optional). */
	pension?: string;
}

const REASON = 'common:rounding.cents';

export function minimumFor(base: string, coefficient: string) {
	return roundMoney(new Dec(base).times(coefficient), REASON);
}

export function computeMinimumDisability(input: MinimumDisabilityInput, asOf: IsoDate): Outcome {
	const baseRow = requireAt(minimumPensionBase, asOf);
	const coefRow = requireAt(minimumDisabilityCoefficients, asOf);
	const base = input.sinceChildhood ? baseRow.value.sinceChildhood : baseRow.value.general;
	const coef = coefRow.value[input.group];
	const min = minimumFor(base, coef);
	const steps: Step[] = [
		step('base', { key: input.sinceChildhood ? 'steps.baseChildhood' : 'steps.base' }, { value: eur(base), rows: [baseRow] }),
		step(
			'coefficient',
			{ key: 'steps.coefficient', params: { group: input.group } },
			{ value: { type: 'number', value: coef }, rows: [coefRow] }
		),
		step(
			'minimum',
			{ key: 'steps.minimum' },
			{
				value: eur(min.value),
				detail: { key: 'steps.minimumDetail', params: { base: eur(base), coef: { type: 'number', value: coef } } },
				rows: [baseRow, coefRow],
				rounding: min.rounding
			}
		)
	];
	const figures: Figure[] = [{ id: 'minimum', label: { key: 'figures.minimum' }, value: eur(min.value) }];
	let summary: Msg = {
		key: 'summary.minimum',
		params: { minimum: eur(min.value), group: input.group }
	};
	if (input.pension !== undefined) {
		const own = new Dec(input.pension);
		const paid = Dec.max(own, min.value);
		const topUp = paid.minus(own);
		steps.push(
			step(
				'paid',
				{ key: 'steps.paid' },
				{
					value: eur(paid),
					detail: { key: topUp.isZero() ? 'steps.paidOwn' : 'steps.paidMinimum', params: { own: eur(own), minimum: eur(min.value) } }
				}
			)
		);
		figures.push({ id: 'paid', label: { key: 'figures.paid' }, value: eur(paid) });
		figures.push({ id: 'topUp', label: { key: 'figures.topUp' }, value: eur(topUp) });
		summary = {
			key: topUp.isZero() ? 'summary.own' : 'summary.raised',
			params: { paid: eur(paid), minimum: eur(min.value), topUp: eur(topUp) }
		};
	}
	return { kind: 'result', primary: PRIMARY, summary, figures, steps, notices: [], tables: [allGroups(baseRow.value, coefRow.value)] };
}

function allGroups(base: { general: string; sinceChildhood: string }, coef: Record<Group, string>): ResultTable {
	const rows: Display[][] = GROUPS.map((g) => [
		text(`fields.group.options.${g}.label`),
		eur(minimumFor(base.general, coef[g]).value),
		eur(minimumFor(base.sinceChildhood, coef[g]).value)
	]);
	return {
		id: 'groups',
		caption: { key: 'groups.caption' },
		columns: [
			{ id: 'group', label: { key: 'groups.group' } },
			{ id: 'general', label: { key: 'groups.general' }, numeric: true },
			{ id: 'childhood', label: { key: 'groups.childhood' }, numeric: true }
		],
		rows
	};
}
