/**
 * Shared checks for the tax calculators' tests (imported by *.test.ts only): share-link keys,
 * LV/EN message trees with the same keys, and every message key an outcome uses present in both.
 */
import { expect } from 'vitest';
import type { Calculator, Messages } from '$lib/engine/calculator';
import type { Display, Msg, Outcome } from '$lib/engine/explain';

export function keyPaths(m: Messages, prefix = ''): string[] {
	return Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keyPaths(v, `${prefix}${k}.`)));
}

function resolves(m: Messages, key: string): boolean {
	let node: string | Messages | undefined = m;
	for (const part of key.split('.')) {
		if (node === undefined || typeof node === 'string') return false;
		node = node[part];
	}
	return typeof node === 'string';
}

function keysOfDisplay(d: Display | undefined, out: string[]): void {
	if (!d) return;
	if (d.type === 'text') {
		out.push(d.key);
		for (const p of Object.values(d.params ?? {})) if (typeof p === 'object') keysOfDisplay(p, out);
	}
}

function keysOfMsg(m: Msg | undefined, out: string[]): void {
	if (!m) return;
	out.push(m.key);
	for (const p of Object.values(m.params ?? {})) if (typeof p === 'object') keysOfDisplay(p, out);
}

/** Every message key an outcome refers to (its own namespace only; `common:` keys belong to the site). */
export function messageKeys(o: Outcome): string[] {
	const out: string[] = [];
	o.notices.forEach((n) => keysOfMsg(n, out));
	o.steps.forEach((s) => {
		keysOfMsg(s.title, out);
		keysOfMsg(s.detail, out);
		keysOfDisplay(s.value, out);
	});
	if (o.kind === 'cannot-answer') keysOfMsg(o.reason, out);
	else {
		keysOfMsg(o.summary, out);
		o.figures.forEach((f) => {
			keysOfMsg(f.label, out);
			keysOfDisplay(f.value, out);
		});
		o.tables?.forEach((t) => {
			keysOfMsg(t.caption, out);
			t.columns.forEach((c) => keysOfMsg(c.label, out));
			t.rows.forEach((r) => r.forEach((d) => keysOfDisplay(d, out)));
		});
		if (o.kind === 'result') {
			o.charts?.forEach((c) => {
				keysOfMsg(c.title, out);
				c.items.forEach((i) => keysOfMsg(i.label, out));
			});
		}
	}
	return out.filter((k) => !k.startsWith('common:'));
}

export function expectMessagesResolve(calc: Calculator<never>, outcome: Outcome): void {
	for (const k of messageKeys(outcome)) {
		expect(resolves(calc.messages.lv, k), `lv: ${k}`).toBe(true);
		expect(resolves(calc.messages.en, k), `en: ${k}`).toBe(true);
	}
}

export function expectContract(calc: Calculator<never>): void {
	// Same key tree in both languages.
	expect(keyPaths(calc.messages.lv).sort()).toEqual(keyPaths(calc.messages.en).sort());
	for (const k of ['title', 'question', 'intro', 'notCovered']) expect(resolves(calc.messages.lv, k), k).toBe(true);
	// Share-link keys: 1–3 letters, unique, never "d" (the as-of date) or "v" (reserved by the share-link format).
	const keys = calc.fields.map((f) => f.key);
	expect(new Set(keys).size).toBe(keys.length);
	for (const k of keys) {
		expect(k).toMatch(/^[a-z][a-z0-9]{0,2}$/);
		expect(['d', 'v']).not.toContain(k);
	}
	// Every field and option has a label in both languages.
	for (const f of calc.fields) {
		for (const m of [calc.messages.lv, calc.messages.en]) {
			expect(resolves(m, `fields.${f.name}.label`), `fields.${f.name}.label`).toBe(true);
			if (f.type === 'choice')
				for (const o of f.options) expect(resolves(m, `fields.${f.name}.options.${o}.label`), `${f.name}.${o}`).toBe(true);
		}
	}
	expect(calc.asOfRange.from <= calc.asOfRange.to).toBe(true);
	expect(calc.tables.length).toBeGreaterThan(0);
}
