/**
 * The check loads only what the chosen situations need (catalogue `calculatorsFor`, load.ts): with
 * just those calculators every question has its texts and every answer is the same as with all of
 * them; calculators it only links to are named by their title alone, which is their messages' title.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { calculatorIds } from '$lib/calculators/registry';
import { loadCalculator } from '$lib/calculators/loader';
import { LANGS } from '$lib/i18n';
import { BENEFITS, CHECK_SITUATIONS, FACTS, calculatorsFor, factsOf, type CheckSituationId } from './catalogue';
import { checkQuestions, runCheck, type Calcs, type CheckQuestions } from './check';
import { loadCheckCalculators, loadFor, loadTitle, missingFor } from './load';
import { PERSONAS } from './personas';

let calcs: Calcs;
let q: CheckQuestions;
beforeAll(async () => {
	calcs = await loadCheckCalculators();
	q = checkQuestions(calcs);
}, 60000);

const only = (ids: string[]): Calcs => Object.fromEntries(ids.map((id) => [id, calcs[id]]));

describe('what a situation needs', () => {
	it('is said by the catalogue: the entries’ calculators and those that define their questions; titles for the links', () => {
		expect(calculatorsFor(['death-in-family'])).toEqual({
			modules: ['funeral-benefit', 'survivor-spouse-benefit'],
			titles: ['state-social-security-benefit', 'work-injury-compensation']
		});
		// The wage and contribution questions are the paternity benefit's fields, so sickness needs that calculator too.
		expect(calculatorsFor(['ill-or-sick-child']).modules).toEqual(['paternity-benefit', 'sickness-benefit']);
		expect(calculatorsFor(['working'])).toEqual({
			modules: ['minimum-hourly-rate', 'net-gross-salary', 'social-contributions'],
			titles: ['annual-tax-free-minimum', 'minimum-hourly-rate-year', 'minimum-pay-for-hours']
		});
		expect(calculatorsFor([])).toEqual({ modules: [], titles: [] });
	});

	it('is never everything: each situation alone needs at most half of the check’s calculators', () => {
		const all = new Set(BENEFITS.filter((e) => e.kind !== 'link').map((e) => e.calculator));
		for (const s of CHECK_SITUATIONS) expect(calculatorsFor([s]).modules.length, s).toBeLessThanOrEqual(all.size / 2);
	});

	it('covers every question the situation can ask, and every calculator it names', () => {
		for (const s of CHECK_SITUATIONS) {
			const need = calculatorsFor([s]);
			const have = new Set([...need.modules, ...need.titles]);
			for (const e of BENEFITS.filter((x) => x.situations.includes(s))) {
				expect(have.has(e.calculator), `${s}: ${e.id}`).toBe(true);
				if (e.kind === 'link') continue;
				for (const id of factsOf(e)) {
					const from = FACTS.find((f) => f.id === id)!.from;
					if (from) expect(need.modules, `${s}: ${id}`).toContain(from.calculator);
				}
			}
		}
	});

	it('gives every persona the same answers as all the calculators do', () => {
		for (const p of PERSONAS) {
			const state = { situations: p.situations, page: 'results' as const, facts: p.facts, asOf: p.asOf };
			const some = only(calculatorsFor(p.situations).modules);
			expect(runCheck(state, q, some, p.asOf), p.id).toEqual(runCheck(state, q, calcs, p.asOf));
		}
	});

	it('of two situations is the union of each one’s', () => {
		for (const a of CHECK_SITUATIONS)
			for (const b of CHECK_SITUATIONS) {
				const both = calculatorsFor([a, b]);
				const one = [calculatorsFor([a]), calculatorsFor([b])];
				expect(new Set([...both.modules, ...both.titles])).toEqual(new Set(one.flatMap((x) => [...x.modules, ...x.titles])));
			}
	});
});

describe('loading it', () => {
	it('fetches only what is missing, and nothing once it is all there', async () => {
		const situations: CheckSituationId[] = ['death-in-family'];
		const first = await loadFor(situations, 'en', { calcs: {}, titles: {} });
		expect(Object.keys(first.calcs).sort()).toEqual(calculatorsFor(situations).modules);
		expect(first.titles).toEqual({
			'state-social-security-benefit': calcs['state-social-security-benefit'].messages.en.title,
			'work-injury-compensation': calcs['work-injury-compensation'].messages.en.title
		});
		expect(missingFor(situations, first)).toEqual({ modules: [], titles: [] });
		// Adding "disability" needs the social security benefit's module, no longer its title alone.
		const more = missingFor([...situations, 'disability'], first);
		expect(more.modules).toContain('state-social-security-benefit');
		expect(more.titles).toEqual([]);
		expect(await loadFor(situations, 'en', first)).toEqual({ calcs: {}, titles: {} });
	});

	it('names a calculator by a title that is its messages’ title, in both languages', async () => {
		for (const id of calculatorIds) {
			const calc = (await loadCalculator(id))!;
			for (const lang of LANGS) expect(await loadTitle(id, lang), `${id} ${lang}`).toBe(calc.messages[lang].title);
		}
	});

	it('starts from plain data: the questions survive being written into the page', () => {
		expect(JSON.parse(JSON.stringify(q))).toEqual(q);
		expect(Object.keys(q.fields)).toEqual(FACTS.map((f) => f.id));
	});
});
