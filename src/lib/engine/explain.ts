/**
 * Explanation is an output: a calculator returns the steps that produced its answer, and each step
 * that used a table row carries that row's sources automatically (`cite`).
 */
import type { IsoDate } from './dates';
import type { RoundingNote } from './decimal';
import type { Basis, Localized, RowInForce, RowStatus, Source } from './tables';

/** A value to show; the UI formats it for the page language, the batch command prints it as a string. */
export type Display =
	| { type: 'money'; value: string }
	| { type: 'rate'; value: string; unit: 'eur-per-hour' | 'eur-per-day' }
	| { type: 'percent'; value: string }
	| { type: 'number'; value: string; unit?: 'hours' | 'days' | 'years' | 'months' | 'children' | 'none' }
	| { type: 'date'; value: IsoDate }
	| { type: 'month'; value: string }
	| { type: 'age'; years: number; months: number }
	| { type: 'yesno'; value: boolean }
	| { type: 'text'; key: string; params?: MsgParams }
	/** Text that comes from data (a table title), already in both languages. */
	| { type: 'localized'; value: Localized };

/** Message parameters; an undefined value is simply left out. */
export type MsgParams = Record<string, string | number | Display | undefined>;

/** A message key of the calculator's (or the common) namespace, with its parameters. */
export interface Msg {
	key: string;
	params?: MsgParams;
	/** A more specific key used instead of `key` when the namespace has it (a field's own error wording). */
	prefer?: string;
}

/** A table row used by a step: what the UI shows as "rule", "source" and "in force since". */
export interface RuleCitation {
	table: string;
	tableTitle: Localized;
	validFrom: IsoDate;
	validUntil?: IsoDate;
	status: RowStatus;
	note?: Localized;
	basis: Basis[];
	sources: Source[];
}

export interface Step {
	/** Stable id, used by tests and the print view. */
	id: string;
	title: Msg;
	value?: Display;
	/** The arithmetic or reasoning in words. */
	detail?: Msg;
	rules: RuleCitation[];
	rounding?: RoundingNote;
}

export interface Figure {
	id: string;
	label: Msg;
	value: Display;
}

export interface ResultTable {
	id: string;
	caption: Msg;
	columns: Array<{ id: string; label: Msg; numeric?: boolean }>;
	rows: Display[][];
	/** Offer a CSV download of this table. */
	csv?: boolean;
}

export interface BarChart {
	type: 'bars';
	id: string;
	title: Msg;
	/** One bar per item; amounts as decimal strings. */
	items: Array<{ label: Msg; value: string }>;
	unit: 'eur' | 'hours' | 'days';
}

/** A month drawn as a calendar grid (Monday first), each day with its kind and a note; with a legend. */
export interface MonthCalendar {
	id: string;
	/** YYYY-MM */
	month: string;
	caption: Msg;
	days: Array<{ date: IsoDate; kind: string; label: Msg; note?: Display; hours?: Display }>;
	legend: Array<{ kind: string; label: Msg; description: Msg }>;
}

interface OutcomeBase {
	steps: Step[];
	/**
	 * The figures that answer the question (at most three, in order), shown large before the rest:
	 * net pay for gross → net, the date for the retirement age. Without it, the first figure.
	 */
	primary?: string[];
	/** Things the user should know: unconfirmed data used, assumptions made. */
	notices: Msg[];
	/**
	 * Set by the runner when some rules were not known for a date the calculation needed and the rules of
	 * the last known day were used instead: the notices (also in `notices`, first) that say so.
	 */
	rollover?: Msg[];
}

export type Outcome =
	| (OutcomeBase & {
			kind: 'result';
			/** The answer in one sentence. */
			summary: Msg;
			figures: Figure[];
			tables?: ResultTable[];
			charts?: BarChart[];
			calendars?: MonthCalendar[];
	  })
	| (OutcomeBase & {
			kind: 'not-eligible';
			summary: Msg;
			/** Each unmet condition, saying how close the person is. */
			reasons: Msg[];
			figures: Figure[];
			tables?: ResultTable[];
			charts?: BarChart[];
	  })
	| (OutcomeBase & {
			kind: 'cannot-answer';
			reason: Msg;
	  });

export function cite(row: RowInForce<unknown>): RuleCitation {
	return {
		table: row.table,
		tableTitle: row.tableTitle,
		validFrom: row.validFrom,
		validUntil: row.validUntil,
		status: row.status,
		note: row.note,
		basis: row.basis,
		sources: row.sources
	};
}

/** Build a step; pass the rows it used and their citations are attached. */
export function step(
	id: string,
	title: Msg,
	opts: { value?: Display; detail?: Msg; rows?: RowInForce<unknown>[]; rounding?: RoundingNote } = {}
): Step {
	return {
		id,
		title,
		value: opts.value,
		detail: opts.detail,
		rules: (opts.rows ?? []).map(cite),
		rounding: opts.rounding
	};
}

/** Notices for every row in the steps whose value is not confirmed, one per table row. */
export function statusNotices(steps: Step[]): Msg[] {
	const seen = new Set<string>();
	const out: Msg[] = [];
	for (const s of steps) {
		for (const r of s.rules) {
			if (r.status === 'confirmed') continue;
			const k = `${r.table}@${r.validFrom}`;
			if (seen.has(k)) continue;
			seen.add(k);
			out.push({
				key: `common:status.notice.${r.status}`,
				params: { table: { type: 'localized', value: r.tableTitle }, since: { type: 'date', value: r.validFrom } }
			});
		}
	}
	return out;
}

export const money = (value: { toFixed(n: number): string } | string): Display => ({
	type: 'money',
	value: typeof value === 'string' ? value : value.toFixed(2)
});
export const dateValue = (value: IsoDate): Display => ({ type: 'date', value });
export const text = (key: string, params?: MsgParams): Display => ({ type: 'text', key, params });

/**
 * Language-neutral string form of a value: used by the batch command and by golden cases
 * (money "1234.56", percent "80", dates ISO, months "2026-03", ages "63y3m", yes/no "yes"/"no").
 */
export function displayToString(d: Display): string {
	switch (d.type) {
		case 'money':
		case 'rate':
		case 'percent':
		case 'number':
		case 'date':
		case 'month':
			return d.value;
		case 'age':
			return `${d.years}y${d.months}m`;
		case 'yesno':
			return d.value ? 'yes' : 'no';
		case 'text':
			return d.key;
		case 'localized':
			return d.value.en;
	}
}

/**
 * Thrown by compute code when the rules cannot answer (e.g. a rate that no source gives for that
 * date); the runner turns it into a `cannot-answer` outcome, so no calculator repeats that plumbing.
 */
export class CannotAnswerError extends Error {
	constructor(public readonly reason: Msg) {
		super(reason.key);
	}
}
