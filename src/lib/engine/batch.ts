/**
 * The batch command's engine side: the same registry, validation and compute as the site.
 * Input: JSON lines {"calculator": ID, "input": {...}, "asOf": "YYYY-MM-DD"}; output: one JSON
 * outcome per line, values as strings, steps with their rules, or errors (messages in English).
 */
import { calculatorIds, calculatorMetas, loadCalculator } from '$lib/calculators/registry';
import type { Calculator, FieldDef } from './calculator';
import { displayToString, type Outcome } from './explain';
import { runCalculator } from './run';
import { encodeFragment } from './share';
import { createTranslator } from '$lib/i18n';

/**
 * A value from a parsed JSON line as the text a person would type. Objects are written out as JSON
 * (then refused by the field's validation): `String({"toString": 1})` would throw and end the batch.
 */
function asText(v: unknown): string {
	if (typeof v === 'string') return v;
	if (typeof v === 'boolean') return v ? 'yes' : 'no';
	if (typeof v === 'number') return String(v);
	return JSON.stringify(v) ?? '';
}

function stringInput(input: unknown): Record<string, string | undefined> {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) return {};
	const out: Record<string, string | undefined> = Object.create(null);
	for (const [k, v] of Object.entries(input)) {
		if (v === null || v === undefined) continue;
		out[k] = Array.isArray(v) ? v.map(asText).join(';') : asText(v);
	}
	return out;
}

/** One English translator per calculator: creating an i18next instance per line dominated a long batch. */
const translators = new Map<string, ReturnType<typeof createTranslator>>();
function english(calc: Calculator<never>) {
	let tr = translators.get(calc.id);
	if (!tr) translators.set(calc.id, (tr = createTranslator('en', { id: calc.id, messages: calc.messages.en })));
	return tr;
}

function outcomeJson(calc: Calculator<never>, o: Outcome) {
	const tr = english(calc);
	const steps = o.steps.map((s) => ({
		id: s.id,
		title: tr.msg(s.title),
		value: s.value ? (s.value.type === 'text' || s.value.type === 'localized' ? tr.display(s.value) : displayToString(s.value)) : undefined,
		detail: s.detail ? tr.msg(s.detail) : undefined,
		rounding: s.rounding ? { ...s.rounding, reason: tr.has(s.rounding.reason) ? tr.t(s.rounding.reason) : s.rounding.reason } : undefined,
		rules: s.rules.map((r) => ({ table: r.table, validFrom: r.validFrom, status: r.status, sources: r.sources.map((x) => x.url) }))
	}));
	const notices = o.notices.map((n) => tr.msg(n));
	if (o.kind === 'cannot-answer') return { outcome: o.kind, reason: tr.msg(o.reason), steps, notices };
	const values = Object.fromEntries(o.figures.map((f) => [f.id, displayToString(f.value)]));
	const tables = (o.tables ?? []).map((t) => ({
		id: t.id,
		columns: t.columns.map((c) => c.id),
		rows: t.rows.map((r) => r.map(displayToString))
	}));
	return {
		outcome: o.kind,
		summary: tr.msg(o.summary),
		values,
		...(o.kind === 'not-eligible' ? { reasons: o.reasons.map((r) => tr.msg(r)) } : {}),
		...(tables.length ? { tables } : {}),
		steps,
		notices
	};
}

/** One line in, one outcome out; never throws, so one bad line cannot end a batch. */
export async function runBatchLine(line: string): Promise<unknown> {
	return (await runBatchLineWithOutcome(line)).out;
}

/** The batch line's output and, where one was computed, the outcome it was made from (for the fuzzer's checks). */
export async function runBatchLineWithOutcome(line: string): Promise<{ out: unknown; outcome?: Outcome; crashed?: boolean }> {
	try {
		return await runLine(line);
	} catch (e) {
		return {
			out: { outcome: 'error', errors: [{ field: null, message: `Unexpected error: ${e instanceof Error ? e.message : 'unknown'}` }] },
			crashed: true
		};
	}
}

async function runLine(line: string): Promise<{ out: unknown; outcome?: Outcome }> {
	let req: { calculator?: unknown; input?: unknown; asOf?: unknown };
	try {
		req = JSON.parse(line);
	} catch {
		return { out: { outcome: 'error', errors: [{ field: null, message: 'The line is not valid JSON' }] } };
	}
	if (typeof req !== 'object' || req === null || Array.isArray(req))
		return {
			out: { outcome: 'error', errors: [{ field: null, message: 'Each line must be a JSON object {"calculator", "input", "asOf"}' }] }
		};
	const id = typeof req.calculator === 'string' ? req.calculator : '';
	const calc = (await loadCalculator(id)) as Calculator<never> | undefined;
	if (!calc)
		return {
			out: {
				outcome: 'error',
				errors: [
					{
						field: 'calculator',
						message: `Unknown calculator ${JSON.stringify(req.calculator ?? null).slice(0, 80)}. Known: ${calculatorIds.join(', ')}`
					}
				]
			}
		};
	const r = runCalculator(calc, stringInput(req.input), typeof req.asOf === 'string' ? req.asOf : undefined);
	const base = { calculator: id, asOf: r.asOf ?? null };
	if (r.kind === 'invalid') {
		const tr = english(calc);
		return { out: { ...base, outcome: 'invalid', errors: r.errors.map((e) => ({ field: e.field, message: tr.msg(e.msg) })) } };
	}
	return { out: { ...base, ...outcomeJson(calc, r.outcome) }, outcome: r.outcome };
}

function describeField(f: FieldDef, label: string, hint: string): string {
	let type: string = f.type;
	if (f.type === 'choice') type = `one of: ${f.options.join(', ')}`;
	if (f.type === 'integer') type = `whole number ${f.min}–${f.max}`;
	if (f.type === 'decimal') type = `number ${f.min}–${f.max}`;
	if (f.type === 'money') type = 'amount in euro, e.g. "1234.56"';
	if (f.type === 'money-list') type = `list of ${f.minItems}–${f.maxItems} amounts`;
	if (f.type === 'date') type = 'date YYYY-MM-DD';
	if (f.type === 'month') type = 'month YYYY-MM';
	if (f.type === 'boolean') type = 'true / false';
	return `| \`${f.name}\` | \`${f.key}\` | ${f.required ? 'yes' : 'no'} | ${type} | ${label}${hint ? ` — ${hint}` : ''} |`;
}

/** The README section listing every calculator's id and input fields, generated from the schemas. */
export async function calculatorsMarkdown(): Promise<string> {
	const parts: string[] = [];
	for (const m of calculatorMetas) {
		const calc = (await loadCalculator(m.id))!;
		const tr = createTranslator('en', { id: calc.id, messages: calc.messages.en });
		parts.push(
			`### \`${m.id}\` — ${tr.t('question')}`,
			'',
			`Pages: \`/lv/${m.id}/\`, \`/en/${m.id}/\`. As-of dates ${calc.asOfRange.from} … ${calc.asOfRange.to} (link key \`d\`).`,
			''
		);
		parts.push('| input | link key | required | type | meaning |', '|---|---|---|---|---|');
		for (const f of calc.fields) {
			const hint = tr.has(`fields.${f.name}.hint`) ? tr.t(`fields.${f.name}.hint`) : '';
			parts.push(describeField(f, tr.t(`fields.${f.name}.label`), hint.replace(/\|/g, '/')));
		}
		parts.push('');
	}
	return parts.join('\n');
}

/**
 * Browser-test fixtures: every calculator's golden cases as share-link fragments, so the browser
 * tests can open each case in LV and EN and compare the figures the page shows.
 */
export async function goldenFixtures() {
	const out = [];
	for (const id of calculatorIds) {
		const calc = (await loadCalculator(id)) as Calculator<never>;
		out.push({
			id,
			fields: calc.fields.map((f) => ({ name: f.name, key: f.key, type: f.type })),
			cases: (calc.golden ?? []).map((g) => ({
				name: g.name,
				kind: g.expect.kind,
				figures: g.expect.figures ?? {},
				fragment: encodeFragment(calc, stringInput(g.input), g.asOf)
			}))
		});
	}
	return out;
}
