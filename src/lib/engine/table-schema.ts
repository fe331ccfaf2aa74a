/**
 * The schema every rule table in `data/` is checked against, by a unit test and at build time
 * (see `vite.config.ts`). Zod is used because its types are inferred from the schema (one
 * definition for validation and for TypeScript) and its error paths name the row that failed.
 */
import { z } from 'zod';
import { isLawUrl, isOfficialUrl } from './source-hosts.ts';

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
	.refine((s) => {
		const [y, m, d] = s.split('-').map(Number);
		const dt = new Date(Date.UTC(y, m - 1, d));
		return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
	}, 'is not a real calendar date');

/** Amounts and rates are decimal strings so that no float ever touches them. */
export const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string like "370" or "0.1050"');

const localized = z.object({ lv: z.string().min(1), en: z.string().min(1) }).strict();

export const sourceSchema = z
	.object({
		/** The legal act or publication, e.g. "Likums «Par valsts pensijām»". */
		act: z.string().min(1),
		/** Article / point / table where known, e.g. "Pārejas noteikumu 42. punkts". */
		article: z.string().optional(),
		url: z.string().regex(/^https?:\/\//, 'must be an http(s) URL'),
		/** The date of the version of the source that was consulted. */
		consulted: isoDate,
		/** official = the act or the agency itself; secondary = press, accounting firms, etc. */
		kind: z.enum(['official', 'secondary']).optional()
	})
	.strict();

/**
 * The legal basis of a row: the act that sets the value, the provision, and the act on likumi.lv (or
 * vestnesis.lv / EUR-Lex). Where the act's text could not be read, `namedOn` is the official page that
 * names the act and provision, and the page says so.
 */
export const basisSchema = z
	.object({
		/** The act with its number, e.g. "MK 24.11.2015 noteikumi Nr. 656 «…»" or "Likums «Par valsts pensijām»". */
		act: z.string().min(1),
		/** Article / point / annex, e.g. "11. panta pirmā daļa". Only a provision seen named in the act or an official page. */
		article: z.string().optional(),
		url: z.string().refine(isLawUrl, 'the legal basis must link the act on likumi.lv, vestnesis.lv or eur-lex.europa.eu'),
		consulted: isoDate,
		/** The official page that names this act and provision, where the act's own text could not be read. */
		namedOn: z.string().refine(isOfficialUrl, 'namedOn must be an official page').optional()
	})
	.strict();

/**
 * confirmed: stated by a cited source. derived: computed from a confirmed rule (the note says how).
 * secondary: stated only by secondary sources (press, firms, trade unions), not by an official one.
 * unconfirmed: not found in an official source; shown to users as such. planned: announced, not enacted.
 */
export const statusSchema = z.enum(['confirmed', 'secondary', 'derived', 'unconfirmed', 'planned']);

const ageValue = z.object({ years: z.number().int().min(0).max(120), months: z.number().int().min(0).max(11) }).strict();

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
const jsonValue: z.ZodType<Json> = z.lazy(() =>
	z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)])
);

const rowBase = {
	validFrom: isoDate,
	status: statusSchema.default('confirmed'),
	note: localized.optional(),
	/** The act and provision that set the value. */
	basis: z.array(basisSchema).min(1, 'every row needs its legal basis (act, provision, likumi.lv link)'),
	/** Evidence: where the value itself was confirmed; official pages first. */
	sources: z.array(sourceSchema).min(1, 'every row needs at least one source')
};

type RowLike = { status?: string; sources: Array<{ url: string; kind?: string }> };
/** The row's status must match its evidence: "confirmed" needs an official page; "secondary" has none. */
function statusMatchesEvidence(r: RowLike, ctx: z.RefinementCtx) {
	const official = r.sources.some((s) => isOfficialUrl(s.url));
	const status = r.status ?? 'confirmed';
	if (status === 'confirmed' && !official)
		ctx.addIssue({
			code: 'custom',
			path: ['status'],
			message: 'a confirmed row needs official evidence (likumi.lv, vestnesis.lv or a *.gov.lv page); otherwise mark it "secondary"'
		});
	if (status === 'secondary' && official)
		ctx.addIssue({ code: 'custom', path: ['status'], message: 'a row with official evidence is not "secondary"' });
	r.sources.forEach((s, i) => {
		if (s.kind === 'official' && !isOfficialUrl(s.url))
			ctx.addIssue({ code: 'custom', path: ['sources', i, 'kind'], message: `${s.url} is not an official page` });
	});
}

/**
 * A row holds a value, or is an explicit repeal (`"repealed": true`: from this date the rule no
 * longer exists). One object schema (not a union) so that errors point at the field that is wrong.
 */
const row = <T extends z.ZodType>(value: T) =>
	z
		.object({ ...rowBase, value: value.optional(), repealed: z.literal(true).optional() })
		.strict()
		.refine((r) => (r.value !== undefined) !== (r.repealed === true), {
			message: 'a row has either a "value" or "repealed": true',
			path: ['value']
		})
		.superRefine(statusMatchesEvidence);

/** The units a record field's value can be shown in ("80" with percent → "80 %", 6 with months → "6 mēneši"). */
export const fieldUnitSchema = z.enum(['eur', 'percent', 'years', 'months', 'days', 'hours', 'children']);

/**
 * What a record field is called on the public pages, in both languages, and the unit its numbers are
 * shown in. `null`: an internal key that is never shown (a holiday's id, where its name is shown).
 */
export const fieldLabelSchema = z
	.object({ lv: z.string().min(1), en: z.string().min(1), unit: fieldUnitSchema.optional() })
	.strict()
	.nullable();

const tableBase = {
	$schema: z.string().optional(),
	/** Equal to the file path under data/ without `.json`, e.g. `pension/retirement-age-general`. */
	id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be "<domain>/<name>" in kebab-case'),
	title: localized,
	description: localized.optional(),
	/**
	 * The last day the data is known to describe: for an open-ended rule (a rate in a law), the day up
	 * to which it was checked to be still in force. Every table in data/ states it (a unit test checks);
	 * later dates are outside coverage and answered only by the explicit rollover (see engine/run.ts).
	 */
	coveredUntil: isoDate.optional(),
	/**
	 * The rows are a schedule the law sets in advance (e.g. retirement ages rising year by year): a
	 * lookup for a later date follows the schedule as enacted, and `coveredUntil` is the last day for
	 * which the law itself was checked (it bounds the as-of date, not the dates the schedule answers for).
	 */
	scheduleInLaw: z.boolean().optional(),
	/**
	 * For schedules: the first row is itself a step up from an earlier value that is not in the data.
	 * Answers that an earlier, lower value could have decided are then refused (see src/lib/pension/schedule.ts).
	 */
	firstRowIsStep: z.boolean().optional(),
	/**
	 * Record tables: the plain-language name of every field that appears in a row value, at any depth,
	 * keyed by the field's name in the data (`"rateDecimals": { "lv": "Likmes zīmes aiz komata", … }`).
	 * Keys that are themselves data (a year, an age, a count: "1997", "64") need none. Checked for
	 * completeness by src/lib/engine/validate-tables.ts (the build and the unit tests).
	 */
	fields: z.record(z.string(), fieldLabelSchema).optional(),
	/** Record tables: the plain-language text of each coded value (`"half-up"`, `"birth-order"`). */
	codes: z.record(z.string(), localized).optional()
};

const table = <K extends string, T extends z.ZodType>(kind: K, unit: z.ZodType, value: T) =>
	z
		.object({
			...tableBase,
			kind: z.literal(kind),
			unit,
			rows: z.array(row(value)).min(1)
		})
		.strict();

export const unitSchema = z.enum([
	'eur',
	'eur-per-hour',
	'percent',
	'ratio',
	'years',
	'months',
	'days',
	'hours',
	'count',
	'age',
	'date',
	'mixed'
]);

export const tableSchema = z.discriminatedUnion('kind', [
	/** One decimal amount or rate per row. Percent values are stored as percent ("10.50"). */
	table('decimal', unitSchema, decimalString),
	/** An age in whole years and months. */
	table('age', z.literal('age'), ageValue),
	/** A set of named parameters per row (strings, decimal strings, integers, lists). */
	table('record', unitSchema, z.record(z.string(), jsonValue))
]);

export type RuleTableJson = z.input<typeof tableSchema>;
export type RuleTable = z.output<typeof tableSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Basis = z.output<typeof basisSchema>;
export type RowStatus = z.output<typeof statusSchema>;
export type AgeValue = z.output<typeof ageValue>;
export type FieldUnit = z.output<typeof fieldUnitSchema>;
export type FieldLabel = z.output<typeof fieldLabelSchema>;
