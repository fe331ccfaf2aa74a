/**
 * Income tax withheld from a pension (law "Par iedzīvotāju ienākuma nodokli"; VSAA): the pension payer
 * applies the pensioners' non-taxable minimum to the pension — from 2025 split 500/500 with the salary
 * when the tax book is lodged with an employer — and the reliefs for disability or repressed status
 * where the tax book is lodged with it; the rest is taxed at the monthly rates with a tax book, or at
 * the rate without one. Pensions bear no social insurance contributions.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec, roundMoney, type Rounded } from '$lib/engine/decimal';
import type { RowInForce } from '$lib/engine/tables';
import { requireAt } from '$lib/engine/tables';
import { sumTax, taxByBrackets, type BracketLine } from '$lib/tax/brackets';
import {
	additionalReliefs,
	incomeTaxRates,
	pensionerNtm,
	type AdditionalReliefs,
	type IncomeTaxRates,
	type PensionerNtm
} from '$lib/tax/tables';

import type { PensionRelief, TaxBookPlace } from './options';

export { PENSION_RELIEFS, TAX_BOOK, type PensionRelief, type TaxBookPlace } from './options';

export interface PensionTax {
	gross: Dec;
	ntmRow: RowInForce<PensionerNtm>;
	ntmAvailable: Dec;
	ntmApplied: Dec;
	reliefRow?: RowInForce<AdditionalReliefs>;
	reliefApplied: Dec;
	taxable: Dec;
	taxRow: RowInForce<IncomeTaxRates>;
	brackets: BracketLine[];
	tax: Rounded;
	net: Dec;
}

function reliefOf(v: AdditionalReliefs, relief: PensionRelief): Dec {
	if (relief === 'disability-1-2') return new Dec(v.disabilityGroup1or2);
	if (relief === 'disability-3') return new Dec(v.disabilityGroup3);
	if (relief === 'repressed') return new Dec(v.politicallyRepressed);
	return new Dec(0);
}

export function pensionTax(gross: Dec, taxBook: TaxBookPlace, relief: PensionRelief, date: IsoDate): PensionTax {
	const ntmRow = requireAt(pensionerNtm, date);
	const share = ntmRow.value.salaryShareWithTaxBook;
	// From 2025 the part for the salary is taken off the pension's minimum when the tax book is with the employer.
	const ntmAvailable = new Dec(ntmRow.value.monthly).minus(taxBook === 'employer' && share !== null ? share : 0);
	let remaining = gross;
	const ntmApplied = Dec.min(ntmAvailable, remaining);
	remaining = remaining.minus(ntmApplied);
	const reliefRow = taxBook === 'vsaa' && relief !== 'none' ? requireAt(additionalReliefs, date) : undefined;
	const reliefApplied = reliefRow ? Dec.min(reliefOf(reliefRow.value, relief), remaining) : new Dec(0);
	remaining = remaining.minus(reliefApplied);
	const taxRow = requireAt(incomeTaxRates, date);
	const brackets = taxByBrackets(
		remaining,
		taxBook === 'vsaa' ? taxRow.value.monthlyWithTaxBook : [{ upTo: null, rate: taxRow.value.withoutTaxBook }]
	);
	const tax = roundMoney(sumTax(brackets));
	return {
		gross,
		ntmRow,
		ntmAvailable,
		ntmApplied,
		reliefRow,
		reliefApplied,
		taxable: remaining,
		taxRow,
		brackets,
		tax,
		net: gross.minus(tax.value)
	};
}
