/**
 * One entry point used by the page, the batch command and the tests: validate raw input, compute,
 * and turn a "date not covered by the data" into a clear cannot-answer outcome.
 */
import type { Calculator, FieldError } from './calculator';
import type { IsoDate } from './dates';
import { CannotAnswerError, statusNotices, type Msg, type Outcome } from './explain';
import { validateInput, type RawInput } from './inputs';
import { NotCoveredError, type NotCovered } from './tables';

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

/** Compute with already-validated input. */
export function computeSafely<I>(calc: Calculator<I>, input: I, asOf: IsoDate): Outcome {
	try {
		const outcome = calc.compute(input, asOf);
		// Unconfirmed or planned rows used anywhere in the steps are always announced.
		const extra = statusNotices(outcome.steps).filter((n) => !outcome.notices.some((m) => JSON.stringify(m) === JSON.stringify(n)));
		// Implausible values are questioned first, above the other notices (README "Decisions").
		const doubts = outcome.kind === 'cannot-answer' ? [] : (calc.plausibility?.(input, asOf) ?? []);
		return { ...outcome, notices: [...doubts, ...outcome.notices, ...extra] };
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
