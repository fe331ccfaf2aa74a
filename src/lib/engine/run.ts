/**
 * One entry point used by the page, the batch command and the tests: validate raw input, compute,
 * and turn a "date not covered by the data" into a clear cannot-answer outcome.
 */
import type { Calculator, FieldError } from './calculator';
import type { IsoDate } from './dates';
import { CannotAnswerError, statusNotices, type Msg, type Outcome } from './explain';
import { validateInput, type RawInput } from './inputs';
import { NotCoveredError, withRollover, type NotCovered, type Substitution } from './tables';

export type RunResult = { kind: 'invalid'; errors: FieldError[]; asOf?: IsoDate } | { kind: 'outcome'; outcome: Outcome; asOf: IsoDate };

export function notCoveredMessage(n: NotCovered): Msg {
	const table = { type: 'localized' as const, value: n.tableTitle };
	switch (n.kind) {
		case 'before-coverage':
			return {
				key: 'common:coverage.before',
				params: { table, date: { type: 'date', value: n.date }, from: { type: 'date', value: n.coveredFrom } }
			};
		case 'after-coverage':
			return {
				key: 'common:coverage.after',
				params: { table, date: { type: 'date', value: n.date }, until: { type: 'date', value: n.coveredUntil } }
			};
		case 'repealed':
			return {
				key: 'common:coverage.repealed',
				params: { table, date: { type: 'date', value: n.date }, since: { type: 'date', value: n.since } }
			};
	}
}

/**
 * "We do not yet have the rules for 2027; the result uses the rules of 31.12.2026": one notice per last
 * known day that was used in place of a later date (the as-of date itself, or a date the calculation needed).
 */
export function rolloverNotices(asOf: IsoDate, asOfTo: IsoDate, substitutions: Substitution[]): Msg[] {
	const untils = new Set(substitutions.map((s) => s.coveredUntil));
	if (asOf > asOfTo) untils.add(asOfTo);
	return [...untils]
		.sort()
		.map((until) =>
			until.endsWith('-12-31')
				? { key: 'common:rollover.year', params: { year: String(Number(until.slice(0, 4)) + 1), until: { type: 'date', value: until } } }
				: { key: 'common:rollover.after', params: { until: { type: 'date', value: until } } }
		);
}

/**
 * Compute with already-validated input. Dates after the data's end (the as-of date, or a date the
 * calculation needs such as a benefit running into next year) are answered with the rules of the
 * calculator's last covered day, and the outcome says so first among its notices (`rollover`); a table
 * that ends before that day is a known gap and still gives "cannot answer".
 */
export function computeSafely<I>(calc: Calculator<I>, input: I, asOf: IsoDate): Outcome {
	try {
		const { value: outcome, substitutions } = withRollover(calc.asOfRange.to, () => calc.compute(input, asOf));
		// Unconfirmed or planned rows used anywhere in the steps are always announced.
		const extra = statusNotices(outcome.steps).filter((n) => !outcome.notices.some((m) => JSON.stringify(m) === JSON.stringify(n)));
		// Implausible values are questioned first, above the other notices (README "Decisions"); a rollover to
		// the last known rules is said before everything.
		const doubts = outcome.kind === 'cannot-answer' ? [] : (calc.plausibility?.(input, asOf) ?? []);
		const rollover = outcome.kind === 'cannot-answer' ? [] : rolloverNotices(asOf, calc.asOfRange.to, substitutions);
		if (rollover.length === 0) return { ...outcome, notices: [...doubts, ...outcome.notices, ...extra] };
		return { ...outcome, notices: [...rollover, ...doubts, ...outcome.notices, ...extra], rollover };
	} catch (e) {
		if (e instanceof NotCoveredError) {
			return { kind: 'cannot-answer', reason: notCoveredMessage(e.lookup), steps: [], notices: [] };
		}
		if (e instanceof CannotAnswerError) return { kind: 'cannot-answer', reason: e.reason, steps: [], notices: [] };
		throw e;
	}
}

export function runCalculator<I>(calc: Calculator<I>, raw: RawInput, rawAsOf: string | undefined): RunResult {
	const v = validateInput(calc, raw, rawAsOf);
	if (!v.ok) return { kind: 'invalid', errors: v.errors, asOf: v.asOf };
	return { kind: 'outcome', outcome: computeSafely(calc, v.value, v.asOf!), asOf: v.asOf! };
}
