/**
 * Test helper (imported only by *.test.ts): runs one calculator the way tests/unit/calculators.test.ts
 * runs every calculator — golden cases through the same validation and runner as the site, LV/EN
 * message parity, every message of an outcome present in both languages — so that the minimum-rate
 * calculators can be tested on their own.
 */
import { expect, it } from 'vitest';
import type { Calculator, Messages } from '$lib/engine/calculator';
import { computeSafely, runCalculator } from '$lib/engine/run';
import { displayToString, type Display, type Msg, type Outcome } from '$lib/engine/explain';
import { validateInput } from '$lib/engine/inputs';
import { createTranslator, type Translator } from '$lib/i18n';

export function messageKeys(m: Messages, prefix = ''): string[] {
	return Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : messageKeys(v, `${prefix}${k}.`)));
}

function displayMsgs(d: Display): Msg[] {
	if (d.type !== 'text') return [];
	const nested = Object.values(d.params ?? {}).flatMap((p) => (typeof p === 'object' ? displayMsgs(p) : []));
	return [{ key: d.key, params: d.params }, ...nested];
}

/** Every Msg in an outcome, table cells included. */
export function msgsOf(o: Outcome): Msg[] {
	const out: Msg[] = [...o.notices];
	if (o.kind === 'cannot-answer') out.push(o.reason);
	else {
		out.push(o.summary, ...o.figures.map((f) => f.label), ...o.figures.flatMap((f) => displayMsgs(f.value)));
		for (const t of o.tables ?? []) out.push(t.caption, ...t.columns.map((c) => c.label), ...t.rows.flat().flatMap(displayMsgs));
		if (o.kind === 'result') for (const c of o.charts ?? []) out.push(c.title, ...c.items.map((i) => i.label));
	}
	for (const s of o.steps) {
		out.push(s.title);
		if (s.detail) out.push(s.detail);
		if (s.value) out.push(...displayMsgs(s.value));
	}
	return out;
}

export function translators(calc: Calculator<never>): Translator[] {
	return [
		createTranslator('lv', { id: calc.id, messages: calc.messages.lv }),
		createTranslator('en', { id: calc.id, messages: calc.messages.en })
	];
}

/** Validate raw (string) input like the page does, then compute. */
export function run(calc: Calculator<never>, input: Record<string, unknown>, asOf = '2026-11-22') {
	return runCalculator(calc, Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v === undefined ? undefined : String(v)])), asOf);
}

export function outcomeOf(calc: Calculator<never>, input: Record<string, unknown>, asOf = '2026-11-22'): Outcome {
	const r = run(calc, input, asOf);
	if (r.kind !== 'outcome') throw new Error(`invalid input: ${JSON.stringify(r.errors)}`);
	return r.outcome;
}

export function figure(o: Outcome, id: string): string | undefined {
	if (o.kind === 'cannot-answer') return undefined;
	const f = o.figures.find((x) => x.id === id);
	return f ? displayToString(f.value) : undefined;
}

export function expectMessagesRender(calc: Calculator<never>, o: Outcome) {
	for (const tr of translators(calc)) {
		for (const m of msgsOf(o)) {
			expect(tr.has(m.key), `${tr.lang} message ${m.key}`).toBe(true);
			expect(tr.msg(m), `${tr.lang} ${m.key}`).not.toMatch(/\{\{|undefined|NaN|Infinity/);
		}
	}
}

/** The checks every calculator gets. */
export function calculatorContractTests(calc: Calculator<never>) {
	it('has the same message keys in LV and EN, and the keys the page needs', () => {
		const lv = messageKeys(calc.messages.lv).sort();
		expect(messageKeys(calc.messages.en).sort()).toEqual(lv);
		for (const k of ['title', 'question', 'intro', 'notCovered']) expect(lv).toContain(k);
		for (const f of calc.fields) {
			expect(lv, `label of ${f.name}`).toContain(`fields.${f.name}.label`);
			if (f.type === 'choice') for (const o of f.options) expect(lv, `option ${o}`).toContain(`fields.${f.name}.options.${o}.label`);
		}
	});

	it('has unique, short share-link keys that do not clash with the reserved ones', () => {
		const ks = calc.fields.map((f) => f.key);
		expect(new Set(ks).size).toBe(ks.length);
		for (const k of ks) {
			expect(k).toMatch(/^[a-z0-9]{1,3}$/);
			expect(['d', 'v']).not.toContain(k);
		}
	});

	it('has golden cases', () => expect(calc.golden?.length ?? 0).toBeGreaterThan(0));

	it.each((calc.golden ?? []).map((g) => [g.name, g] as const))('%s', (_name, g) => {
		const v = validateInput(
			calc,
			Object.fromEntries(Object.entries(g.input).map(([k, val]) => [k, val === undefined ? undefined : String(val)])),
			g.asOf
		);
		expect(v.errors, 'golden input must be valid').toEqual([]);
		const o = computeSafely(calc, v.ok ? v.value : (undefined as never), g.asOf);
		expect(o.kind, o.kind === 'cannot-answer' ? JSON.stringify(o.reason) : '').toBe(g.expect.kind);
		const expected = Object.entries(g.expect.figures ?? {});
		for (const [fid, value] of expected) expect(figure(o, fid), `figure ${fid}`).toBe(value);
		expectMessagesRender(calc, o);
		for (const s of o.steps) for (const r of s.rules) expect(r.sources.length).toBeGreaterThan(0);
	});

	it('nonsense input gives field errors, never an exception', () => {
		const raw = Object.fromEntries(calc.fields.map((f) => [f.name, 'x<script>NaN∞']));
		const r = runCalculator(calc, raw, '2026-02-30');
		expect(r.kind).toBe('invalid');
		if (r.kind === 'invalid') expect(r.errors.length).toBeGreaterThan(0);
	});
}
