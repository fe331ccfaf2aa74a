/**
 * The choices the pension calculators offer. Kept apart from tax.ts, indexation.ts and tables.ts so
 * that a calculator's form (`form.ts`) loads them without the rule tables or decimal.js; those
 * modules import them from here and re-export them.
 */

/** Where the pensioner's tax book is lodged (pension after tax). */
export const TAX_BOOK = ['vsaa', 'employer', 'none'] as const;
export type TaxBookPlace = (typeof TAX_BOOK)[number];
export const PENSION_RELIEFS = ['none', 'disability-1-2', 'disability-3', 'repressed'] as const;
export type PensionRelief = (typeof PENSION_RELIEFS)[number];

/** Pension indexation: the kind of pension, the group granted a supplement for record before 1996, and the groups whose whole pension is indexed. */
export const PENSION_KINDS = ['old-age', 'hazardous', 'disability', 'survivor', 'service'] as const;
export type PensionKind = (typeof PENSION_KINDS)[number];
export const SUPPLEMENT_GROUPS = ['none', 'granted-until-1996', 'granted-from-1997'] as const;
export type SupplementGroup = (typeof SUPPLEMENT_GROUPS)[number];
export const WHOLE_GROUPS = ['none', 'repressed', 'disability-group-1', 'chernobyl', 'parents-early'] as const;
export type WholeGroup = (typeof WHOLE_GROUPS)[number];
