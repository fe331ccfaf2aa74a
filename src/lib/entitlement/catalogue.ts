/**
 * The "What am I entitled to?" check as data, in one place: the life situations people choose, the
 * questions (each one a calculator's own field, referenced by calculator and field name, never
 * copied), the topic pages they are asked on, and one entry per benefit or right that says which
 * calculator answers it and how the shared answers fill that calculator's fields.
 *
 * Adding a benefit means adding one entry to `BENEFITS` (and, if it needs a fact nobody asks yet, one
 * fact to `FACTS`). A unit test (`catalogue.test.ts`) fails when a calculator is in no entry, an entry
 * names a field its calculator does not have, a fact is used by no entry, or a situation has nothing.
 *
 * The home page's six situations (`src/lib/situations.ts`) are the same ground cut coarser: each
 * check situation names the home section it belongs to (`home`), and the test checks that both
 * catalogues cover the same calculators.
 */
import type { IsoDate } from '$lib/engine/dates';
import type { Outcome } from '$lib/engine/explain';

export const CHECK_SITUATIONS = [
	'expecting-or-born',
	'raising-children',
	'ill-or-sick-child',
	'lost-job',
	'disability',
	'retiring',
	'death-in-family',
	'working'
] as const;
export type CheckSituationId = (typeof CHECK_SITUATIONS)[number];

/** Each check situation belongs to one section of the home page. */
export const HOME_SECTION: Record<CheckSituationId, string> = {
	'expecting-or-born': 'having-a-child',
	'raising-children': 'having-a-child',
	'ill-or-sick-child': 'illness-and-disability',
	'lost-job': 'losing-a-job',
	disability: 'illness-and-disability',
	retiring: 'retiring',
	'death-in-family': 'death-in-the-family',
	working: 'work-and-pay'
};

/** The topic pages, in the order they are asked (one topic per page). */
export const STEPS = ['you', 'work', 'birth', 'children', 'illness', 'job', 'disability', 'retiring', 'death'] as const;
export type StepId = (typeof STEPS)[number];

/** Answers as typed (or read from the link), by fact id. */
export type Facts = Record<string, string | undefined>;
/** Answers that parse, by fact id (dates ISO, booleans true/false, integers numbers, amounts decimal strings). */
export type FactValues = Record<string, unknown>;

/**
 * A question. `from` names the calculator field that defines it (type, bounds, example, label, hint
 * and error texts); `own` marks one of the few questions no calculator asks (they only decide which
 * benefits apply: "Are you a child's guardian?"), whose texts are in the check's own messages.
 */
export interface FactDef {
	id: string;
	/** Link key in the check's URL fragment (`s`, `q`, `d` and `v` are reserved). */
	key: string;
	step: StepId;
	from?: { calculator: string; field: string };
	own?: 'boolean';
	/** Asked only when this holds for the answers given so far. */
	showIf?: (v: FactValues) => boolean;
	/** Overrides the calculator's `required` (an optional fact there may be needed here, or the reverse). */
	required?: boolean;
}

const childN = (n: number) => (v: FactValues) => Number(v.children ?? 0) >= n;
const MAX_CHILDREN = 8;

export const FACTS: readonly FactDef[] = [
	// About you
	{ id: 'birthDate', key: 'b', step: 'you', from: { calculator: 'retirement-age', field: 'birthDate' } },
	{ id: 'insured', key: 'i', step: 'you', from: { calculator: 'paternity-benefit', field: 'insured' } },
	// Work and contributions: asked once, fed to every benefit that needs them
	{ id: 'months6', key: 'm6', step: 'work', from: { calculator: 'paternity-benefit', field: 'months6' } },
	{
		id: 'months24',
		key: 'm24',
		step: 'work',
		from: { calculator: 'paternity-benefit', field: 'months24' },
		showIf: (v) => typeof v.months6 !== 'number' || v.months6 < 3
	},
	{ id: 'averageWage', key: 'w', step: 'work', from: { calculator: 'paternity-benefit', field: 'averageWage' } },
	{ id: 'record', key: 'r', step: 'work', from: { calculator: 'unemployment-benefit', field: 'recordYears' } },
	{ id: 'selfEmployed', key: 'se', step: 'work', own: 'boolean' },
	{
		id: 'selfIncome',
		key: 'si',
		step: 'work',
		from: { calculator: 'social-contributions', field: 'amount' },
		showIf: (v) => v.selfEmployed === true
	},
	{
		id: 'grossPay',
		key: 'g',
		step: 'work',
		from: { calculator: 'net-gross-salary', field: 'amount' },
		showIf: (v) => v.selfEmployed !== true
	},
	{
		id: 'taxBook',
		key: 'tb',
		step: 'work',
		from: { calculator: 'net-gross-salary', field: 'taxBook' },
		showIf: (v) => v.selfEmployed !== true
	},
	{
		id: 'dependants',
		key: 'dp',
		step: 'work',
		from: { calculator: 'net-gross-salary', field: 'dependants' },
		showIf: (v) => v.selfEmployed !== true && v.taxBook !== false
	},
	{
		id: 'schedule',
		key: 'ws',
		step: 'work',
		from: { calculator: 'minimum-hourly-rate', field: 'schedule' },
		showIf: (v) => v.selfEmployed !== true
	},
	// A child expected or born
	{ id: 'newbornDate', key: 'nb', step: 'birth', from: { calculator: 'birth-grant', field: 'birthDate' } },
	{ id: 'newbornCount', key: 'nc', step: 'birth', from: { calculator: 'birth-grant', field: 'children' } },
	{ id: 'claimant', key: 'cl', step: 'birth', from: { calculator: 'parental-benefit', field: 'claimant' } },
	{
		id: 'earlyRegistration',
		key: 'er',
		step: 'birth',
		from: { calculator: 'maternity-benefit', field: 'earlyRegistration' },
		showIf: (v) => v.claimant !== 'other-parent'
	},
	{
		id: 'complications',
		key: 'k',
		step: 'birth',
		from: { calculator: 'maternity-benefit', field: 'complications' },
		showIf: (v) => v.claimant !== 'other-parent'
	},
	{
		id: 'leaveStart',
		key: 'ls',
		step: 'birth',
		from: { calculator: 'paternity-benefit', field: 'leaveStart' },
		showIf: (v) => v.claimant === 'other-parent'
	},
	{ id: 'parentalOption', key: 'po', step: 'birth', from: { calculator: 'parental-benefit', field: 'option' } },
	{ id: 'parentalWorking', key: 'pw', step: 'birth', from: { calculator: 'parental-benefit', field: 'working' } },
	// Raising children
	{ id: 'children', key: 'n', step: 'children', from: { calculator: 'family-state-benefit', field: 'children' } },
	...Array.from({ length: MAX_CHILDREN }, (_, i) => i + 1).flatMap((n): FactDef[] => [
		{
			id: `child${n}`,
			key: `b${n}`,
			step: 'children',
			from: { calculator: 'family-state-benefit', field: `child${n}` },
			showIf: childN(n)
		},
		{ id: `after${n}`, key: `s${n}`, step: 'children', from: { calculator: 'family-state-benefit', field: `after${n}` }, showIf: childN(n) }
	]),
	{ id: 'childDisabled', key: 'cd', step: 'children', own: 'boolean' },
	{
		id: 'disabledChildBirth',
		key: 'db',
		step: 'children',
		from: { calculator: 'disabled-child-benefits', field: 'birthDate' },
		showIf: (v) => v.childDisabled === true
	},
	{
		id: 'disabilityFrom',
		key: 'df',
		step: 'children',
		from: { calculator: 'disabled-child-benefits', field: 'disabilityFrom' },
		showIf: (v) => v.childDisabled === true
	},
	{ id: 'guardian', key: 'gd', step: 'children', own: 'boolean' },
	{
		id: 'wardBirth',
		key: 'wb',
		step: 'children',
		from: { calculator: 'child-maintenance', field: 'birthDate' },
		showIf: (v) => v.guardian === true
	},
	{
		id: 'guardianshipDate',
		key: 'gdd',
		step: 'children',
		from: { calculator: 'birth-grant', field: 'guardianshipDate' },
		showIf: (v) => v.guardian === true
	},
	// Illness
	{ id: 'sickCase', key: 'sc', step: 'illness', from: { calculator: 'sickness-benefit', field: 'case' } },
	{ id: 'sickFrom', key: 'sf', step: 'illness', from: { calculator: 'sickness-benefit', field: 'firstDay' } },
	{ id: 'sickTo', key: 'st', step: 'illness', from: { calculator: 'sickness-benefit', field: 'lastDay' } },
	{
		id: 'sickChildBirth',
		key: 'sb',
		step: 'illness',
		from: { calculator: 'sickness-benefit', field: 'childBirthDate' },
		showIf: (v) => v.sickCase === 'sick-child'
	},
	{
		id: 'hospital',
		key: 'sh',
		step: 'illness',
		from: { calculator: 'sickness-benefit', field: 'hospital' },
		showIf: (v) => v.sickCase === 'sick-child'
	},
	// Losing a job
	{ id: 'statusDate', key: 'us', step: 'job', from: { calculator: 'unemployment-benefit', field: 'statusDate' } },
	{ id: 'jobSituation', key: 'uj', step: 'job', from: { calculator: 'unemployment-benefit', field: 'situation' } },
	{
		id: 'contributionMonths',
		key: 'um',
		step: 'job',
		from: { calculator: 'unemployment-benefit', field: 'contributionMonths' },
		showIf: (v) => v.jobSituation === undefined || v.jobSituation === 'general'
	},
	{ id: 'ownRequest', key: 'uo', step: 'job', from: { calculator: 'unemployment-benefit', field: 'ownRequest' } },
	// Disability or loss of capacity to work
	{ id: 'group', key: 'dg', step: 'disability', from: { calculator: 'minimum-disability-pension', field: 'group' } },
	{ id: 'sinceChildhood', key: 'dc', step: 'disability', from: { calculator: 'minimum-disability-pension', field: 'sinceChildhood' } },
	{ id: 'hasPension', key: 'hp', step: 'disability', from: { calculator: 'state-social-security-benefit', field: 'hasPension' } },
	{
		id: 'disabledWorking',
		key: 'dw',
		step: 'disability',
		from: { calculator: 'state-social-security-benefit', field: 'working' },
		showIf: (v) => v.hasPension === false && v.group !== 'III'
	},
	{ id: 'workAccident', key: 'wa', step: 'disability', own: 'boolean' },
	{
		id: 'injuryDate',
		key: 'ie',
		step: 'disability',
		from: { calculator: 'work-injury-compensation', field: 'eventDate' },
		showIf: (v) => v.workAccident === true
	},
	{
		id: 'lossPercent',
		key: 'il',
		step: 'disability',
		from: { calculator: 'work-injury-compensation', field: 'lossPercent' },
		showIf: (v) => v.workAccident === true
	},
	{
		id: 'injuryWage',
		key: 'iw',
		step: 'disability',
		from: { calculator: 'work-injury-compensation', field: 'averageWage' },
		showIf: (v) => v.workAccident === true
	},
	// Retiring
	{ id: 'retirementCategory', key: 'rc', step: 'retiring', from: { calculator: 'retirement-age', field: 'category' } },
	// A death in the family
	{ id: 'deathDate', key: 'dd', step: 'death', from: { calculator: 'funeral-benefit', field: 'deathDate' } },
	{ id: 'deceasedInsured', key: 'di', step: 'death', from: { calculator: 'funeral-benefit', field: 'insured' } },
	{
		id: 'deceasedWage',
		key: 'dwg',
		step: 'death',
		from: { calculator: 'funeral-benefit', field: 'averageWage' },
		showIf: (v) => v.deceasedInsured === true
	},
	{ id: 'deceasedPensioner', key: 'dpn', step: 'death', from: { calculator: 'funeral-benefit', field: 'pensioner' } },
	{
		id: 'deceasedPension',
		key: 'dpp',
		step: 'death',
		from: { calculator: 'survivor-spouse-benefit', field: 'pension' },
		showIf: (v) => v.deceasedPensioner === true
	},
	{
		id: 'married',
		key: 'dm',
		step: 'death',
		from: { calculator: 'survivor-spouse-benefit', field: 'married' },
		showIf: (v) => v.deceasedPensioner === true
	},
	{
		id: 'spousePensioner',
		key: 'dsp',
		step: 'death',
		from: { calculator: 'survivor-spouse-benefit', field: 'spousePensioner' },
		showIf: (v) => v.deceasedPensioner === true && v.married !== false
	}
];

/** How a calculator field is filled: from a fact, with a fixed option, or worked out from facts and earlier results. */
export type InputSource =
	| { fact: string }
	| { value: string }
	| {
			facts: string[];
			/** Earlier entries whose outcome this needs (they are run first). */
			after?: string[];
			derive: (v: FactValues, ctx: DeriveContext) => string | undefined;
	  };

export interface DeriveContext {
	asOf: IsoDate;
	outcomes: Record<string, Outcome | undefined>;
}

/** Where and how to claim: a key of the check's `apply.*` messages (each names its official page). */
export type ApplyKey = 'vsaa' | 'vsaa-pension' | 'nva' | 'employer' | 'vid' | 'orphans-court';

export interface BenefitEntry {
	/** Unique; usually the calculator id, or `<calculator>:<variant>` when one calculator answers two rights. */
	id: string;
	calculator: string;
	situations: CheckSituationId[];
	/**
	 * `benefit`: a right to claim (likely entitled / not entitled / not assessed). `figures`: pay and
	 * tax figures that are nobody's to claim (net pay, the minimum hourly rate). `link`: the check does
	 * not assess it (it needs facts the check does not ask); listed with a reason and the calculator.
	 */
	kind: 'benefit' | 'figures' | 'link';
	/** Facts that decide whether this entry applies at all (asked before its other questions). */
	when?: { facts: string[]; test: (v: FactValues) => boolean };
	inputs?: Record<string, InputSource>;
	apply?: ApplyKey;
	/**
	 * When the right begins: a date figure of the outcome, or `now` when a result means it is being
	 * paid for the as-of month. A right that has begun and is still claimable is listed first, as the
	 * agency's "you have the right and have not claimed it" notices do.
	 */
	startsAt?: string | 'now';
}

const f = (fact: string): InputSource => ({ fact });
const fixed = (value: string): InputSource => ({ value });
const wage = { wageMode: fixed('monthly'), averageWage: f('averageWage') };
const conditions = { insured: f('insured'), months6: f('months6'), months24: f('months24') };
const yes = (fact: string) => ({ facts: [fact], test: (v: FactValues) => v[fact] === true });
const no = (fact: string) => ({ facts: [fact], test: (v: FactValues) => v[fact] === false });
const figureDate = (o: Outcome | undefined, id: string): string | undefined => {
	if (!o || o.kind === 'cannot-answer') return undefined;
	const fig = o.figures.find((x) => x.id === id);
	return fig?.value.type === 'date' ? fig.value.value : undefined;
};
const figureText = (o: Outcome | undefined, id: string): string | undefined => {
	if (!o || o.kind === 'cannot-answer') return undefined;
	const fig = o.figures.find((x) => x.id === id);
	return fig?.value.type === 'yesno' ? (fig.value.value ? 'yes' : 'no') : undefined;
};

/** In this order the entries are run (a derived input may need an earlier result) and, within a group, listed. */
export const BENEFITS: readonly BenefitEntry[] = [
	// A child expected or born
	{
		id: 'birth-grant',
		calculator: 'birth-grant',
		situations: ['expecting-or-born'],
		kind: 'benefit',
		inputs: { event: fixed('birth'), birthDate: f('newbornDate'), children: f('newbornCount'), resident: fixed('yes') },
		apply: 'vsaa',
		startsAt: 'rightFrom'
	},
	{
		id: 'maternity-benefit',
		calculator: 'maternity-benefit',
		situations: ['expecting-or-born'],
		kind: 'benefit',
		when: { facts: ['claimant'], test: (v) => v.claimant !== 'other-parent' },
		inputs: {
			dueDate: f('newbornDate'),
			earlyRegistration: f('earlyRegistration'),
			complications: f('complications'),
			insured: f('insured'),
			...wage
		},
		apply: 'vsaa',
		startsAt: 'leaveStart'
	},
	{
		id: 'paternity-benefit',
		calculator: 'paternity-benefit',
		situations: ['expecting-or-born'],
		kind: 'benefit',
		when: { facts: ['claimant'], test: (v) => v.claimant === 'other-parent' },
		inputs: { birthDate: f('newbornDate'), leaveStart: f('leaveStart'), ...conditions, ...wage },
		apply: 'vsaa'
	},
	{
		id: 'parental-benefit',
		calculator: 'parental-benefit',
		situations: ['expecting-or-born'],
		kind: 'benefit',
		// Insured parents get the parental benefit; the others the childcare benefit (below).
		when: yes('insured'),
		inputs: {
			birthDate: f('newbornDate'),
			option: f('parentalOption'),
			claimant: f('claimant'),
			postnatal70: f('complications'),
			working: f('parentalWorking'),
			...conditions,
			...wage
		},
		apply: 'vsaa',
		startsAt: 'start'
	},
	{
		id: 'childcare-benefit',
		calculator: 'childcare-benefit',
		situations: ['expecting-or-born'],
		kind: 'benefit',
		when: no('insured'),
		inputs: { birthDate: f('newbornDate'), children: f('newbornCount'), resident: fixed('yes') },
		apply: 'vsaa',
		startsAt: 'start'
	},
	// Raising children
	{
		id: 'family-state-benefit',
		calculator: 'family-state-benefit',
		situations: ['raising-children'],
		kind: 'benefit',
		inputs: {
			children: f('children'),
			...Object.fromEntries(
				Array.from({ length: MAX_CHILDREN }, (_, i) => i + 1).flatMap((n) => [
					[`child${n}`, f(`child${n}`)],
					[`after${n}`, f(`after${n}`)]
				])
			)
		},
		apply: 'vsaa',
		startsAt: 'now'
	},
	{
		id: 'disabled-child-benefits',
		calculator: 'disabled-child-benefits',
		situations: ['raising-children'],
		kind: 'benefit',
		when: yes('childDisabled'),
		inputs: { benefit: fixed('child-care'), birthDate: f('disabledChildBirth'), disabilityFrom: f('disabilityFrom') },
		apply: 'vsaa',
		startsAt: 'now'
	},
	{
		id: 'birth-grant:guardianship',
		calculator: 'birth-grant',
		situations: ['raising-children'],
		kind: 'benefit',
		when: yes('guardian'),
		inputs: { event: fixed('guardianship'), birthDate: f('wardBirth'), guardianshipDate: f('guardianshipDate'), resident: fixed('yes') },
		apply: 'vsaa',
		startsAt: 'rightFrom'
	},
	{
		id: 'child-maintenance',
		calculator: 'child-maintenance',
		situations: ['raising-children'],
		kind: 'benefit',
		when: yes('guardian'),
		inputs: { role: fixed('guardian'), birthDate: f('wardBirth') },
		apply: 'orphans-court',
		startsAt: 'now'
	},
	// Illness
	{
		id: 'sickness-benefit',
		calculator: 'sickness-benefit',
		situations: ['ill-or-sick-child'],
		kind: 'benefit',
		inputs: {
			case: f('sickCase'),
			firstDay: f('sickFrom'),
			lastDay: f('sickTo'),
			childBirthDate: f('sickChildBirth'),
			hospital: f('hospital'),
			extended: fixed('no'),
			...conditions,
			...wage
		},
		apply: 'vsaa',
		startsAt: 'agencyFrom'
	},
	// Losing a job
	{
		id: 'unemployment-benefit',
		calculator: 'unemployment-benefit',
		situations: ['lost-job'],
		kind: 'benefit',
		inputs: {
			statusDate: f('statusDate'),
			situation: f('jobSituation'),
			recordYears: f('record'),
			contributionMonths: f('contributionMonths'),
			ownRequest: f('ownRequest'),
			...wage
		},
		apply: 'nva'
	},
	// Disability or loss of capacity to work
	{
		id: 'minimum-disability-pension',
		calculator: 'minimum-disability-pension',
		situations: ['disability'],
		kind: 'benefit',
		when: yes('hasPension'),
		inputs: { group: f('group'), sinceChildhood: f('sinceChildhood') },
		apply: 'vsaa'
	},
	{
		id: 'state-social-security-benefit:disability',
		calculator: 'state-social-security-benefit',
		situations: ['disability'],
		kind: 'benefit',
		when: no('hasPension'),
		inputs: {
			category: fixed('disability'),
			hasPension: f('hasPension'),
			birthDate: f('birthDate'),
			group: f('group'),
			sinceChildhood: f('sinceChildhood'),
			working: f('disabledWorking')
		},
		apply: 'vsaa',
		startsAt: 'now'
	},
	{
		id: 'work-injury-compensation',
		calculator: 'work-injury-compensation',
		situations: ['disability'],
		kind: 'benefit',
		when: yes('workAccident'),
		inputs: {
			mode: fixed('loss'),
			eventDate: f('injuryDate'),
			averageWage: f('injuryWage'),
			lossPercent: f('lossPercent'),
			disabilityGroup: { facts: ['group'], derive: (v) => (typeof v.group === 'string' ? v.group : 'none') }
		},
		apply: 'vsaa'
	},
	// Retiring
	{
		id: 'retirement-age',
		calculator: 'retirement-age',
		situations: ['retiring'],
		kind: 'benefit',
		inputs: { birthDate: f('birthDate'), category: f('retirementCategory'), record: f('record') },
		apply: 'vsaa-pension',
		startsAt: 'pensionDate'
	},
	{
		id: 'state-social-security-benefit:pension-age',
		calculator: 'state-social-security-benefit',
		situations: ['retiring'],
		kind: 'benefit',
		// Only someone whose record is too short for a pension: the retirement-age result says whether it is.
		when: { facts: ['record'], test: (v) => typeof v.record === 'number' },
		inputs: {
			category: fixed('pension-age'),
			hasPension: { facts: ['record'], after: ['retirement-age'], derive: (_, c) => figureText(c.outcomes['retirement-age'], 'recordMet') },
			reachedPensionAge: {
				facts: ['birthDate'],
				after: ['retirement-age'],
				derive: (_, c) => {
					const d = figureDate(c.outcomes['retirement-age'], 'pensionDate');
					return d === undefined ? undefined : d <= c.asOf ? 'yes' : 'no';
				}
			}
		},
		apply: 'vsaa-pension',
		startsAt: 'now'
	},
	// A death in the family
	{
		id: 'funeral-benefit',
		calculator: 'funeral-benefit',
		situations: ['death-in-family'],
		kind: 'benefit',
		inputs: {
			deathDate: f('deathDate'),
			insured: f('deceasedInsured'),
			wageMode: fixed('monthly'),
			averageWage: f('deceasedWage'),
			dependant: fixed('no'),
			unemployed: fixed('no'),
			pensioner: f('deceasedPensioner'),
			pension: f('deceasedPension'),
			vsnpRecipient: fixed('no')
		},
		apply: 'vsaa'
	},
	{
		id: 'survivor-spouse-benefit',
		calculator: 'survivor-spouse-benefit',
		situations: ['death-in-family'],
		kind: 'benefit',
		when: yes('deceasedPensioner'),
		inputs: { deathDate: f('deathDate'), pension: f('deceasedPension'), married: f('married'), spousePensioner: f('spousePensioner') },
		apply: 'vsaa'
	},
	{ id: 'work-injury-compensation:survivors', calculator: 'work-injury-compensation', situations: ['death-in-family'], kind: 'link' },
	{
		id: 'state-social-security-benefit:survivor',
		calculator: 'state-social-security-benefit',
		situations: ['death-in-family'],
		kind: 'link'
	},
	// Working
	{
		id: 'net-gross-salary',
		calculator: 'net-gross-salary',
		situations: ['working'],
		kind: 'figures',
		when: no('selfEmployed'),
		inputs: {
			mode: fixed('gross-to-net'),
			amount: f('grossPay'),
			category: fixed('employee'),
			taxBook: f('taxBook'),
			pension: fixed('no'),
			dependants: f('dependants'),
			relief: fixed('none')
		},
		apply: 'employer'
	},
	{
		id: 'minimum-hourly-rate',
		calculator: 'minimum-hourly-rate',
		situations: ['working'],
		kind: 'figures',
		when: no('selfEmployed'),
		inputs: {
			month: { facts: [], derive: (_, c) => c.asOf.slice(0, 7) },
			schedule: f('schedule'),
			followsTransfers: fixed('yes')
		},
		apply: 'employer'
	},
	{
		id: 'social-contributions',
		calculator: 'social-contributions',
		situations: ['working'],
		kind: 'figures',
		when: yes('selfEmployed'),
		inputs: { category: fixed('self-employed'), amount: f('selfIncome'), period: fixed('month') },
		apply: 'vid'
	},
	{ id: 'minimum-pay-for-hours', calculator: 'minimum-pay-for-hours', situations: ['working'], kind: 'link' },
	{ id: 'minimum-hourly-rate-year', calculator: 'minimum-hourly-rate-year', situations: ['working'], kind: 'link' },
	{ id: 'annual-tax-free-minimum', calculator: 'annual-tax-free-minimum', situations: ['working', 'lost-job'], kind: 'link' },
	// Pensions: the amounts need the person's pension capital, wages or pension, which the check does not ask.
	{ id: 'old-age-pension', calculator: 'old-age-pension', situations: ['retiring'], kind: 'link' },
	{ id: 'pension-indexation', calculator: 'pension-indexation', situations: ['retiring'], kind: 'link' },
	{ id: 'pension-after-tax', calculator: 'pension-after-tax', situations: ['retiring'], kind: 'link' }
];

/**
 * What the check does not assess, with one line on why and whom to ask (texts in the check's
 * messages, `notAssessed.<id>`): rights no calculator here models.
 */
export const NOT_ASSESSED: ReadonlyArray<{ id: string; situations: CheckSituationId[] }> = [
	{ id: 'municipal-social-assistance', situations: ['lost-job', 'disability', 'retiring', 'raising-children', 'death-in-family'] },
	{ id: 'municipal-birth', situations: ['expecting-or-born'] },
	{ id: 'maintenance-fund', situations: ['raising-children'] },
	{ id: 'disability-pension', situations: ['disability'] },
	{ id: 'old-age-pension-amount', situations: ['retiring'] },
	{ id: 'survivor-pension', situations: ['death-in-family'] },
	{ id: 'municipal-funeral', situations: ['death-in-family'] },
	{ id: 'employer-sick-pay', situations: ['ill-or-sick-child'] }
];

/** Fact ids an entry reads (its `when` and its inputs). */
export function factsOf(e: BenefitEntry): string[] {
	const out = new Set<string>(e.when?.facts ?? []);
	for (const src of Object.values(e.inputs ?? {})) {
		if ('fact' in src) out.add(src.fact);
		else if ('facts' in src) src.facts.forEach((x) => out.add(x));
	}
	return [...out];
}

/**
 * The calculators a set of situations needs, as the catalogue says (the check loads only these):
 * `modules` — each applicable entry's calculator, the calculators of the entries whose results it
 * derives from, and the calculators whose fields define the questions those entries read (their
 * compute, tables and texts); `titles` — calculators the check only names and links to (`link`
 * entries), for which a title is all it shows.
 */
export function calculatorsFor(situations: readonly CheckSituationId[]): { modules: string[]; titles: string[] } {
	const modules = new Set<string>();
	const titles = new Set<string>();
	for (const e of BENEFITS.filter((x) => x.situations.some((s) => situations.includes(s)))) {
		if (e.kind === 'link') {
			titles.add(e.calculator);
			continue;
		}
		modules.add(e.calculator);
		for (const src of Object.values(e.inputs ?? {}))
			if ('after' in src) for (const id of src.after ?? []) modules.add(BENEFITS.find((x) => x.id === id)!.calculator);
		for (const id of factsOf(e)) {
			const from = FACTS.find((x) => x.id === id)?.from;
			if (from) modules.add(from.calculator);
		}
	}
	return { modules: [...modules].sort(), titles: [...titles].filter((id) => !modules.has(id)).sort() };
}

export { CHECK_SLUGS } from './slugs';
