/**
 * The state-benefit calculators through the same runner the site uses: golden cases, LV/EN message
 * parity, every message of an outcome renders in both languages, every cited rule has a source,
 * and nonsense input gives field errors. (Mirrors tests/unit/calculators.test.ts for these folders,
 * so they can be checked on their own.)
 */
import { describe, expect, it } from 'vitest';
import { listTableFiles, validateTable } from '$lib/engine/validate-tables';
import { computeSafely, runCalculator } from '$lib/engine/run';
import { displayToString, type Msg, type Outcome } from '$lib/engine/explain';
import { validateInput } from '$lib/engine/inputs';
import type { Calculator, Messages } from '$lib/engine/calculator';
import { createTranslator } from '$lib/i18n';
import { STATE_BENEFIT_CALCULATORS } from './registry.test-helper';

function keys(m: Messages, prefix = ''): string[] {
	return Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

function msgsOf(o: Outcome): Msg[] {
	const out: Msg[] = [...o.notices];
	if (o.kind === 'cannot-answer') out.push(o.reason);
	else {
		out.push(o.summary, ...o.figures.map((f) => f.label));
		if (o.kind === 'not-eligible') out.push(...o.reasons);
		for (const t of o.tables ?? []) out.push(t.caption, ...t.columns.map((c) => c.label));
		if (o.kind === 'result') for (const c of o.charts ?? []) out.push(c.title, ...c.items.map((i) => i.label));
	}
	for (const s of o.steps) {
		out.push(s.title);
		if (s.detail) out.push(s.detail);
	}
	return out;
}

describe('state-benefit rule tables', () => {
	const files = listTableFiles('data/state-benefits');
	it('exist', () => expect(files.length).toBeGreaterThan(20));
	it.each(files)('%s is valid', (f) => expect(validateTable('data', f)).toEqual([]));
	it('every table is used by one of these calculators', () => {
		const used = new Set(STATE_BENEFIT_CALCULATORS.flatMap((c) => c.tables.map((t) => t.id)));
		const ids = files.map((f) => f.replace(/^data\//, '').replace(/\.json$/, ''));
		expect(ids.filter((id) => !used.has(id))).toEqual([]);
	});
});

describe.each(STATE_BENEFIT_CALCULATORS.map((c) => [c.id, c] as const))('%s', (id, calc: Calculator<never>) => {
	it('has the same message keys in LV and EN, and the keys the page needs', () => {
		const lv = keys(calc.messages.lv).sort();
		expect(keys(calc.messages.en).sort()).toEqual(lv);
		for (const k of ['title', 'question', 'intro', 'notCovered']) expect(lv).toContain(k);
		for (const f of calc.fields) {
			expect(lv, `${id}: label of ${f.name}`).toContain(`fields.${f.name}.label`);
			if (f.type === 'choice') for (const o of f.options) expect(lv, `${id}: option ${o}`).toContain(`fields.${f.name}.options.${o}.label`);
		}
	});
	it('has unique short share-link keys', () => {
		const ks = calc.fields.map((f) => f.key);
		expect(new Set(ks).size).toBe(ks.length);
		for (const k of ks) {
			expect(k).toMatch(/^[a-z0-9]{1,3}$/);
			expect(['d', 'v']).not.toContain(k);
		}
	});
	it('has golden cases', () => expect(calc.golden?.length ?? 0).toBeGreaterThan(3));

	const lvT = createTranslator('lv', { id, messages: calc.messages.lv });
	const enT = createTranslator('en', { id, messages: calc.messages.en });

	it.each((calc.golden ?? []).map((g) => [g.name, g] as const))('%s', (_name, g) => {
		const v = validateInput(
			calc,
			Object.fromEntries(Object.entries(g.input).map(([k, val]) => [k, val === undefined ? undefined : String(val)])),
			g.asOf
		);
		expect(v.errors, 'golden input must be valid').toEqual([]);
		const o = computeSafely(calc, v.ok ? v.value : (undefined as never), g.asOf);
		expect(o.kind, o.kind === 'cannot-answer' ? JSON.stringify(o.reason) : o.kind === 'not-eligible' ? JSON.stringify(o.reasons) : '').toBe(
			g.expect.kind
		);
		for (const [fid, expected] of Object.entries(g.expect.figures ?? {})) {
			const f = o.kind === 'cannot-answer' ? undefined : o.figures.find((x) => x.id === fid);
			expect(f, `figure ${fid}`).toBeDefined();
			expect(displayToString(f!.value), `figure ${fid}`).toBe(expected);
		}
		for (const m of msgsOf(o)) {
			for (const tr of [lvT, enT]) {
				expect(tr.has(m.key), `${tr.lang} message ${m.key}`).toBe(true);
				expect(tr.msg(m)).not.toMatch(/\{\{|undefined|NaN|Infinity/);
			}
		}
		for (const s of o.steps) for (const r of s.rules) expect(r.sources.length).toBeGreaterThan(0);
	});

	it('nonsense input gives field errors, never an exception', () => {
		const raw = Object.fromEntries(calc.fields.map((f) => [f.name, 'x<script>NaN∞']));
		const r = runCalculator(calc, raw, '2026-02-30');
		expect(r.kind).toBe('invalid');
		if (r.kind === 'invalid') expect(r.errors.length).toBeGreaterThan(0);
	});
});
