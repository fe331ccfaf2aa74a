import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Table } from '$lib/engine/tables';
import { commonMessages } from '$lib/i18n';
import { tableEntry, tablesByDomain } from './rule-catalogue';

const src = (url: string, act = 'Act') => ({ act, url, consulted: '2026-11-22' });

const table = (rows: Table<unknown>['rows'], extra: Partial<Table<unknown>> = {}): Table<unknown> => ({
	id: 'pension/example',
	title: { lv: 'Piemērs', en: 'Example' },
	kind: 'decimal',
	unit: 'eur',
	rows,
	...extra
});

describe('a rule table as the About page lists it', () => {
	it('lists each act once, however it is linked, basis first, then law pages among the evidence', () => {
		const e = tableEntry(
			table([
				{
					validFrom: '2016-01-01',
					value: '1',
					basis: [src('https://likumi.lv/ta/id/38048', 'Likums «Par valsts pensijām»')],
					sources: [src('https://www.vsaa.gov.lv/lapa'), src('https://likumi.lv/doc.php?id=38048', 'Par valsts pensijām (cits nosaukums)')]
				},
				{
					validFrom: '2020-01-01',
					value: '2',
					status: 'unconfirmed',
					basis: [src('https://likumi.lv/ta/id/38048-par-valsts-pensijam', 'Likums «Par valsts pensijām»')],
					sources: [src('https://likumi.lv/ta/id/68483', 'Valsts sociālo pabalstu likums')]
				}
			])
		);
		expect(e.acts).toEqual([
			{ act: 'Likums «Par valsts pensijām»', url: 'https://likumi.lv/ta/id/38048' },
			{ act: 'Valsts sociālo pabalstu likums', url: 'https://likumi.lv/ta/id/68483' }
		]);
		expect(e.evidenceHosts).toEqual([]);
		expect(e.statuses).toEqual(['unconfirmed']);
		expect(e).toMatchObject({ domain: 'pension', from: '2016-01-01', until: undefined, repealedFrom: undefined });
	});

	it('with no act linked, names the evidence sites, official ones first; a repeal and coveredUntil are kept', () => {
		const e = tableEntry(
			table(
				[
					{
						validFrom: '2017-01-01',
						value: '1',
						status: 'secondary',
						basis: [],
						sources: [src('https://www.delfi.lv/x'), src('https://lm.gov.lv/y')]
					},
					{ validFrom: '2019-07-01', repealed: true, basis: [], sources: [src('https://www.vsaa.gov.lv/z')] }
				],
				{ coveredUntil: '2026-12-31' }
			)
		);
		expect(e.acts).toEqual([]);
		expect(e.evidenceHosts).toEqual(['lm.gov.lv', 'vsaa.gov.lv', 'delfi.lv']);
		expect(e).toMatchObject({ from: '2017-01-01', until: '2026-12-31', repealedFrom: '2019-07-01', statuses: ['secondary'] });
	});

	it('groups by area in the order given, unknown areas last', () => {
		const t = (id: string, en: string) => ({
			...table([{ validFrom: '2016-01-01', value: '1', basis: [], sources: [src('https://likumi.lv/ta/id/1')] }]),
			id,
			title: { lv: en, en }
		});
		const groups = tablesByDomain([t('tax/b', 'B'), t('zzz/a', 'A'), t('pension/y', 'Y'), t('tax/a', 'A')], ['pension', 'tax'], 'en');
		expect(groups.map((g) => [g.domain, g.tables.map((e) => e.id)])).toEqual([
			['pension', ['pension/y']],
			['tax', ['tax/a', 'tax/b']],
			['zzz', ['zzz/a']]
		]);
	});
});

describe('the real rule tables', () => {
	const domains = readdirSync('data').filter((d) => statSync(join('data', d)).isDirectory());
	const tables = domains.flatMap((d) =>
		readdirSync(join('data', d))
			.filter((f) => f.endsWith('.json'))
			.map((f) => JSON.parse(readFileSync(join('data', d, f), 'utf8')) as Table<unknown>)
	);

	it('every area under data/ has a name on the About page in both languages', () => {
		expect(domains.length).toBeGreaterThan(3);
		for (const lang of ['lv', 'en'] as const) {
			const names = (commonMessages[lang].about as { domains: Record<string, string> }).domains;
			for (const d of domains) expect(names[d], `about.domains.${d} (${lang})`).toBeTruthy();
		}
	});

	it('every table gets an entry with a start date, and either acts or evidence sites to name', () => {
		expect(tables.length).toBeGreaterThan(50);
		for (const t of tables) {
			const e = tableEntry(t);
			expect(e.from, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(e.acts.length + e.evidenceHosts.length, t.id).toBeGreaterThan(0);
		}
	});
});
