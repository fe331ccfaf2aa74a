/**
 * Every calculator, through the same runner the site and the batch command use: golden cases
 * (worked legal examples), LV/EN message parity, unique share-link keys, and that bad input gives
 * messages rather than exceptions.
 */
import { describe, expect, it } from 'vitest';
import { calculatorIds, calculatorMetas, loadCalculator } from '$lib/calculators/registry';
import { computeSafely, runCalculator } from '$lib/engine/run';
import { displayToString, type Msg, type Outcome } from '$lib/engine/explain';
import { createTranslator } from '$lib/i18n';
import { commonMessages } from '$lib/i18n';
import type { Calculator, Messages } from '$lib/engine/calculator';
import { validateInput } from '$lib/engine/inputs';

const calcs: Calculator<never>[] = [];
for (const id of calculatorIds) calcs.push((await loadCalculator(id))!);

function keys(m: Messages, prefix = ''): string[] {
	return Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

/** Every Msg in an outcome, so that each can be checked to exist in both languages. */
function msgsOf(o: Outcome): Msg[] {
	const out: Msg[] = [...o.notices];
	if (o.kind === 'cannot-answer') out.push(o.reason);
	else {
		out.push(o.summary, ...o.figures.map((f) => f.label));
		if (o.kind === 'not-eligible') out.push(...o.reasons);
		for (const t of o.tables ?? []) out.push(t.caption, ...t.columns.map((c) => c.label));
	}
	for (const s of o.steps) {
		out.push(s.title);
		if (s.detail) out.push(s.detail);
	}
	return out;
}

it('the registry finds the calculators, and the retirement calculator is one of them', () => {
	expect(calculatorIds).toContain('retirement-age');
	expect(calculatorMetas.length).toBe(calcs.length);
});

it('common messages have the same keys in LV and EN', () => {
	expect(keys(commonMessages.en).sort()).toEqual(keys(commonMessages.lv).sort());
});

describe.each(calcs.map((c) => [c.id, c] as const))('%s', (id, calc) => {
	it('has the same message keys in LV and EN, and the keys the page needs', () => {
		const lv = keys(calc.messages.lv).sort();
		expect(keys(calc.messages.en).sort()).toEqual(lv);
		for (const k of ['title', 'question', 'intro', 'notCovered']) expect(lv).toContain(k);
		for (const f of calc.fields) {
			expect(lv, `${id}: label of ${f.name}`).toContain(`fields.${f.name}.label`);
			if (f.type === 'choice') for (const o of f.options) expect(lv, `${id}: option ${o}`).toContain(`fields.${f.name}.options.${o}.label`);
		}
	});
	it('has unique, short share-link keys that do not clash with the reserved ones', () => {
		const ks = calc.fields.map((f) => f.key);
		expect(new Set(ks).size).toBe(ks.length);
		for (const k of ks) {
			expect(k).toMatch(/^[a-z0-9]{1,3}$/);
			expect(['d', 'v', 'rv']).not.toContain(k);
		}
	});
	it('lists its tables and has golden cases', () => {
		expect(calc.tables.length).toBeGreaterThan(0);
		expect(calc.golden?.length ?? 0).toBeGreaterThan(0);
	});

	const lvT = createTranslator('lv', { id, messages: calc.messages.lv });
	const enT = createTranslator('en', { id, messages: calc.messages.en });

	it.each((calc.golden ?? []).map((g) => [g.name, g] as const))('%s', (_name, g) => {
		const v = validateInput(
			calc,
			Object.fromEntries(
				Object.entries(g.input).map(([k, val]) => [k, val === undefined ? undefined : Array.isArray(val) ? val.join(';') : String(val)])
			),
			g.asOf
		);
		expect(v.errors, 'golden input must be valid').toEqual([]);
		const o = computeSafely(calc, v.ok ? v.value : (undefined as never), g.asOf);
		expect(o.kind, o.kind === 'cannot-answer' ? JSON.stringify(o.reason) : '').toBe(g.expect.kind);
		for (const [fid, expected] of Object.entries(g.expect.figures ?? {})) {
			const f = o.kind === 'cannot-answer' ? undefined : o.figures.find((x) => x.id === fid);
			expect(f, `figure ${fid}`).toBeDefined();
			expect(displayToString(f!.value), `figure ${fid}`).toBe(expected);
		}
		// Every message the outcome uses exists in both languages and renders without placeholders left.
		for (const m of msgsOf(o)) {
			for (const tr of [lvT, enT]) {
				expect(tr.has(m.key), `${tr.lang} message ${m.key}`).toBe(true);
				expect(tr.msg(m)).not.toMatch(/\{\{|undefined|NaN|Infinity/);
			}
		}
		// Every step that used a rule cites a source; every rounding reason is a message in both languages.
		for (const s of o.steps) for (const r of s.rules) expect(r.sources.length).toBeGreaterThan(0);
		for (const s of o.steps)
			if (s.rounding) for (const tr of [lvT, enT]) expect(tr.has(s.rounding.reason), `${tr.lang}: ${s.rounding.reason}`).toBe(true);
	});

	it('nonsense input gives field errors, never an exception', () => {
		const raw = Object.fromEntries(calc.fields.map((f) => [f.name, 'x<script>NaN∞']));
		const r = runCalculator(calc, raw, '2026-02-30');
		expect(r.kind).toBe('invalid');
		if (r.kind === 'invalid') expect(r.errors.length).toBeGreaterThan(0);
	});
});
