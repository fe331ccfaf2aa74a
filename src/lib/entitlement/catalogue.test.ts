/**
 * The catalogue is data: these tests fail when a calculator is in no entry, an entry fills a field its
 * calculator does not have, a question is asked that no calculator uses, a situation has no benefit,
 * or a text is missing in one language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { calculatorIds } from '$lib/calculators/registry';
import type { FieldDef, Messages } from '$lib/engine/calculator';
import { parseField } from '$lib/engine/inputs';
import { SITUATIONS } from '$lib/situations';
import {
	BENEFITS,
	CHECK_SITUATIONS,
	CHECK_SLUGS,
	FACTS,
	factsOf,
	HOME_SECTION,
	NOT_ASSESSED,
	STEPS,
	type BenefitEntry,
	type FactDef
} from './catalogue';
import { askedFacts, factField, type Calcs } from './check';
import { loadCheckCalculators } from './load';
import en from './messages.en';
import lv from './messages.lv';

let calcs: Calcs;
beforeAll(async () => {
	calcs = await loadCheckCalculators();
}, 60000);

/** Every problem of a catalogue, so that a broken one can be shown to fail. */
function problems(benefits: readonly BenefitEntry[], facts: readonly FactDef[]): string[] {
	const out: string[] = [];
	const factIds = new Set(facts.map((f) => f.id));
	const ids = new Set<string>();
	for (const e of benefits) {
		if (ids.has(e.id)) out.push(`${e.id}: repeated`);
		ids.add(e.id);
		const calc = calcs[e.calculator];
		if (!calc) {
			out.push(`${e.id}: unknown calculator ${e.calculator}`);
			continue;
		}
		if (e.situations.length === 0) out.push(`${e.id}: in no situation`);
		for (const [field, src] of Object.entries(e.inputs ?? {})) {
			const def = calc.fields.find((f: FieldDef) => f.name === field);
			if (!def) out.push(`${e.id}: ${e.calculator} has no field ${field}`);
			else if ('value' in src && !parseField(def, src.value).ok) out.push(`${e.id}: ${field} = ${src.value} is not a valid answer`);
		}
		for (const x of factsOf(e)) if (!factIds.has(x)) out.push(`${e.id}: unknown fact ${x}`);
		if (e.kind !== 'link' && !e.inputs) out.push(`${e.id}: a calculator entry without inputs`);
	}
	const used = new Set(benefits.flatMap((e) => factsOf(e)));
	for (const f of facts) if (!used.has(f.id)) out.push(`fact ${f.id}: asked, but no benefit uses it`);
	return out;
}

describe('the check catalogue', () => {
	it('is consistent: calculators, fields, fixed answers and facts', () => {
		expect(problems(BENEFITS, FACTS)).toEqual([]);
	});

	it('fails on a broken entry and on a question nobody uses (so the check can fail)', () => {
		const broken: BenefitEntry = {
			id: 'x',
			calculator: 'birth-grant',
			situations: ['working'],
			kind: 'benefit',
			inputs: { nope: { fact: 'ghost' } }
		};
		const lonely: FactDef = { id: 'lonely', key: 'zz', step: 'you', own: 'boolean' };
		expect(problems([...BENEFITS, broken], [...FACTS, lonely])).toEqual([
			'x: birth-grant has no field nope',
			'x: unknown fact ghost',
			'fact lonely: asked, but no benefit uses it'
		]);
	});

	it('puts every calculator in at least one situation', () => {
		const inCheck = new Set(BENEFITS.map((e) => e.calculator));
		expect(calculatorIds.length).toBeGreaterThan(20);
		expect(calculatorIds.filter((id) => !inCheck.has(id))).toEqual([]);
	});

	it('has something to assess in every situation, and every situation asks a question', () => {
		for (const s of CHECK_SITUATIONS) {
			expect(
				BENEFITS.filter((e) => e.situations.includes(s) && e.kind !== 'link'),
				s
			).not.toHaveLength(0);
			expect(askedFacts([s], {}), s).not.toHaveLength(0);
		}
	});

	it('agrees with the home page catalogue: each situation in a home section, the same calculators', () => {
		const home = new Set(SITUATIONS.map((s) => s.id));
		for (const s of CHECK_SITUATIONS) expect(home.has(HOME_SECTION[s]), s).toBe(true);
		const homeCalcs = new Set(SITUATIONS.flatMap((s) => s.calculators));
		const checkCalcs = new Set(BENEFITS.map((e) => e.calculator));
		expect([...homeCalcs].sort()).toEqual([...checkCalcs].sort());
	});

	it('gives every question a field definition, a unique link key and a label in both languages', () => {
		const keys = FACTS.map((f) => f.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const reserved of ['s', 'p', 'd', 'v']) expect(keys).not.toContain(reserved);
		for (const f of FACTS) {
			const def = factField(f, calcs);
			expect(def.name).toBe(f.id);
			for (const [lang, own] of [
				['lv', lv],
				['en', en]
			] as const) {
				const label = f.own
					? (own.fields as Record<string, { label?: string }>)[f.id]?.label
					: ((calcs[f.from!.calculator].messages[lang].fields as Messages)[f.from!.field] as Messages | undefined)?.label;
				expect(label, `${f.id} (${lang})`).toBeTruthy();
			}
		}
	});

	it('has every text in both languages: situations, steps, how to apply, reasons, what is not assessed', () => {
		const keysOf = (m: Messages, p = ''): string[] =>
			Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [p + k] : keysOf(v, `${p}${k}.`)));
		expect(keysOf(lv as Messages).sort()).toEqual(keysOf(en as Messages).sort());
		for (const s of CHECK_SITUATIONS) expect(en.situations[s].label).toBeTruthy();
		for (const s of STEPS) expect(en.steps[s]).toBeTruthy();
		for (const e of BENEFITS) {
			if (e.apply) expect(en.apply[e.apply], e.id).toBeTruthy();
			// i18next reads ':' as a namespace separator: message keys write an entry's variant with '--'.
			if (e.kind === 'link') expect((en.linkReason as Record<string, string>)[e.id.replace(':', '--')], e.id).toBeTruthy();
		}
		for (const n of NOT_ASSESSED) {
			const item = (en.notAssessed as Record<string, { url: string }>)[n.id];
			expect(item?.url, n.id).toMatch(/^https:\/\/[\w.-]+\.lv(\/|$)/);
		}
	});

	it('cites only official pages for where to apply', () => {
		for (const url of Object.values(en.applyUrl))
			expect(url).toMatch(/^https:\/\/(www\.)?(latvija\.gov\.lv|latvija\.lv|[\w-]+\.gov\.lv|eds\.vid\.lv)(\/|$)/);
		expect(lv.applyUrl).toEqual(en.applyUrl);
	});

	it('uses slugs that are no calculator id, so the routes are unambiguous', () => {
		expect(calculatorIds).not.toContain(CHECK_SLUGS.lv);
		expect(calculatorIds).not.toContain(CHECK_SLUGS.en);
	});
});
