/**
 * Ģimenes valsts pabalsts — the family state benefit (Valsts sociālo pabalstu likums, Art. 6,
 * https://likumi.lv/ta/id/68483; Cabinet Regulation No. 1517 of 22.12.2009, from 2022 No. 864).
 *
 * Paid for each child from the day the child turns one until the age limit (15, from 2022 16), longer
 * (to 19, from 2018 20) while the child studies and is unmarried, and from 2021 longer for a child with
 * a disability. Until 2021 the amount depended on the child's place in the family's birth order, with
 * a supplement by the number of children from 01.03.2018; from 2022 it depends on how many children
 * the person receives the benefit for. Which way applies on a day is itself a dated table
 * (`state-benefits/family-state-benefit-scheme`).
 */
import { addDaysIso, addYearsMonths, ageOn, type IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { dateValue, step, text, type Display, type Figure, type Msg, type Outcome, type ResultTable, type Step } from '$lib/engine/explain';
import { requireAt, rowsInForce, type RowInForce } from '$lib/engine/tables';
import {
	claimRule,
	fsbAgeLimits,
	fsbBirthOrder,
	fsbByCount,
	fsbScheme,
	fsbSupplement,
	type FsbAgeLimits,
	type FsbBirthOrder,
	type FsbSupplement
} from '$lib/state-benefits/tables';
import {
	ageBreaks,
	monthlyTimeline,
	stoppedNotice,
	tableBreaks,
	timelineChart,
	timelineStep,
	timelineTable,
	eur,
	type DayDue
} from '$lib/state-benefits/timeline';
import { AFTER_OPTIONS, MAX_CHILDREN } from './form';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['monthlyNow', 'total'];

export type After = (typeof AFTER_OPTIONS)[number];

/** The form has numbered fields child1…child8 (date of birth) and after1…after8 (situation after the basic age). */
export type FamilyInput = { children: number } & Record<string, unknown>;

interface Child {
	/** 1-based number as entered. */
	slot: number;
	birth: IsoDate;
	after: After;
	/** Place in the family's birth order (twins one after the other, in the order entered). */
	order: number;
}

export function childrenOf(input: FamilyInput): Child[] {
	const list: Omit<Child, 'order'>[] = [];
	for (let i = 1; i <= Math.min(input.children, MAX_CHILDREN); i++) {
		const birth = input[`child${i}`] as IsoDate | undefined;
		if (!birth) continue;
		list.push({ slot: i, birth, after: ((input[`after${i}`] as After | undefined) ?? 'none') as After });
	}
	return [...list]
		.sort((a, b) => (a.birth < b.birth ? -1 : a.birth > b.birth ? 1 : a.slot - b.slot))
		.map((c, i) => ({ ...c, order: i + 1 }));
}

/** Birthdays are looked up often; cache them per child and age. */
function birthdayCache() {
	const cache = new Map<string, IsoDate>();
	return (birth: IsoDate, years: number) => {
		const k = `${birth}:${years}`;
		let d = cache.get(k);
		if (!d) {
			d = addYearsMonths(birth, years, 0);
			cache.set(k, d);
		}
		return d;
	};
}

export function eligibleOn(c: Child, day: IsoDate, l: FsbAgeLimits, birthday: (b: IsoDate, y: number) => IsoDate): boolean {
	if (day < birthday(c.birth, l.fromAgeYears)) return false;
	if (day < birthday(c.birth, l.untilAgeYears)) return true;
	if (c.after === 'school' && day < birthday(c.birth, l.studyUntilAgeYears)) return true;
	if (c.after === 'higher' && l.higherEducationCounts && day < birthday(c.birth, l.studyUntilAgeYears)) return true;
	if (c.after === 'disabled' && l.disabledUntilAgeYears !== null && day < birthday(c.birth, l.disabledUntilAgeYears)) return true;
	return false;
}

function byOrder(t: FsbBirthOrder, order: number): string {
	return order === 1 ? t.first : order === 2 ? t.second : order === 3 ? t.third : t.fourthAndLater;
}

/** The supplement for `count` children: the listed amount, or the largest listed plus the increment per further child. */
export function supplementFor(s: FsbSupplement, count: number): Dec {
	const listed = Object.keys(s.amounts).map(Number);
	if (listed.length === 0) return new Dec(0);
	const max = Math.max(...listed);
	if (count <= max) return new Dec(s.amounts[String(count)] ?? '0');
	return new Dec(s.amounts[String(max)]).plus(new Dec(s.furtherChildIncrement).times(count - max));
}

export function familyDueOn(children: Child[]): (day: IsoDate) => DayDue | null {
	const birthday = birthdayCache();
	return (day) => {
		const limits = requireAt(fsbAgeLimits, day);
		const eligible = children.filter((c) => eligibleOn(c, day, limits.value, birthday));
		if (eligible.length === 0) return null;
		const scheme = requireAt(fsbScheme, day);
		const rows: RowInForce<unknown>[] = [limits, scheme];
		if (scheme.value.scheme === 'birth-order') {
			const bo = requireAt(fsbBirthOrder, day);
			const sup = requireAt(fsbSupplement, day);
			rows.push(bo, sup);
			const base = eligible.reduce((s, c) => s.plus(byOrder(bo.value, c.order)), new Dec(0));
			return { monthly: base.plus(supplementFor(sup.value, eligible.length)), rows };
		}
		const bc = requireAt(fsbByCount, day);
		rows.push(bc);
		const per = new Dec(bc.value.perChildByCount[String(eligible.length)] ?? bc.value.perChildForMore);
		return { monthly: per.times(eligible.length), rows };
	};
}

/** The oldest age any row of the age-limits table pays to: the end of the search for a child's last day. */
function maxAgeLimit(): number {
	return Math.max(
		...rowsInForce(fsbAgeLimits).map((r) => Math.max(r.value.untilAgeYears, r.value.studyUntilAgeYears, r.value.disabledUntilAgeYears ?? 0))
	);
}

/** Days on which the family's situation may change: rule rows and the birthdays that matter. */
export function familyBreaks(children: Child[]): IsoDate[] {
	const ages = rowsInForce(fsbAgeLimits).flatMap((r) => [
		r.value.fromAgeYears,
		r.value.untilAgeYears,
		r.value.studyUntilAgeYears,
		...(r.value.disabledUntilAgeYears !== null ? [r.value.disabledUntilAgeYears] : [])
	]);
	return [
		...tableBreaks(fsbAgeLimits, fsbScheme, fsbBirthOrder, fsbSupplement, fsbByCount),
		...children.flatMap((c) => ageBreaks(c.birth, ages))
	];
}

function firstOfMonth(d: IsoDate): IsoDate {
	return `${d.slice(0, 7)}-01`;
}

export function computeFamily(input: FamilyInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const children = childrenOf(input);
	const birthday = birthdayCache();

	// 1. The rules on the as-of date.
	const scheme = requireAt(fsbScheme, asOf);
	const limits = requireAt(fsbAgeLimits, asOf);
	steps.push(
		step(
			'scheme',
			{ key: 'steps.scheme' },
			{
				value: text(scheme.value.scheme === 'birth-order' ? 'steps.schemeBirthOrder' : 'steps.schemeCount'),
				rows: [scheme]
			}
		)
	);
	const l = limits.value;
	steps.push(
		step(
			'limits',
			{ key: 'steps.limits' },
			{
				value: { type: 'number', value: String(l.untilAgeYears), unit: 'years' },
				detail: {
					key: l.disabledUntilAgeYears !== null ? 'steps.limitsDetailDisabled' : 'steps.limitsDetail',
					params: {
						from: { type: 'number', value: String(l.fromAgeYears), unit: 'years' },
						study: { type: 'number', value: String(l.studyUntilAgeYears), unit: 'years' }
					}
				},
				rows: [limits]
			}
		)
	);

	// 2. Each child on the as-of date.
	const dueOn = familyDueOn(children);
	const eligibleNow = children.filter((c) => eligibleOn(c, asOf, l, birthday));
	const now = dueOn(asOf);
	if (scheme.value.scheme === 'birth-order') {
		const bo = requireAt(fsbBirthOrder, asOf);
		for (const c of eligibleNow) {
			steps.push(
				step(
					`child${c.slot}`,
					{ key: 'steps.childOrder', params: { n: c.slot, order: c.order } },
					{ value: eur(byOrder(bo.value, c.order)), rows: [bo] }
				)
			);
		}
		const sup = requireAt(fsbSupplement, asOf);
		if (eligibleNow.length > 0) {
			steps.push(
				step(
					'supplement',
					{
						key: 'steps.supplement',
						params: { count: eligibleNow.length, children: { type: 'number', value: String(eligibleNow.length), unit: 'children' } }
					},
					{
						value: eur(supplementFor(sup.value, eligibleNow.length)),
						rows: [sup]
					}
				)
			);
		}
	} else if (eligibleNow.length > 0) {
		const bc = requireAt(fsbByCount, asOf);
		const per = bc.value.perChildByCount[String(eligibleNow.length)] ?? bc.value.perChildForMore;
		steps.push(
			step(
				'perChild',
				{
					key: 'steps.perChild',
					params: { count: eligibleNow.length, children: { type: 'number', value: String(eligibleNow.length), unit: 'children' } }
				},
				{
					value: eur(per),
					rows: [bc]
				}
			)
		);
	}
	steps.push(
		step(
			'monthlyNow',
			{ key: 'steps.monthlyNow', params: { date: dateValue(asOf) } },
			{
				value: eur(now?.monthly ?? new Dec(0)),
				rows: now?.rows ?? []
			}
		)
	);

	// 3. Month by month from the as-of month until the last child leaves the age limits.
	const from = firstOfMonth(asOf);
	const latestBirth = children.reduce((m, c) => (c.birth > m ? c.birth : m), children[0]?.birth ?? asOf);
	const until = addDaysIso(addYearsMonths(latestBirth, maxAgeLimit(), 0), -1);
	const timeline = from <= until ? monthlyTimeline(from, until, dueOn, familyBreaks(children)) : monthlyTimeline(from, from, () => null);
	const stop = stoppedNotice(timeline);
	if (stop) notices.push(stop);
	if (timeline.months.length > 0) steps.push(timelineStep(timeline));

	// 4. Claim: within 6 months of the first birthday, or only 6 months back.
	const rule = requireAt(claimRule, asOf);
	const upcoming = children
		.map((c) => ({ c, deadline: addYearsMonths(birthday(c.birth, l.fromAgeYears), 0, rule.value.claimWithinMonths) }))
		.filter((x) => x.deadline >= asOf)
		.sort((a, b) => (a.deadline < b.deadline ? -1 : 1))[0];

	const figures: Figure[] = [
		{ id: 'monthlyNow', label: { key: 'figures.monthlyNow' }, value: eur(now?.monthly ?? new Dec(0)) },
		{
			id: 'eligibleNow',
			label: { key: 'figures.eligibleNow' },
			value: { type: 'number', value: String(eligibleNow.length), unit: 'children' }
		},
		{
			id: 'total',
			label: { key: 'figures.total', params: { from: { type: 'month', value: from.slice(0, 7) } } },
			value: eur(timeline.total)
		}
	];
	if (timeline.lastDay) figures.push({ id: 'until', label: { key: 'figures.until' }, value: dateValue(timeline.lastDay) });
	if (upcoming) {
		figures.push({ id: 'claimDeadline', label: { key: 'figures.claimDeadline' }, value: dateValue(upcoming.deadline) });
		steps.push(
			step(
				'claimDeadline',
				{ key: 'steps.claimDeadline', params: { n: upcoming.c.slot } },
				{
					value: dateValue(upcoming.deadline),
					detail: {
						key: 'steps.claimDeadlineDetail',
						params: {
							months: { type: 'number', value: String(rule.value.claimWithinMonths), unit: 'months' },
							birthday: dateValue(birthday(upcoming.c.birth, l.fromAgeYears))
						}
					},
					rows: [rule]
				}
			)
		);
	}
	if (children.some((c) => c.after === 'higher') && !l.higherEducationCounts) notices.push({ key: 'notices.higherFrom2026' });
	if (children.some((c) => c.after === 'higher') && l.higherEducationCounts) notices.push({ key: 'notices.higherApplication' });
	if (scheme.value.scheme === 'birth-order') notices.push({ key: 'notices.allChildren' });
	if (timeline.lastDay && timeline.lastDay > asOf) notices.push({ key: 'timeline.future' });

	const childTable = childrenTable(children, asOf, l, birthday);
	if (timeline.months.length === 0) {
		const reasons: Msg[] = children.map((c) => {
			const age = ageOn(c.birth, asOf);
			const limit =
				c.after === 'school'
					? l.studyUntilAgeYears
					: c.after === 'disabled' && l.disabledUntilAgeYears !== null
						? l.disabledUntilAgeYears
						: c.after === 'higher' && l.higherEducationCounts
							? l.studyUntilAgeYears
							: l.untilAgeYears;
			return {
				key: c.after === 'none' || (c.after === 'higher' && !l.higherEducationCounts) ? 'reasons.overAgeNotStudying' : 'reasons.overAge',
				params: {
					n: c.slot,
					age: { type: 'age', years: age.years, months: age.months },
					limit: { type: 'number', value: String(limit), unit: 'years' },
					basic: { type: 'number', value: String(l.untilAgeYears), unit: 'years' }
				}
			};
		});
		return {
			kind: 'not-eligible',
			primary: PRIMARY,
			summary: { key: 'summary.notEligible' },
			reasons,
			figures,
			steps,
			notices,
			tables: [childTable]
		};
	}
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: now
			? {
					key: 'summary.now',
					params: {
						monthly: eur(now.monthly),
						count: eligibleNow.length,
						children: { type: 'number', value: String(eligibleNow.length), unit: 'children' },
						until: dateValue(timeline.lastDay!),
						total: eur(timeline.total)
					}
				}
			: {
					key: 'summary.later',
					params: { from: dateValue(timeline.firstDay!), until: dateValue(timeline.lastDay!), total: eur(timeline.total) }
				},
		figures,
		steps,
		notices,
		tables: [timelineTable(timeline), childTable],
		charts: [timelineChart(timeline)]
	};
}

function childrenTable(children: Child[], asOf: IsoDate, l: FsbAgeLimits, birthday: (b: IsoDate, y: number) => IsoDate): ResultTable {
	const rows: Display[][] = children
		.slice()
		.sort((a, b) => a.slot - b.slot)
		.map((c) => {
			const age = ageOn(c.birth, asOf);
			return [
				{ type: 'number', value: String(c.slot) },
				dateValue(c.birth),
				{ type: 'age', years: age.years, months: age.months },
				{ type: 'yesno', value: eligibleOn(c, asOf, l, birthday) }
			];
		});
	return {
		id: 'children',
		caption: { key: 'children.caption', params: { date: dateValue(asOf) } },
		columns: [
			{ id: 'n', label: { key: 'children.n' }, numeric: true },
			{ id: 'born', label: { key: 'children.born' } },
			{ id: 'age', label: { key: 'children.age' } },
			{ id: 'paid', label: { key: 'children.paid' } }
		],
		rows
	};
}
