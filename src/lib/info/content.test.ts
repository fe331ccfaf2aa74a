/**
 * The information pages' content: both languages present, every statement sourced (official pages
 * where the statement is the agency's), every link target real, slugs unambiguous.
 */
import { describe, expect, it } from 'vitest';
import { calculatorIds, calculatorMetas, loadCalculator } from '$lib/calculators/registry';
import { isOfficialUrl } from '$lib/engine/source-hosts';
import type { Table } from '$lib/engine/tables';
import { A1, EHIC, EU_INTRO, EU_RULES, PERIODS } from './eu';
import { FIELD_LINKS } from './field-links';
import { GLOSSARY } from './glossary';
import { INFO_PAGES, INFO_PAGE_IDS, infoHref, offlinePathFor, translatePath } from './paths';
import { APPEAL, CONTACTS, E_SERVICES, HOW_TO_APPLY, OTHER_VSAA_CALCULATORS, SERVICES } from './services';
import { SOURCES } from './sources';
import { FEEDBACK, STANDARD_SECTIONS } from './standard';
import type { Sourced, Text } from './types';

const tables = new Set(
	Object.values(import.meta.glob<{ default: Table<unknown> }>('/data/**/*.json', { eager: true })).map((m) => m.default.id)
);

const sourced: Array<[string, Sourced]> = [
	...HOW_TO_APPLY.map((s, i): [string, Sourced] => [`how-to-apply ${i}`, s]),
	['appeal', APPEAL],
	['contacts', CONTACTS],
	['feedback', FEEDBACK],
	...SERVICES.flatMap((s) =>
		(['apply', 'documents', 'decision', 'deadline'] as const).flatMap((k): Array<[string, Sourced]> =>
			s[k] ? [[`${s.id}.${k}`, s[k]!]] : []
		)
	),
	...[...EU_INTRO, ...A1, ...EHIC, ...PERIODS].map((s, i): [string, Sourced] => [`eu ${i}`, s])
];
const texts: Array<[string, Text]> = [
	...sourced.map(([w, s]): [string, Text] => [w, s.text]),
	...SERVICES.map((s): [string, Text] => [`${s.id}.name`, s.name]),
	...E_SERVICES.flatMap((e): Array<[string, Text]> => [
		[`${e.id}.name`, e.name],
		[`${e.id}.what`, e.what]
	]),
	...GLOSSARY.flatMap((g): Array<[string, Text]> => [
		[`${g.id}.term`, g.term],
		[`${g.id}.definition`, g.definition]
	]),
	...EU_RULES.flatMap((r): Array<[string, Text]> => [
		[`${r.id}.title`, r.title],
		[`${r.id}.text`, r.text]
	]),
	...STANDARD_SECTIONS.flatMap((s) => [
		[`${s.id}.title`, s.title] as [string, Text],
		...s.items.map((t, i): [string, Text] => [`${s.id}.${i}`, t])
	])
];

describe('information pages: content', () => {
	it('has content to check (so that the loops below can fail)', () => {
		expect(sourced.length).toBeGreaterThan(20);
		expect(texts.length).toBeGreaterThan(80);
	});

	it('every text exists in Latvian and English, without internal references', () => {
		const bad = texts.filter(([, t]) => !t.lv.trim() || !t.en.trim() || /\.md\b|\bseed|fact sheet|TODO/i.test(t.lv + t.en)).map(([w]) => w);
		expect(bad).toEqual([]);
	});

	it('every statement names at least one source, and every agency statement at least one official page', () => {
		expect(sourced.filter(([, s]) => s.sources.length === 0).map(([w]) => w)).toEqual([]);
		const euLaw = new Set(['eu 0', 'eu 1']);
		const unofficial = sourced.filter(([w, s]) => !euLaw.has(w) && !s.sources.some((id) => isOfficialUrl(SOURCES[id].url))).map(([w]) => w);
		expect(unofficial).toEqual([]);
	});

	it('every source has a title, an https or http address and a checked-on date', () => {
		for (const s of Object.values(SOURCES)) {
			expect(s.title.length).toBeGreaterThan(5);
			expect(() => new URL(s.url)).not.toThrow();
			expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('every benefit and pension calculator is on the services page, and every calculator named exists', () => {
		const named = [...SERVICES.flatMap((s) => s.calculators), ...OTHER_VSAA_CALCULATORS];
		expect(named.filter((c) => !calculatorIds.includes(c))).toEqual([]);
		const benefits = calculatorMetas
			.filter((m) => (m.domain === 'benefits' || m.domain === 'pension') && m.id !== 'child-maintenance')
			.map((m) => m.id);
		expect(benefits.length).toBeGreaterThan(10);
		expect(benefits.filter((id) => !named.includes(id))).toEqual([]);
	});

	it('the glossary has the terms the calculators use, and every table it names exists', () => {
		const ids = GLOSSARY.map((g) => g.id);
		for (const id of ['insurance-record', 'contribution-wage', 'non-taxable-minimum', 'vsnp', 'g']) expect(ids).toContain(id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(GLOSSARY.flatMap((g) => g.tables ?? []).filter((t) => !tables.has(t))).toEqual([]);
		expect(GLOSSARY.filter((g) => g.sources.length === 0 && (g.tables ?? []).length === 0).map((g) => g.id)).toEqual([]);
	});

	it('every field link names a real calculator field, glossary term and e-service', async () => {
		const entries = Object.entries(FIELD_LINKS);
		expect(entries.length).toBeGreaterThan(10);
		const problems: string[] = [];
		for (const [key, link] of entries) {
			const [calc, field] = key.split('.');
			const c = await loadCalculator(calc);
			if (!c) problems.push(`${key}: no calculator`);
			else if (!c.fields.some((f) => f.name === field)) problems.push(`${key}: no field`);
			if (link.term && !GLOSSARY.some((g) => g.id === link.term)) problems.push(`${key}: no term ${link.term}`);
			if (link.eService && !E_SERVICES.some((e) => e.id === link.eService)) problems.push(`${key}: no e-service ${link.eService}`);
		}
		expect(problems).toEqual([]);
	});
});

describe('information pages: addresses', () => {
	it('slugs are unique and never a calculator id or another page', () => {
		const slugs: string[] = INFO_PAGE_IDS.flatMap((id) => Object.values(INFO_PAGES[id]));
		expect(new Set(slugs).size).toBe(slugs.length);
		expect(slugs.filter((s) => calculatorIds.includes(s) || s === 'about' || !/^[a-z0-9-]+$/.test(s))).toEqual([]);
	});

	it('the language switch finds the same page in the other language, and leaves other paths alone', () => {
		expect(translatePath('/pakalpojumi/', 'en')).toBe('/services/');
		expect(translatePath('/services/', 'lv')).toBe('/pakalpojumi/');
		expect(translatePath('/working-in-another-eu-country/', 'lv')).toBe('/darbs-cita-es-valsti/');
		expect(translatePath('/retirement-age/', 'en')).toBe('/retirement-age/');
		expect(translatePath('/', 'en')).toBe('/');
		expect(infoHref('glossary', 'lv', 'term-g')).toBe('/lv/vardnica/#term-g');
	});

	it('the offline page is in the language of the address asked for', () => {
		expect(offlinePathFor('/en/net-gross-salary/')).toBe('/en/offline/');
		expect(offlinePathFor('/lv/net-gross-salary/')).toBe('/lv/bezsaiste/');
		expect(offlinePathFor('/')).toBe('/lv/bezsaiste/');
	});
});
