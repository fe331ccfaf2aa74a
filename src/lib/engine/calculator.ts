/**
 * The calculator contract. A calculator is one folder under `src/lib/calculators/<id>/` whose
 * `index.ts` default-exports a `Calculator`; the registry finds it by that path, so adding a
 * calculator means adding a folder.
 */
import type { IsoDate } from './dates';
import type { Msg, Outcome } from './explain';
import type { Table } from './tables';

interface FieldBase {
	/** Name in the input object and in message keys (`fields.<name>.label`, `.hint`). */
	name: string;
	/** Short, language-neutral key used in share links (URL fragment). Unique per calculator; `d` is reserved for the as-of date. */
	key: string;
	required: boolean;
	/** Show the field only when this holds for the other (already parsed) values. */
	showIf?: (values: Record<string, unknown>) => boolean;
}

/**
 * Fields people type into carry their own example as a canonical value (ISO date, `YYYY-MM`, dot
 * decimal): it is shown in the hint and in every error of the field, in the typed form of the page
 * language, and a test checks that it is inside the field's own range.
 */
interface Typed {
	example?: string;
}

export type FieldDef =
	| (FieldBase &
			Typed & {
				type: 'date';
				/** Every date is typed as text (15.03.1962), never a date picker: see README "Decisions". */
				min?: IsoDate;
				/** 'asOf' = may not be after the as-of date (e.g. a date of birth). */
				max?: IsoDate | 'asOf';
			})
	| (FieldBase & Typed & { type: 'money'; min?: string; max?: string })
	| (FieldBase & Typed & { type: 'integer'; min: number; max: number; unit?: 'years' | 'months' | 'days' | 'hours' | 'children' })
	| (FieldBase & Typed & { type: 'decimal'; min: string; max: string; places: number; unit?: 'years' | 'hours' | 'percent' })
	| (FieldBase & { type: 'choice'; options: readonly string[]; display: 'radio' | 'select'; default?: string })
	| (FieldBase & { type: 'boolean'; default?: boolean })
	| (FieldBase & Typed & { type: 'month'; min?: string; max?: string })
	/** A list of amounts, e.g. monthly contribution wages; typed one per line or separated by ";". */
	| (FieldBase & Typed & { type: 'money-list'; minItems: number; maxItems: number });

export type FieldType = FieldDef['type'];

/** A flat message tree for one language. Keys used by the generic page: see README "Adding a calculator". */
export interface Messages {
	[key: string]: string | Messages;
}

export interface FieldError {
	field: string;
	msg: Msg;
}

export interface Calculator<I = Record<string, unknown>> {
	id: string;
	/** Where it is listed on the home page. */
	domain: 'pension' | 'labour' | 'tax' | 'benefits';
	fields: FieldDef[];
	/**
	 * The as-of dates this calculator has rules for, computed by `coverageOf(tables, …)` (engine/coverage.ts):
	 * it ends where the data of its core tables ends (a unit test checks it is not wider). A later as-of date
	 * is still answered, with the rules of the last covered day and a notice saying so (engine/run.ts).
	 */
	asOfRange: { from: IsoDate; to: IsoDate };
	/** Tables only some answers need that cover less than `asOfRange` (left out of it; outside them: "cannot answer"). */
	partialTables?: Table<unknown>[];
	/** Checks that need several fields at once (e.g. an event date after the birth date). */
	crossValidate?: (input: I, asOf: IsoDate) => FieldError[];
	compute: (input: I, asOf: IsoDate) => Outcome;
	/**
	 * Values that are valid but implausible (a monthly wage above the annual maximum contribution
	 * object, a sick leave longer than the law pays for): each returns a warning that the runner puts
	 * first among the result's notices. The calculation still runs; the person is questioned, not
	 * stopped (README "Decisions").
	 */
	plausibility?: (input: I, asOf: IsoDate) => Msg[];
	/** Every rule table the calculator uses: listed with their sources on the page (also without JavaScript). */
	tables: Table<unknown>[];
	messages: { lv: Messages; en: Messages };
	/** Worked legal examples: fed to unit tests, browser tests and the README. */
	golden?: GoldenCase[];
}

export interface GoldenCase {
	/** The claim, e.g. "Born 1955-05-15, general case, retires 2018-08-15". */
	name: string;
	/** The arithmetic and the source. */
	note: string;
	asOf: IsoDate;
	input: Record<string, unknown>;
	expect: {
		kind: Outcome['kind'];
		/** Figure id → expected display string (money as "123.45", dates ISO, ages "63y3m"). */
		figures?: Record<string, string>;
	};
}
