import { describe, expect, it } from 'vitest';
import type { ResultTable } from '$lib/engine/explain';
import { createTranslator } from '$lib/i18n';
import { CSV_BOM, tableToCsv } from './csv';

/**
 * A small RFC 4180 reader, written independently of the writer: fields separated by `sep`, records by
 * CRLF, a quoted field may hold the separator, CR/LF and doubled quotes. It throws on anything else,
 * so a malformed file fails the test instead of being read leniently.
 */
function parseCsv(text: string, sep: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let i = 0;
	while (i < text.length) {
		let value = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						value += '"';
						i += 2;
					} else {
						i++;
						break;
					}
				} else value += text[i++];
			}
		} else {
			while (i < text.length && text[i] !== sep && text[i] !== '\r' && text[i] !== '\n') {
				if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
				value += text[i++];
			}
		}
		record.push(value);
		if (text[i] === sep) i++;
		else if (text.startsWith('\r\n', i)) {
			records.push(record);
			record = [];
			i += 2;
		} else throw new Error(`expected "${sep}" or CRLF at ${i}, found ${JSON.stringify(text[i] ?? 'end of text')}`);
	}
	if (record.length > 0) throw new Error('the last record has no CRLF');
	return records;
}

const messages = {
	lv: {
		caption: 'Izmaksas',
		col: {
			from: 'Datums',
			what: 'Kas tiek maksāts',
			amount: 'Summa',
			rate: 'Likme',
			days: 'Dienas',
			month: 'Mēnesis',
			already: 'Summa, €'
		},
		what: { sick: 'Slimības nauda; darba devējs', quoted: 'Tā saucamā “B” lapa, "otrā daļa"', twoLines: 'Pirmā rinda\notrā rinda' }
	},
	en: {
		caption: 'Payments',
		col: { from: 'Date', what: 'What is paid', amount: 'Amount', rate: 'Rate', days: 'Days', month: 'Month', already: 'Amount, €' },
		what: { sick: 'Sick pay, paid by the employer', quoted: 'The so-called "B" certificate', twoLines: 'First line\nsecond line' }
	}
};

const table: ResultTable = {
	id: 'timeline',
	caption: { key: 'caption' },
	csv: true,
	columns: [
		{ id: 'from', label: { key: 'col.from' } },
		{ id: 'what', label: { key: 'col.what' } },
		{ id: 'amount', label: { key: 'col.amount' }, numeric: true },
		{ id: 'rate', label: { key: 'col.rate' }, numeric: true },
		{ id: 'days', label: { key: 'col.days' }, numeric: true },
		{ id: 'month', label: { key: 'col.month' } },
		{ id: 'already', label: { key: 'col.already' }, numeric: true }
	],
	rows: [
		[
			{ type: 'date', value: '2026-03-02' },
			{ type: 'text', key: 'what.sick' },
			{ type: 'money', value: '1234.56' },
			{ type: 'percent', value: '80' },
			{ type: 'number', value: '9', unit: 'days' },
			{ type: 'month', value: '2026-03' },
			{ type: 'money', value: '12.5' }
		],
		[
			{ type: 'date', value: '2026-12-31' },
			{ type: 'text', key: 'what.quoted' },
			{ type: 'money', value: '-45.10' },
			{ type: 'percent', value: '10.5' },
			{ type: 'number', value: '0', unit: 'days' },
			{ type: 'month', value: '2026-12' },
			{ type: 'money', value: '0.00' }
		],
		[
			{ type: 'date', value: '2027-01-01' },
			{ type: 'text', key: 'what.twoLines' },
			{ type: 'money', value: '0' },
			{ type: 'percent', value: '0.0001' },
			{ type: 'number', value: '4.6429' },
			{ type: 'month', value: '2027-01' },
			{ type: 'money', value: '1000000.00' }
		]
	]
};

const tr = (lang: 'lv' | 'en') => createTranslator(lang, { id: 'test', messages: messages[lang] });

describe('CSV of a result table', () => {
	it('Latvian: ";" between fields, decimal comma, ISO dates, units once in the header', () => {
		const text = tableToCsv(table, tr('lv'));
		expect(text.endsWith('\r\n')).toBe(true);
		expect(parseCsv(text, ';')).toEqual([
			['Datums', 'Kas tiek maksāts', 'Summa (€)', 'Likme (%)', 'Dienas', 'Mēnesis', 'Summa, €'],
			// The text holds the separator, so it is quoted; the numbers keep their precision and sign.
			['2026-03-02', 'Slimības nauda; darba devējs', '1234,56', '80', '9', '2026-03', '12,5'],
			['2026-12-31', 'Tā saucamā “B” lapa, "otrā daļa"', '-45,10', '10,5', '0', '2026-12', '0,00'],
			['2027-01-01', 'Pirmā rinda\notrā rinda', '0', '0,0001', '4,6429', '2027-01', '1000000,00']
		]);
		// A decimal comma is not the Latvian separator, so numbers are never quoted; the ";" text is.
		expect(text).toContain(';1234,56;');
		expect(text).toContain('"Slimības nauda; darba devējs"');
		expect(text).toContain('"Tā saucamā “B” lapa, ""otrā daļa"""');
	});

	it('English: "," between fields, decimal point; a comma in text is quoted', () => {
		const text = tableToCsv(table, tr('en'));
		expect(parseCsv(text, ',')).toEqual([
			['Date', 'What is paid', 'Amount (€)', 'Rate (%)', 'Days', 'Month', 'Amount, €'],
			['2026-03-02', 'Sick pay, paid by the employer', '1234.56', '80', '9', '2026-03', '12.5'],
			['2026-12-31', 'The so-called "B" certificate', '-45.10', '10.5', '0', '2026-12', '0.00'],
			['2027-01-01', 'First line\nsecond line', '0', '0.0001', '4.6429', '2027-01', '1000000.00']
		]);
		expect(text).toContain('"Sick pay, paid by the employer"');
		// The header "Amount, €" already names its unit and holds the separator: quoted, no "(€)" added.
		expect(text.split('\r\n')[0]).toBe('Date,What is paid,Amount (€),Rate (%),Days,Month,"Amount, €"');
	});

	it('no thousands grouping or currency sign reaches a number, in either language', () => {
		for (const lang of ['lv', 'en'] as const) {
			const sep = lang === 'lv' ? ';' : ',';
			const rows = parseCsv(tableToCsv(table, tr(lang)), sep).slice(1);
			const amounts = rows.map((r) => r[2]);
			expect(amounts).toHaveLength(3);
			for (const a of amounts) expect(a).toMatch(lang === 'lv' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/);
		}
	});

	it('a column mixing euro amounts and text ("not calculated") still gets its unit; a mixed-unit column gets none', () => {
		const t: ResultTable = {
			id: 't',
			caption: { key: 'caption' },
			columns: [
				{ id: 'a', label: { key: 'col.amount' } },
				{ id: 'b', label: { key: 'col.rate' } }
			],
			rows: [
				[
					{ type: 'money', value: '1' },
					{ type: 'money', value: '1' }
				],
				[
					{ type: 'text', key: 'what.sick' },
					{ type: 'percent', value: '2' }
				]
			]
		};
		expect(parseCsv(tableToCsv(t, tr('en')), ',')[0]).toEqual(['Amount (€)', 'Rate']);
	});

	it('the byte-order mark is the one Excel needs to read UTF-8', () => {
		expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});

	it('the test parser itself refuses malformed CSV (so the checks above can fail)', () => {
		expect(() => parseCsv('a;"b\r\n', ';')).toThrow(/unterminated/);
		expect(() => parseCsv('a;b"c\r\n', ';')).toThrow(/quote/);
		expect(() => parseCsv('a;b', ';')).toThrow(/CRLF/);
		expect(parseCsv('a;"b;c"\r\n"x""y";\r\n', ';')).toEqual([
			['a', 'b;c'],
			['x"y', '']
		]);
	});
});
