/**
 * Which glossary term and which information e-service go with a calculator's question. Kept here,
 * not in the calculators' message files, so the questions' wording stays the calculators' own;
 * `Field.svelte` shows the links under the hint. A test checks every calculator id, field name, term
 * and e-service named here exists.
 */
import type { Text } from './types';

/** A field's links with their names, as a calculator page receives them (field-links.server.ts). */
export interface ResolvedFieldLink {
	term?: { id: string; name: Text };
	eService?: { id: string; name: Text };
}

export interface FieldLink {
	term?: string;
	eService?: string;
}

/** `calculatorId.fieldName` → links. */
export const FIELD_LINKS: Record<string, FieldLink> = {
	'retirement-age.record': { term: 'insurance-record', eService: 'contributions' },
	'unemployment-benefit.recordYears': { term: 'insurance-record', eService: 'record-before-1996' },
	'unemployment-benefit.contributionMonths': { term: 'contributions', eService: 'contributions' },
	'unemployment-benefit.statusDate': { term: 'unemployed-status' },
	'sickness-benefit.dailyEarnings': { term: 'contribution-wage', eService: 'contributions' },
	'sickness-benefit.insured': { term: 'socially-insured', eService: 'contributions' },
	'sickness-benefit.firstDay': { term: 'sick-leave-b' },
	'maternity-benefit.insured': { term: 'socially-insured', eService: 'contributions' },
	'paternity-benefit.insured': { term: 'socially-insured', eService: 'contributions' },
	'parental-benefit.insured': { term: 'socially-insured', eService: 'parental-forecast' },
	'funeral-benefit.insured': { term: 'socially-insured' },
	'funeral-benefit.vsnpRecipient': { term: 'vsnp' },
	'state-social-security-benefit.category': { term: 'vsnp' },
	'work-injury-compensation.averageWage': { term: 'contribution-wage', eService: 'contributions' },
	'net-gross-salary.taxBook': { term: 'tax-book' },
	'net-gross-salary.vidNtm': { term: 'non-taxable-minimum' },
	'net-gross-salary.category': { term: 'contributions' },
	'social-contributions.category': { term: 'contributions' },
	'annual-tax-free-minimum.income': { term: 'non-taxable-minimum' },
	'minimum-hourly-rate.month': { term: 'minimum-wage' },
	'minimum-hourly-rate-year.year': { term: 'minimum-wage' }
};

export function fieldLink(calculatorId: string | undefined, fieldName: string): FieldLink | undefined {
	return calculatorId ? FIELD_LINKS[`${calculatorId}.${fieldName}`] : undefined;
}
