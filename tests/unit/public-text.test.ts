/**
 * No internal text reaches users: every string a visitor can see — the shared and calculator
 * messages, the situation catalogue, and the rule tables' titles, descriptions, notes and source
 * names — is scanned for file paths, research notes and section references of our own research.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { calculatorIds, loadCalculator } from '$lib/calculators/registry';
import { commonMessages } from '$lib/i18n';
import type { Messages } from '$lib/engine/calculator';
import * as situations from '$lib/situations';

const INTERNAL: Array<[string, RegExp]> = [
	['a Markdown file', /\.md\b/i],
	['a JSON file', /\.json\b/i],
	['a repository path', /\b(data|src|scripts|tests)\/[\w-]+/],
	['our research notes', /\bfacts\.md|fact-?check|\bseeds?\s+0?\d|\bsēkla\b|worked-examples/i],
	['a section reference of a research note', /§\s*\d+(\.\d+)?\s*(Nr\.|No\.|point)/i],
	['press hearsay', /kā (rakstīja|ziņoja)|as (LSM|the press) (wrote|reported)/i],
	['a to-do', /\b(TODO|FIXME|TBD)\b/]
];

function strings(m: Messages, path = ''): Array<[string, string]> {
	return Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [[path + k, v] as [string, string]] : strings(v, `${path}${k}.`)));
}

function scan(where: string, text: string): string[] {
	return INTERNAL.filter(([, re]) => re.test(text)).map(([what]) => `${where}: ${what} in “${text.slice(0, 120)}”`);
}

function tableFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? tableFiles(p) : p.endsWith('.json') ? [p] : [];
	});
}

describe('no internal text reaches users', () => {
	it('the scan recognises what it is looking for (so that it can fail)', () => {
		expect(scan('x', 'see facts.md §7 Nr. 3').length).toBeGreaterThanOrEqual(2);
		expect(scan('x', 'factcheck.md §9 Nr. 3')).not.toHaveLength(0);
		expect(scan('x', 'kā rakstīja LSM 2024. gada septembrī')).toHaveLength(1);
		expect(scan('x', 'data/CHANGELOG.md')).not.toHaveLength(0);
		expect(scan('x', 'Darba likuma 131. pants; § 7 of the act')).toEqual([]);
	});

	it('in the shared messages (LV and EN)', () => {
		const problems = (['lv', 'en'] as const).flatMap((lang) =>
			strings(commonMessages[lang]).flatMap(([k, v]) => scan(`common.${lang}:${k}`, v))
		);
		expect(problems).toEqual([]);
	});

	it('in every calculator’s messages', async () => {
		let count = 0;
		const problems: string[] = [];
		for (const id of calculatorIds) {
			const calc = (await loadCalculator(id))!;
			for (const lang of ['lv', 'en'] as const)
				for (const [k, v] of strings(calc.messages[lang])) {
					count++;
					problems.push(...scan(`${id}.${lang}:${k}`, v));
				}
		}
		expect(count).toBeGreaterThan(500);
		expect(problems).toEqual([]);
	});

	it('in the situation catalogue', () => {
		const text = JSON.stringify(situations);
		expect(text.length).toBeGreaterThan(1000);
		expect(scan('situations', text)).toEqual([]);
	});

	it('in the rule tables: titles, descriptions, labels of fields and values, notes and the names of acts and sources', () => {
		const files = tableFiles('data');
		expect(files.length).toBeGreaterThan(80);
		const problems: string[] = [];
		for (const f of files) {
			const t = JSON.parse(readFileSync(f, 'utf8'));
			const texts: Array<[string, string]> = [
				['title', t.title.lv],
				['title', t.title.en],
				...(t.description
					? ([
							['description', t.description.lv],
							['description', t.description.en]
						] as Array<[string, string]>)
					: [])
			];
			for (const [k, l] of Object.entries({ ...t.fields, ...t.codes }) as Array<[string, { lv: string; en: string } | null]>)
				if (l) texts.push([`label of ${k}`, l.lv], [`label of ${k}`, l.en]);
			for (const r of t.rows) {
				if (r.note) texts.push([`${r.validFrom} note`, r.note.lv], [`${r.validFrom} note`, r.note.en]);
				for (const b of r.basis ?? []) texts.push([`${r.validFrom} basis`, `${b.act} ${b.article ?? ''}`]);
				for (const s of r.sources) texts.push([`${r.validFrom} source`, `${s.act} ${s.article ?? ''}`]);
			}
			for (const [where, text] of texts) problems.push(...scan(`${f} ${where}`, text));
		}
		expect(problems).toEqual([]);
	});
});
