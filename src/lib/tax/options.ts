/**
 * The choices the tax and social-insurance calculators offer: payer categories and income-tax reliefs.
 * Kept apart from tables.ts and withholding.ts so that a calculator's form (`form.ts`) loads them
 * without the rule tables or decimal.js; those modules import them from here.
 */

/**
 * Payer categories of the law "Par valsts sociālo apdrošināšanu" as listed in the Cabinet's rate
 * regulations (MK 747/2015, 759/2016, 786/2017 and 786/2020). Each has its rate table in tables.ts.
 */
export const PAYER_CATEGORIES = [
	'employee',
	'employee-pension-age',
	'employee-service-pension',
	'employee-prisoner',
	'employee-prisoner-pension-age',
	'board-member',
	'board-member-pension-age',
	'self-employed',
	'self-employed-pension-age',
	'real-estate',
	'foreign-employer',
	'voluntary-pension',
	'voluntary-full'
] as const;
export type PayerCategory = (typeof PAYER_CATEGORIES)[number];

/** Categories in which an employer pays a salary and withholds the employee's share: the salary calculator offers these. */
export const EMPLOYEE_CATEGORIES = [
	'employee',
	'employee-pension-age',
	'employee-service-pension',
	'employee-prisoner',
	'employee-prisoner-pension-age'
] as const satisfies readonly PayerCategory[];
export type EmployeeCategory = (typeof EMPLOYEE_CATEGORIES)[number];

export interface CategoryTraits {
	/** Who pays the contribution: employer and employee (split given by the rate table), the person themselves, or not stated. */
	who: 'employer-and-employee' | 'self' | 'not-stated';
	/** Voluntary contributions are paid on an object the person chooses: no cap, no solidarity tax, no minimum rules. */
	voluntary: boolean;
	selfEmployed: boolean;
}

const traits = (who: CategoryTraits['who'], extra: Partial<CategoryTraits> = {}): CategoryTraits => ({
	who,
	voluntary: false,
	selfEmployed: false,
	...extra
});

/** What each category is, apart from its rates (tables.ts joins the two in CATEGORY_INFO). */
export const CATEGORY_TRAITS: Record<PayerCategory, CategoryTraits> = {
	employee: traits('employer-and-employee'),
	'employee-pension-age': traits('employer-and-employee'),
	'employee-service-pension': traits('employer-and-employee'),
	'employee-prisoner': traits('employer-and-employee'),
	'employee-prisoner-pension-age': traits('employer-and-employee'),
	'board-member': traits('not-stated'),
	'board-member-pension-age': traits('not-stated'),
	'self-employed': traits('self', { selfEmployed: true }),
	'self-employed-pension-age': traits('self', { selfEmployed: true }),
	'real-estate': traits('not-stated'),
	'foreign-employer': traits('not-stated'),
	'voluntary-pension': traits('self', { voluntary: true }),
	'voluntary-full': traits('self', { voluntary: true })
};

/** Income-tax reliefs an employee may have (the salary calculator's choice). */
export const RELIEFS = ['none', 'disability-1-2', 'disability-3', 'repressed'] as const;
export type Relief = (typeof RELIEFS)[number];
