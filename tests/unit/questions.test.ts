/**
 * Questions in the user's own words (issue #8 §3), over every calculator and both languages:
 * each field's errors name that field (no two fields of a form share an error text), each field's
 * example fits its own range, and each calculator opened with its defaults answers.
 */
import { describe, expect, it } from 'vitest';
import { calculatorIds, loadCalculator } from '$lib/calculators/registry';
import type { Calculator, FieldDef } from '$lib/engine/calculator';
import { exampleText, fieldError, parseAmount, parseAsOf, parseField, validateInput, type RawInput } from '$lib/engine/inputs';
import type { Msg } from '$lib/engine/explain';
import { computeSafely } from '$lib/engine/run';
import { createTranslator, LANGS, type Translator } from '$lib/i18n';

const calcs: Calculator<never>[] = [];
for (const id of calculatorIds) calcs.push((await loadCalculator(id))!);

/**
 * The "build date" the defaults are checked on: a constant, not the clock (the date the rules were
 * last reviewed, README "Status"), or the end of a calculator's range if that is earlier.
 */
const BUILD_DATE = '2026-11-22';
const asOfFor = (c: Calculator<never>) => (c.asOfRange.to < BUILD_DATE ? c.asOfRange.to : BUILD_DATE);

/** The error kinds each field type can produce (inputs.ts `parseField`). */
const KINDS: Record<FieldDef['type'], string[]> = {
	date: ['required', 'format', 'min', 'max', 'tooLong'],
	month: ['required', 'format', 'min', 'max', 'tooLong'],
	money: ['required', 'format', 'min', 'max', 'cents', 'ambiguous', 'tooLong'],
	'money-list': ['required', 'item', 'count', 'tooLong'],
	integer: ['required', 'format', 'range', 'tooLong'],
	decimal: ['required', 'format', 'range', 'places', 'ambiguous', 'tooLong'],
	choice: ['required', 'unknown', 'tooLong'],
	boolean: ['required', 'unknown', 'tooLong']
};
const TYPED = new Set(['date', 'month', 'money', 'money-list', 'integer', 'decimal']);

/** Sample parameters as parseField would pass them (the same for every field, so only the field's own words differ). */
function sampleError(def: FieldDef, kind: string): Msg {
	const kindOf = def.type === 'date' && kind === 'max' && def.max === 'asOf' ? 'afterAsOf' : kind;
	return fieldError(def, kindOf, {
		min: 1,
		max: 9,
		places: 2,
		n: 2,
		value: 'x',
		count: 3,
		typed: '1,500',
		small: { type: 'money', value: '1.50' },
		large: { type: 'money', value: '1500' },
		smallTyped: '1,50',
		largeTyped: '1500'
	});
}

const tr = (c: Calculator<never>, lang: (typeof LANGS)[number]): Translator =>
	createTranslator(lang, { id: c.id, messages: c.messages[lang] });

describe.each(calcs.map((c) => [c.id, c] as const))('%s', (id, calc) => {
	it.each(LANGS)('every field error names its own field (%s): no two fields share a text for any kind', (lang) => {
		const t = tr(calc, lang);
		const kinds = new Set(Object.values(KINDS).flat());
		let compared = 0;
		for (const kind of kinds) {
			const texts = new Map<string, string>();
			for (const f of calc.fields) {
				if (!KINDS[f.type].includes(kind)) continue;
				const text = t.msg(sampleError(f, kind));
				expect(text, `${id} ${f.name} ${kind}`).not.toMatch(/\{\{|fields\.|common:|undefined/);
				expect(texts.get(text), `${lang} ${kind}: "${text}" is used by ${texts.get(text)} and ${f.name}`).toBeUndefined();
				texts.set(text, f.name);
			}
			// The as-of date is a field of every form too.
			for (const [k, raw] of [
				['required', ''],
				['format', 'x']
			] as const) {
				if (k !== kind) continue;
				const r = parseAsOf(raw, calc.asOfRange);
				const text = r.ok ? '' : t.msg(r.msg);
				expect(texts.get(text), `${lang} ${kind}: the as-of date and ${texts.get(text)}`).toBeUndefined();
				texts.set(text, 'asOf');
			}
			compared += texts.size;
		}
		expect(compared).toBeGreaterThan(calc.fields.length);
	});

	it('every typed field has its own phrase and example, and the example fits the field', () => {
		const typed = calc.fields.filter((f) => TYPED.has(f.type));
		const asOf = asOfFor(calc);
		for (const f of typed) {
			for (const lang of LANGS) expect(tr(calc, lang).has(`fields.${f.name}.what`), `${lang} fields.${f.name}.what`).toBe(true);
			const ex = exampleText(f);
			expect(ex, `${id} ${f.name}: example`).toBeDefined();
			for (const lang of LANGS) {
				const shown = tr(calc, lang).display(ex!);
				if (f.type === 'money-list') {
					const p = parseAmount(shown);
					expect(p.ok && !p.value.startsWith('-'), `${lang} ${f.name}: ${shown}`).toBe(true);
				} else {
					// The example, typed as the message shows it, is a valid answer to this very field.
					expect(parseField(f, shown, asOf), `${lang} ${f.name}: ${shown}`).toMatchObject({ ok: true });
				}
			}
		}
		for (const f of calc.fields.filter((x) => !TYPED.has(x.type))) expect('example' in f, f.name).toBe(false);
	});

	it('answers when opened with its defaults and a typical case (the first golden case that fits the defaults)', () => {
		const asOf = asOfFor(calc);
		// Defaults stay as they are; the other questions are answered from a golden case. A case written
		// for another default (e.g. a disability case where the form opens on the pension-age one) may
		// leave a shown question unanswered: then the next case is taken.
		const tries = calc.golden!.map((g) => {
			const raw: RawInput = {};
			for (const f of calc.fields) {
				if ((f.type === 'choice' || f.type === 'boolean') && f.default !== undefined) continue;
				const v = g.input[f.name];
				raw[f.name] =
					v === undefined ? undefined : Array.isArray(v) ? v.join(';') : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
			}
			return { g, v: validateInput(calc, raw, asOf) };
		});
		const fit = tries.find((x) => x.v.ok);
		expect(fit, `${id}: no golden case fits the defaults: ${JSON.stringify(tries[0].v.errors)}`).toBeDefined();
		const o = computeSafely(calc, fit!.v.ok ? fit!.v.value : (undefined as never), asOf);
		expect(o.kind, o.kind === 'cannot-answer' ? `${fit!.g.name}: ${tr(calc, 'en').msg(o.reason)}` : '').not.toBe('cannot-answer');
	});
});

describe('implausible values are questioned with the result, never silently accepted', () => {
	const byId = (id: string) => calcs.find((c) => c.id === id)!;
	const notices = (id: string, raw: RawInput, asOf: string) => {
		const c = byId(id);
		const v = validateInput(c, raw, asOf);
		expect(v.errors).toEqual([]);
		const o = computeSafely(c, v.ok ? v.value : (undefined as never), asOf);
		return { o, lv: o.notices.map((n) => tr(c, 'lv').msg(n)), keys: o.notices.map((n) => n.key) };
	};

	it('a monthly gross salary above the annual maximum contribution object (net ⇄ gross)', () => {
		const high = notices('net-gross-salary', { mode: 'gross-to-net', amount: '150000' }, '2026-06-01');
		expect(high.o.kind).toBe('result');
		expect(high.keys[0]).toBe('common:plausibility.monthlyAboveAnnualMax');
		expect(high.lv[0]).toContain('“Summa mēnesī”');
		expect(high.lv[0]).toContain('2026. gadam');
		expect(notices('net-gross-salary', { mode: 'gross-to-net', amount: '1500' }, '2026-06-01').keys).not.toContain(
			'common:plausibility.monthlyAboveAnnualMax'
		);
	});

	it('social contributions: a monthly object is questioned, a yearly one is not', () => {
		expect(notices('social-contributions', { amount: '120000', period: 'month' }, '2026-06-01').keys).toContain(
			'common:plausibility.monthlyAboveAnnualMax'
		);
		expect(notices('social-contributions', { amount: '120000', period: 'year' }, '2026-06-01').keys).not.toContain(
			'common:plausibility.monthlyAboveAnnualMax'
		);
	});

	it('sickness: a sick leave longer than the law pays for, and a wage list with a yearly figure', () => {
		const long = notices(
			'sickness-benefit',
			{ firstDay: '2026-01-05', lastDay: '2026-12-20', months6: '6', averageWage: '1200' },
			'2026-11-22'
		);
		expect(long.keys).toContain('common:plausibility.sickLeaveTooLong');
		const list = notices(
			'sickness-benefit',
			{ firstDay: '2026-03-02', lastDay: '2026-03-20', months6: '6', wageMode: 'list', monthlyWages: `${'1200;'.repeat(11)}140000` },
			'2026-11-22'
		);
		expect(list.keys).toContain('common:plausibility.monthlyAboveAnnualMax');
		expect(list.keys).not.toContain('common:plausibility.sickLeaveTooLong');
	});
});
