/**
 * The "What am I entitled to?" check: pure functions over the catalogue (no Svelte, no DOM, no
 * clock; the as-of date is an argument). The answers are a flat set of facts; each benefit entry
 * turns them into its calculator's raw input, and the calculator's own validation and compute answer
 * (`runCalculator`, the same path as the calculator page and the batch command), so the check can
 * never say something its calculators do not.
 *
 * Reading, checking and linking the answers needs only the questions' fields (`CheckQuestions`,
 * made from the calculators when the page is prerendered); running the check needs the chosen
 * situations' calculators (`calculatorsFor`), which the page loads when a situation is chosen.
 */
import type { Calculator, FieldDef, FieldError } from '$lib/engine/calculator';
import type { IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import type { Figure, Msg, Outcome } from '$lib/engine/explain';
import { parseAsOf, parseField, type RawInput } from '$lib/engine/inputs';
import { runCalculator } from '$lib/engine/run';
import { decodeFragment, encodeFragment } from '$lib/engine/share';
import {
	BENEFITS,
	CHECK_SITUATIONS,
	FACTS,
	factsOf,
	STEPS,
	type BenefitEntry,
	type CheckSituationId,
	type DeriveContext,
	type FactDef,
	type Facts,
	type FactValues,
	type StepId
} from './catalogue';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Calcs = Record<string, Calculator<any>>;

/** The page a person is on: choosing situations, one topic, or the answer. */
export type Page = 'situations' | StepId | 'results';

export interface CheckState {
	situations: CheckSituationId[];
	page: Page;
	facts: Facts;
	asOf: string;
}

const FACT_BY_ID = new Map(FACTS.map((x) => [x.id, x]));

/**
 * What the check needs before any calculator is loaded: every question's field (the calculator's
 * own definition, `factField`) and the as-of dates every calculator of the check can answer for.
 * Plain data (no functions), so the page gets it with its prerendered HTML.
 */
export interface CheckQuestions {
	fields: Record<string, FieldDef>;
	asOfRange: { from: IsoDate; to: IsoDate };
}

/** The questions' fields and the as-of range, from every calculator of the check. */
export function checkQuestions(calcs: Calcs): CheckQuestions {
	return { fields: Object.fromEntries(FACTS.map((x) => [x.id, factField(x, calcs)])), asOfRange: asOfRange(calcs) };
}

/** The question's field: the calculator's own definition under the fact's name and link key. */
export function factField(fact: FactDef, calcs: Calcs): FieldDef {
	if (fact.own) return { name: fact.id, key: fact.key, type: 'boolean', required: true };
	const def = calcs[fact.from!.calculator]?.fields.find((x: FieldDef) => x.name === fact.from!.field);
	if (!def) throw new Error(`Fact ${fact.id}: no field ${fact.from!.calculator}.${fact.from!.field}`);
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { showIf, ...rest } = def;
	return { ...rest, name: fact.id, key: fact.key, required: fact.required ?? def.required } as FieldDef;
}

/** Empty answers, with each yes/no or choice question's own default (as the calculator page starts). */
export function defaultFacts(q: CheckQuestions): Facts {
	const out: Facts = {};
	for (const fact of FACTS) {
		const def = q.fields[fact.id];
		if (def.type === 'choice' && def.default !== undefined) out[fact.id] = def.default;
		else if (def.type === 'boolean' && def.default !== undefined) out[fact.id] = def.default ? 'yes' : 'no';
	}
	return out;
}

/** The as-of dates every calculator of the check can answer for, taken from the calculators themselves. */
export function asOfRange(calcs: Calcs): { from: IsoDate; to: IsoDate } {
	const cs = Object.values(calcs);
	return {
		from: cs.map((c) => c.asOfRange.from).reduce((a, b) => (a > b ? a : b)),
		to: cs.map((c) => c.asOfRange.to).reduce((a, b) => (a < b ? a : b))
	};
}

/** Answers that parse, ignoring errors (used to decide what to ask). */
export function factValues(facts: Facts, q: CheckQuestions, asOf?: IsoDate): FactValues {
	const v: FactValues = {};
	for (const fact of FACTS) {
		const r = parseField(q.fields[fact.id], facts[fact.id], asOf);
		if (r.ok && r.value !== undefined) v[fact.id] = r.value;
	}
	return v;
}

/** Entries of the chosen situations (each once), in catalogue order. */
export function entriesFor(situations: readonly CheckSituationId[]): BenefitEntry[] {
	return BENEFITS.filter((e) => e.situations.some((s) => situations.includes(s)));
}

/** Entries that apply for these answers: a `link` entry always, a calculator entry when its condition holds. */
export function activeEntries(situations: readonly CheckSituationId[], v: FactValues): BenefitEntry[] {
	return entriesFor(situations).filter((e) => e.kind === 'link' || !e.when || e.when.test(v));
}

/** The questions to ask for these situations and answers, in catalogue order. */
export function askedFacts(situations: readonly CheckSituationId[], v: FactValues): FactDef[] {
	const used = new Set<string>();
	for (const e of entriesFor(situations)) {
		// A condition's own facts are asked whenever the entry is in a chosen situation; the rest only when it applies.
		e.when?.facts.forEach((x) => used.add(x));
		if (e.kind !== 'link' && (!e.when || e.when.test(v))) factsOf(e).forEach((x) => used.add(x));
	}
	return FACTS.filter((x) => used.has(x.id) && (!x.showIf || x.showIf(v)));
}

/** The pages for these situations and answers: situations, the topics with questions, the answer. */
export function pagesFor(situations: readonly CheckSituationId[], v: FactValues): Page[] {
	const asked = askedFacts(situations, v);
	return ['situations', ...STEPS.filter((s) => asked.some((x) => x.step === s)), 'results'];
}

/** Validate one page: every question on it, in the calculator's own words. */
export function validatePage(state: CheckState, q: CheckQuestions): FieldError[] {
	const errors: FieldError[] = [];
	const asOfParse = parseAsOf(state.asOf, q.asOfRange);
	const asOf = asOfParse.ok ? (asOfParse.value as IsoDate) : undefined;
	if (state.page === 'situations') {
		if (state.situations.length === 0) errors.push({ field: 'situations', msg: { key: 'errors.situations' } });
		if (!asOfParse.ok) errors.push({ field: 'asOf', msg: asOfParse.msg });
		return errors;
	}
	const v = factValues(state.facts, q, asOf);
	for (const fact of askedFacts(state.situations, v).filter((x) => x.step === state.page)) {
		const r = parseField(q.fields[fact.id], state.facts[fact.id], asOf);
		if (!r.ok) errors.push({ field: fact.id, msg: r.msg });
	}
	return errors;
}

/** The first page (in order) with an error, for a link that opens on the answer with answers missing or wrong. */
export function firstInvalidPage(state: CheckState, q: CheckQuestions): Page | undefined {
	const v = factValues(state.facts, q);
	for (const page of pagesFor(state.situations, v)) {
		if (page === 'results') return undefined;
		if (validatePage({ ...state, page }, q).length > 0) return page;
	}
	return undefined;
}

export type Status = 'entitled' | 'not-entitled' | 'figures' | 'cannot-answer' | 'needs-answers' | 'link';

export interface CheckItem {
	entry: BenefitEntry;
	calculator: string;
	status: Status;
	/** The calculator's input built from the answers: the pre-filled link reproduces it exactly. */
	raw: RawInput;
	/** The calculator page's share-link fragment for these answers (without '#'). */
	fragment: string;
	outcome?: Outcome;
	/** The calculator's own error messages when the check's answers do not suffice for it. */
	errors?: FieldError[];
	deadline?: IsoDate;
	start?: IsoDate;
	/** The right has begun and can still be claimed: said first ("claim it if you have not"). */
	started: boolean;
}

function dateFigure(o: Outcome | undefined, id: string | undefined): IsoDate | undefined {
	if (!o || o.kind === 'cannot-answer' || !id) return undefined;
	const fig = o.figures.find((x) => x.id === id);
	return fig?.value.type === 'date' ? fig.value.value : undefined;
}

/** The calculator's raw input for an entry: fact answers as typed, fixed options, derived values. */
export function inputFor(e: BenefitEntry, facts: Facts, v: FactValues, ctx: DeriveContext): RawInput {
	const raw: RawInput = {};
	for (const [field, src] of Object.entries(e.inputs ?? {})) {
		if ('fact' in src) {
			const fact = FACT_BY_ID.get(src.fact)!;
			// A question that is not asked for these answers (hidden by an earlier answer) passes nothing.
			if (fact.showIf && !fact.showIf(v)) continue;
			const t = facts[src.fact];
			if (t !== undefined && t.trim() !== '') raw[field] = t;
		} else if ('value' in src) raw[field] = src.value;
		else {
			const d = src.derive(v, ctx);
			if (d !== undefined) raw[field] = d;
		}
	}
	return raw;
}

/** Run every entry of the chosen situations that applies, in catalogue order (`calcs`: at least `calculatorsFor(state.situations).modules`). */
export function runCheck(state: CheckState, q: CheckQuestions, calcs: Calcs, asOf: IsoDate): CheckItem[] {
	const v = factValues(state.facts, q, asOf);
	const ctx: DeriveContext = { asOf, outcomes: {} };
	const items: CheckItem[] = [];
	for (const e of activeEntries(state.situations, v)) {
		const calc = calcs[e.calculator];
		if (e.kind === 'link') {
			items.push({ entry: e, calculator: e.calculator, status: 'link', raw: {}, fragment: '', started: false });
			continue;
		}
		const raw = inputFor(e, state.facts, v, ctx);
		const fragment = encodeFragment(calc, raw, asOf);
		const run = runCalculator(calc, raw, asOf);
		if (run.kind === 'invalid') {
			items.push({ entry: e, calculator: e.calculator, status: 'needs-answers', raw, fragment, errors: run.errors, started: false });
			continue;
		}
		const outcome = run.outcome;
		ctx.outcomes[e.id] = outcome;
		const status: Status =
			outcome.kind === 'cannot-answer'
				? 'cannot-answer'
				: outcome.kind === 'not-eligible'
					? 'not-entitled'
					: e.kind === 'figures'
						? 'figures'
						: 'entitled';
		const deadline = dateFigure(outcome, 'claimDeadline');
		const start = e.startsAt === 'now' ? undefined : dateFigure(outcome, e.startsAt);
		const begun = e.startsAt === 'now' ? paidNow(outcome) : start !== undefined && start <= asOf;
		const started = status === 'entitled' && begun && (deadline === undefined || deadline >= asOf);
		items.push({ entry: e, calculator: e.calculator, status, raw, fragment, outcome, deadline, start, started });
	}
	return items;
}

/** A result whose monthly amount for the as-of month is above zero (family state benefit, the social security benefit). */
function paidNow(o: Outcome): boolean {
	if (o.kind !== 'result') return false;
	const now = o.figures.find((x) => x.id === 'monthlyNow' || x.id === 'monthly');
	return now === undefined || now.value.type !== 'money' || new Dec(now.value.value).gt(0);
}

const ORDER: Status[] = ['entitled', 'figures', 'not-entitled', 'needs-answers', 'cannot-answer', 'link'];

/**
 * What to do first: rights that have begun and can still be claimed, then the other likely rights by
 * claim deadline (the nearest first) and start date, then pay figures, near misses, what needs more
 * answers, and what the check does not assess.
 */
export function sortItems(items: CheckItem[]): CheckItem[] {
	const key = (i: CheckItem) => i.deadline ?? i.start ?? '9999-12-31';
	return items
		.map((item, index) => ({ item, index }))
		.sort(
			(a, b) =>
				ORDER.indexOf(a.item.status) - ORDER.indexOf(b.item.status) ||
				Number(b.item.started) - Number(a.item.started) ||
				(a.item.status === 'entitled' ? key(a.item).localeCompare(key(b.item)) : 0) ||
				a.index - b.index
		)
		.map((x) => x.item);
}

export interface TimelineEntry {
	date: IsoDate;
	calculator: string;
	entry: string;
	figure: Figure;
	/** A last day to claim (shown as a deadline). */
	deadline: boolean;
}

/** Every date still ahead in the answers (start dates, ends, deadlines, the pension date), by date. */
export function timeline(items: CheckItem[], asOf: IsoDate): TimelineEntry[] {
	const out: TimelineEntry[] = [];
	for (const i of items) {
		if (!i.outcome || i.outcome.kind === 'cannot-answer') continue;
		for (const fig of i.outcome.figures) {
			if (fig.value.type !== 'date' || fig.value.value < asOf) continue;
			out.push({ date: fig.value.value, calculator: i.calculator, entry: i.entry.id, figure: fig, deadline: fig.id === 'claimDeadline' });
		}
	}
	return out.sort((a, b) => a.date.localeCompare(b.date) || Number(b.deadline) - Number(a.deadline));
}

// The check's own link: `s` the situations, `p` the page, `d` the as-of date, `v` the version, and each fact's key.
const SITUATIONS_KEY = 's';
const PAGE_KEY = 'p';

function linkCalc(q: CheckQuestions): Calculator<never> {
	return {
		fields: [
			{ name: 'situations', key: SITUATIONS_KEY, type: 'choice', options: [...CHECK_SITUATIONS], display: 'radio', required: true },
			{ name: 'page', key: PAGE_KEY, type: 'choice', options: ['situations', ...STEPS, 'results'], display: 'radio', required: true },
			...FACTS.map((x) => q.fields[x.id])
		]
	} as unknown as Calculator<never>;
}

/** The check's state as a URL fragment, in the share links' format (canonical values, language-neutral). */
export function encodeCheck(state: CheckState, q: CheckQuestions): string {
	const raw: RawInput = { situations: state.situations.join('.'), page: state.page };
	for (const x of FACTS) raw[x.id] = state.facts[x.id];
	return encodeFragment(linkCalc(q), raw, state.asOf);
}

export interface DecodedCheck {
	state: Partial<CheckState>;
	problems: Msg[];
	hasValues: boolean;
}

/** Read a fragment like a share link: unknown or repeated keys and unknown situations are reported, never thrown. */
export function decodeCheck(fragment: string, q: CheckQuestions): DecodedCheck {
	const d = decodeFragment(linkCalc(q), fragment);
	const problems = [...d.problems];
	const state: Partial<CheckState> = {};
	const { situations, page, ...facts } = d.raw;
	if (situations !== undefined) {
		const ids = situations.split('.').filter((x) => x !== '');
		const known = ids.filter((x): x is CheckSituationId => (CHECK_SITUATIONS as readonly string[]).includes(x));
		if (known.length < ids.length) problems.push({ key: 'link.situations' });
		state.situations = known;
	}
	if (page !== undefined) {
		if (page === 'situations' || page === 'results' || (STEPS as readonly string[]).includes(page)) state.page = page as Page;
		else problems.push({ key: 'link.page' });
	}
	state.facts = facts;
	if (d.asOf !== undefined) state.asOf = d.asOf;
	return { state, problems, hasValues: d.hasValues };
}
