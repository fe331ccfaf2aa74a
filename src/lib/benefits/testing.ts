/**
 * Test helpers for the benefit calculators (imported only by *.test.ts): golden-case runner,
 * structural checks on outcomes (no NaN or negative money, timeline sums, every message key
 * present in both languages) and a small seeded PRNG for property tests.
 */
import { expect, it } from 'vitest';
import type { Calculator, Messages } from '$lib/engine/calculator';
import { Dec } from '$lib/engine/decimal';
import { displayToString, type Display, type Msg, type Outcome } from '$lib/engine/explain';
import { validateInput, type RawInput } from '$lib/engine/inputs';
import { computeSafely } from '$lib/engine/run';
import commonEn from '$lib/i18n/common.en';
import commonLv from '$lib/i18n/common.lv';
import { createTranslator, type Translator } from '$lib/i18n';
import { mulberry32 } from '$lib/engine/prng';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCalc = Calculator<any>;

export function run(calc: AnyCalc, input: Record<string, unknown>, asOf = '2026-11-22'): Outcome {
	return computeSafely(calc, input, asOf);
}

export function figureOf(o: Outcome, id: string): string | undefined {
	if (o.kind === 'cannot-answer') return undefined;
	const f = o.figures.find((x) => x.id === id);
	return f ? displayToString(f.value) : undefined;
}

/** Golden inputs as the form or a share link would give them (lists separated by ";"). */
export function rawOf(input: Record<string, unknown>): RawInput {
	return Object.fromEntries(
		Object.entries(input).map(([k, v]) => [k, v === undefined ? undefined : Array.isArray(v) ? v.join(';') : String(v)])
	);
}

/** One test per golden case, through input validation: the outcome kind and every expected figure, exactly. */
export function goldenTests(calc: AnyCalc): void {
	expect(calc.golden?.length ?? 0).toBeGreaterThan(0);
	for (const g of calc.golden ?? []) {
		it(g.name, () => {
			const v = validateInput(calc, rawOf(g.input), g.asOf);
			expect(v.errors, 'golden input must be valid').toEqual([]);
			const o = run(calc, v.ok ? (v.value as Record<string, unknown>) : {}, g.asOf);
			expect(o.kind, JSON.stringify(o.kind === 'cannot-answer' ? o.reason : o.summary)).toBe(g.expect.kind);
			for (const [id, value] of Object.entries(g.expect.figures ?? {})) {
				expect(figureOf(o, id), `figure ${id}`).toBe(value);
			}
			checkOutcome(calc, o, true);
		});
	}
}

function collectDisplays(o: Outcome): Display[] {
	const out: Display[] = [];
	for (const s of o.steps) if (s.value) out.push(s.value);
	if (o.kind !== 'cannot-answer') {
		for (const f of o.figures) out.push(f.value);
		for (const t of o.tables ?? []) for (const r of t.rows) out.push(...r);
	}
	return out;
}

function collectMsgs(o: Outcome): Msg[] {
	const msgs: Msg[] = [...o.notices];
	const fromDisplay = (d: Display | undefined) => {
		if (d?.type === 'text') msgs.push({ key: d.key, params: d.params });
	};
	for (const s of o.steps) {
		msgs.push(s.title);
		if (s.detail) msgs.push(s.detail);
		fromDisplay(s.value);
	}
	if (o.kind === 'cannot-answer') msgs.push(o.reason);
	else {
		msgs.push(o.summary);
		for (const f of o.figures) {
			msgs.push(f.label);
			fromDisplay(f.value);
		}
		for (const t of o.tables ?? []) {
			msgs.push(t.caption, ...t.columns.map((c) => c.label));
			for (const r of t.rows) r.forEach(fromDisplay);
		}
		if (o.kind === 'not-eligible') msgs.push(...o.reasons);
		if (o.kind === 'result') for (const c of o.charts ?? []) msgs.push(c.title, ...c.items.map((i) => i.label));
	}
	// Parameters may themselves be text displays.
	for (const m of [...msgs])
		for (const p of Object.values(m.params ?? {}))
			if (typeof p === 'object' && p.type === 'text') msgs.push({ key: p.key, params: p.params });
	return msgs;
}

function lookup(tree: Messages, key: string): unknown {
	let node: unknown = tree;
	for (const part of key.split('.')) {
		if (typeof node !== 'object' || node === null) return undefined;
		node = (node as Record<string, unknown>)[part];
	}
	return node;
}

function hasKey(tree: Messages, key: string, plural: boolean): boolean {
	if (typeof lookup(tree, key) === 'string') return true;
	return plural && typeof lookup(tree, `${key}_one`) === 'string' && typeof lookup(tree, `${key}_other`) === 'string';
}

const translators = new WeakMap<AnyCalc, Translator[]>();
function translatorsOf(calc: AnyCalc): Translator[] {
	let t = translators.get(calc);
	if (!t) {
		t = [
			createTranslator('lv', { id: calc.id, messages: calc.messages.lv }),
			createTranslator('en', { id: calc.id, messages: calc.messages.en })
		];
		translators.set(calc, t);
	}
	return t;
}

/**
 * No NaN, Infinity or negative money; every message key exists in LV and EN; with `render`, every
 * message and value is also rendered in both languages with nothing left unfilled (slower).
 */
export function checkOutcome(calc: AnyCalc, o: Outcome, render = false): void {
	if (render)
		for (const tr of translatorsOf(calc)) {
			for (const m of collectMsgs(o)) expect(tr.msg(m), `${tr.lang} ${m.key}`).not.toMatch(/\{\{|undefined|NaN|Infinity/);
			for (const d of collectDisplays(o)) expect(tr.display(d), `${tr.lang} display`).not.toMatch(/\{\{|undefined|NaN|Infinity/);
		}
	for (const d of collectDisplays(o)) {
		if (d.type === 'money' || d.type === 'rate') {
			expect(d.value, `${d.type} display`).toMatch(/^\d+\.\d{2,4}$/);
			expect(new Dec(d.value).isNegative()).toBe(false);
		}
		if (d.type === 'number') expect(d.value).toMatch(/^-?\d+(\.\d+)?$/);
	}
	for (const m of collectMsgs(o)) {
		const [ns, key] = m.key.startsWith('common:') ? ['common', m.key.slice(7)] : ['calc', m.key];
		const plural = typeof m.params?.count === 'number';
		for (const [lang, tree] of [
			['lv', ns === 'common' ? commonLv : calc.messages.lv],
			['en', ns === 'common' ? commonEn : calc.messages.en]
		] as const) {
			expect(hasKey(tree as Messages, key, plural), `${lang} message ${m.key}`).toBe(true);
		}
	}
}

/** The money column of the timeline adds up to the given figure. */
export function timelineSum(o: Outcome): Dec {
	if (o.kind !== 'result') throw new Error('no result');
	const t = o.tables?.find((x) => x.id === 'timeline');
	if (!t) throw new Error('no timeline');
	const col = t.columns.findIndex((c) => c.id === 'amount');
	return t.rows.reduce((s, r) => (r[col].type === 'money' ? s.plus(r[col].value) : s), new Dec(0));
}

/** Same key tree in both languages (plural forms included). */
export function keyTree(m: Messages, prefix = ''): string[] {
	return Object.entries(m)
		.flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keyTree(v, `${prefix}${k}.`)))
		.sort();
}

/** A seeded random source for property tests (mulberry32, engine/prng.ts), with helpers. */
export function prng(seed: number) {
	const next = mulberry32(seed);
	const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
	const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
	const isoDate = (from: string, to: string) => {
		const a0 = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
		const b0 = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
		const d = new Date(a0 + int(0, Math.round((b0 - a0) / 86400000)) * 86400000);
		return d.toISOString().slice(0, 10);
	};
	const amount = (lo: number, hi: number) => (int(lo * 100, hi * 100) / 100).toFixed(2);
	return { next, int, pick, isoDate, amount };
}
