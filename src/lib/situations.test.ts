import { describe, expect, it } from 'vitest';
import { calculatorIds } from '$lib/calculators/registry';
import { CALCULATOR_SUMMARIES, SITUATIONS, situationsOf } from './situations';

/** The six life situations, in the order the home page shows them. */
const EXPECTED_SITUATIONS = ['work-and-pay', 'having-a-child', 'illness-and-disability', 'losing-a-job', 'retiring', 'death-in-the-family'];

describe('the situation catalogue', () => {
	it('the registry has calculators to check (so the loops below are not empty)', () => {
		expect(calculatorIds.length).toBeGreaterThan(20);
		expect(SITUATIONS.length).toBe(EXPECTED_SITUATIONS.length);
	});

	it('has the six situations of the issue, each with unique, kebab-case ids', () => {
		expect(SITUATIONS.map((s) => s.id)).toEqual(EXPECTED_SITUATIONS);
		for (const s of SITUATIONS) expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
	});

	it('every calculator in the registry is under at least one situation', () => {
		const missing = calculatorIds.filter((id) => situationsOf(id).length === 0);
		expect(missing, 'add these calculators to a situation in src/lib/situations.ts').toEqual([]);
	});

	it('every calculator a situation names exists in the registry, once per situation', () => {
		for (const s of SITUATIONS) {
			expect(s.calculators.length, s.id).toBeGreaterThan(0);
			const unknown = s.calculators.filter((id) => !calculatorIds.includes(id));
			expect(unknown, `${s.id} names calculators that do not exist`).toEqual([]);
			expect(new Set(s.calculators).size, `${s.id} lists a calculator twice`).toBe(s.calculators.length);
		}
	});

	it('every calculator has a one-line summary in both languages, and no summary is for an unknown calculator', () => {
		expect(Object.keys(CALCULATOR_SUMMARIES).sort()).toEqual([...calculatorIds].sort());
		for (const [id, text] of Object.entries(CALCULATOR_SUMMARIES)) {
			for (const lang of ['lv', 'en'] as const) {
				expect(text[lang].trim(), `${id} (${lang})`).not.toBe('');
				// One line: no line breaks, short enough to read at a glance on a phone.
				expect(text[lang], `${id} (${lang})`).not.toMatch(/\n/);
				expect(text[lang].length, `${id} (${lang})`).toBeLessThanOrEqual(140);
			}
		}
	});

	it('every situation has a title and a description in both languages', () => {
		for (const s of SITUATIONS)
			for (const lang of ['lv', 'en'] as const) {
				expect(s.title[lang].trim(), `${s.id} title (${lang})`).not.toBe('');
				expect(s.description[lang].trim(), `${s.id} description (${lang})`).not.toBe('');
			}
	});

	it('situationsOf finds a calculator under two situations, and nothing for an unknown id', () => {
		expect(situationsOf('sickness-benefit').map((s) => s.id)).toEqual(['having-a-child', 'illness-and-disability']);
		expect(situationsOf('no-such-calculator')).toEqual([]);
	});
});
