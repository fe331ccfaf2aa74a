/**
 * Messages read as a native editor wrote them (issue #8 §3, UX.md "Everywhere"): every message of
 * every calculator, and every message of each golden case's outcome rendered with its real values,
 * in both languages, has no doubled full stop ("22.11.2026.."), no doubled word or phrase
 * ("(nav obligāti) (nav obligāti)"), and no Latvian month in the nominative after "no", "līdz"
 * or "par" ("no 2026. gada novembris" must be "no 2026. gada novembra").
 */
import { describe, expect, it } from 'vitest';
import { calculatorIds, loadCalculator } from '$lib/calculators/registry';
import type { Calculator, Messages } from '$lib/engine/calculator';
import type { Display, Msg, Outcome } from '$lib/engine/explain';
import { validateInput } from '$lib/engine/inputs';
import { computeSafely } from '$lib/engine/run';
import { commonMessages, createTranslator, LANGS, type Translator } from '$lib/i18n';

const calcs: Calculator<never>[] = [];
for (const id of calculatorIds) calcs.push((await loadCalculator(id))!);

const MONTHS_NOM = 'janvāris|februāris|marts|aprīlis|maijs|jūnijs|jūlijs|augusts|septembris|oktobris|novembris|decembris';
const NOM_AFTER_PREPOSITION = new RegExp(`(^|[\\s(])(no|līdz|par|kopš) (\\d{4}\\. (gada|g\\.) )?(${MONTHS_NOM})(?![\\p{L}])`, 'iu');

/** What reads badly, or undefined. */
export function problem(text: string): string | undefined {
	if (/(^|[^.])\.\.(?!\.)/.test(text)) return 'doubled full stop';
	const doubled = /(?<![\p{L}\d])([\p{L}()]{2,}(?: [\p{L}()]+)?) \1(?![\p{L}])/iu.exec(text);
	if (doubled) return `doubled "${doubled[1]}"`;
	const nom = NOM_AFTER_PREPOSITION.exec(text);
	if (nom) return `month in the nominative after "${nom[2]}"`;
	if (/\d+ hours normal working hours/.test(text)) return 'doubled unit';
	return undefined;
}

it('the checker itself finds what it must find', () => {
	expect(problem('Noteikumi pārbaudīti 22.11.2026..')).toBe('doubled full stop');
	expect(problem('Izpeļņa (nav obligāti) (nav obligāti)')).toMatch(/doubled/);
	expect(problem('Kopā no 2026. gada novembris')).toMatch(/nominative/);
	expect(problem('Kopā no 2026. g. novembris')).toMatch(/nominative/);
	expect(problem('2088 hours normal working hours')).toBe('doubled unit');
	expect(problem('Kopā no 2026. gada novembra… un 2026. gada novembrī.')).toBeUndefined();
	expect(problem('no 1. līdz 10. dienai')).toBeUndefined();
});

function strings(m: Messages, prefix = ''): Array<[string, string]> {
	return Object.entries(m).flatMap(([k, v]) =>
		typeof v === 'string' ? [[prefix + k, v] as [string, string]] : strings(v, `${prefix}${k}.`)
	);
}

function msgsOf(o: Outcome): Msg[] {
	const out: Msg[] = [...o.notices];
	const displays: Display[] = [];
	if (o.kind === 'cannot-answer') out.push(o.reason);
	else {
		out.push(o.summary, ...o.figures.map((f) => f.label));
		displays.push(...o.figures.map((f) => f.value));
		if (o.kind === 'not-eligible') out.push(...o.reasons);
		for (const t of o.tables ?? []) {
			out.push(t.caption, ...t.columns.map((c) => c.label));
			for (const r of t.rows) displays.push(...r);
		}
		for (const c of o.charts ?? []) out.push(c.title, ...c.items.map((i) => i.label));
	}
	for (const s of o.steps) {
		out.push(s.title);
		if (s.detail) out.push(s.detail);
		if (s.value) displays.push(s.value);
	}
	for (const d of displays) if (d.type === 'text') out.push({ key: d.key, params: d.params });
	return out;
}

it.each(LANGS)('the common messages read well (%s)', (lang) => {
	const all = strings(commonMessages[lang]);
	expect(all.length).toBeGreaterThan(100);
	for (const [k, v] of all) expect(problem(v), `${k}: ${v}`).toBeUndefined();
});

describe.each(calcs.map((c) => [c.id, c] as const))('%s', (id, calc) => {
	const trs: Translator[] = LANGS.map((lang) => createTranslator(lang, { id, messages: calc.messages[lang] }));

	it('its messages and field labels read well, and no label says "optional" itself', () => {
		for (const tr of trs) {
			const all = strings(calc.messages[tr.lang]);
			expect(all.length).toBeGreaterThan(5);
			for (const [k, v] of all) expect(problem(v), `${tr.lang} ${k}: ${v}`).toBeUndefined();
			for (const f of calc.fields) {
				// The page adds "(nav obligāti)" / "(optional)" to a field that is not required.
				const label = `${tr.t(`fields.${f.name}.label`)}${f.required ? '' : ` ${tr.t('common:form.optional')}`}`;
				expect(problem(label), `${tr.lang} ${f.name}: ${label}`).toBeUndefined();
			}
		}
	});

	it('every golden outcome reads well with its real values, in both languages', () => {
		let rendered = 0;
		for (const g of calc.golden ?? []) {
			const raw = Object.fromEntries(
				Object.entries(g.input).map(([k, v]) => [k, v === undefined ? undefined : Array.isArray(v) ? v.join(';') : String(v)])
			);
			const v = validateInput(calc, raw, g.asOf);
			if (!v.ok) continue;
			const o = computeSafely(calc, v.value, g.asOf);
			for (const m of msgsOf(o)) {
				for (const tr of trs) {
					const text = tr.msg(m);
					expect(problem(text), `${g.name} — ${tr.lang} ${m.key}: ${text}`).toBeUndefined();
					rendered++;
				}
			}
		}
		expect(rendered).toBeGreaterThan(0);
	});
});

describe('values in the case and number a sentence needs', () => {
	const lv = createTranslator('lv', {
		id: 'x',
		messages: { s: 'par {{h, acc}}', loc: '{{m, loc}}', from: 'no {{m, gen}} līdz {{n, dat}}', age: '{{a, gen}} vecumā' }
	});
	const en = createTranslator('en', {
		id: 'x',
		messages: { s: 'for {{h, acc}}', loc: 'in {{m, loc}}', from: 'from {{m, gen}} to {{n, dat}}', age: 'at {{a, gen}}' }
	});
	const hours = (n: number): Display => ({ type: 'number', value: String(n), unit: 'hours' });
	it.each([
		[1, '1 stunda', 'par 1 stundu'],
		[21, '21 stunda', 'par 21 stundu'],
		[16, '16 stundas', 'par 16 stundām'],
		[744, '744 stundas', 'par 744 stundām'],
		[0, '0 stundas', 'par 0 stundām']
	])('%i hours: "%s", "%s" (Latvian plural rules)', (n, nom, acc) => {
		expect(lv.display(hours(n))).toBe(nom);
		expect(lv.msg({ key: 's', params: { h: hours(n) } })).toBe(acc);
	});
	it('months in the nominative, genitive, dative and locative; English has one form', () => {
		const m: Display = { type: 'month', value: '2026-11' };
		const n: Display = { type: 'month', value: '2027-03' };
		expect(lv.display(m)).toBe('2026. gada novembris');
		expect(lv.msg({ key: 'loc', params: { m } })).toBe('2026. gada novembrī');
		expect(lv.msg({ key: 'from', params: { m, n } })).toBe('no 2026. gada novembra līdz 2027. gada martam');
		expect(en.msg({ key: 'from', params: { m, n } })).toBe('from November 2026 to March 2027');
		expect(en.msg({ key: 's', params: { h: hours(1) } })).toBe('for 1 hour');
	});
	it('an age in the genitive before "vecumā"', () => {
		const a: Display = { type: 'age', years: 63, months: 3 };
		expect(lv.msg({ key: 'age', params: { a } })).toBe('63 gadu un 3 mēnešu vecumā');
		expect(en.msg({ key: 'age', params: { a } })).toBe('at 63 years and 3 months');
	});
	it('a date that ends a sentence keeps one full stop', () => {
		const t = createTranslator('lv', { id: 'x', messages: { s: 'Pārbaudīti {{d}}.' } });
		expect(t.msg({ key: 's', params: { d: { type: 'date', value: '2026-11-22' } } })).toBe('Pārbaudīti 22.11.2026.');
		expect(t.t('common:footer.checked', { date: '22.11.2026.' })).toBe('Noteikumi pēdējoreiz pārbaudīti 22.11.2026.');
	});
});
