/**
 * A result table as CSV in the page language's spreadsheet convention (UX.md, "Results"):
 *
 * - Latvian: `;` between fields and a decimal comma (`1234,56`) — what a spreadsheet set to Latvian
 *   expects, since the comma is taken by decimals there.
 * - English: `,` between fields and a decimal point (`1234.56`).
 *
 * Choices, so that a spreadsheet reads every figure as a number and every date as a date:
 * - Amounts, rates, percentages and counts are bare numbers: no thousands grouping, no currency or
 *   percent sign, the precision the rule uses (`4.6429` stays `4.6429`). A column whose numbers are
 *   all euro or all percent says so once, in its header (`Amount (€)`, `Rate (%)`), unless the label
 *   already shows the unit.
 * - Dates and months are ISO (`2026-07-01`, `2026-07`): Excel, LibreOffice and Google Sheets read them
 *   as dates in every locale, while `01.07.2026` or `01/07/2026` depend on the reader's settings.
 * - Text (kinds of day, ages, yes/no) is translated, as on the page.
 * - RFC 4180 framing: a header row, CRLF line ends, a field is quoted when it holds the separator, a
 *   quote or a line break, and quotes inside are doubled.
 *
 * The byte-order mark that makes Excel read the file as UTF-8 is added by whoever writes the file
 * (`CSV_BOM`; `Result.svelte` prepends it when downloading), so this text stays easy to test.
 */
import type { Display, ResultTable } from '$lib/engine/explain';
import type { Translator } from '$lib/i18n';

export const CSV_BOM = '\ufeff';

export interface CsvConvention {
	separator: ';' | ',';
	decimal: ',' | '.';
}

export function csvConvention(lang: Translator['lang']): CsvConvention {
	return lang === 'lv' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

/** The unit a numeric cell would lose by being written as a bare number; undefined for text. */
function unitOf(d: Display): string | undefined {
	switch (d.type) {
		case 'money':
		case 'rate':
			return '€';
		case 'percent':
			return '%';
		case 'number':
			return '';
		default:
			return undefined;
	}
}

/** A decimal string ("-1234.50") in the convention's decimal mark; the digits are never re-rounded. */
function numberText(value: string, c: CsvConvention): string {
	return c.decimal === '.' ? value : value.replace('.', c.decimal);
}

function cellText(d: Display, tr: Translator, c: CsvConvention): string {
	switch (d.type) {
		case 'money':
		case 'rate':
		case 'percent':
		case 'number':
			return numberText(d.value, c);
		case 'date':
		case 'month':
			return d.value;
		default:
			return tr.display(d);
	}
}

function field(s: string, c: CsvConvention): string {
	return s.includes(c.separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header of a column: its label, plus the unit when every number in the column has the same one. */
function header(t: ResultTable, col: number, tr: Translator): string {
	const label = tr.msg(t.columns[col].label);
	const units = new Set(t.rows.map((r) => (r[col] ? unitOf(r[col]) : undefined)).filter((u) => u !== undefined));
	const [unit] = units;
	return units.size === 1 && unit && !label.includes(unit) ? `${label} (${unit})` : label;
}

/** The CSV text of a result table (without the byte-order mark): a header row and one line per row. */
export function tableToCsv(t: ResultTable, tr: Translator): string {
	const c = csvConvention(tr.lang);
	const lines = [t.columns.map((_, i) => field(header(t, i, tr), c)).join(c.separator)];
	for (const row of t.rows) lines.push(row.map((d) => field(cellText(d, tr, c), c)).join(c.separator));
	return lines.join('\r\n') + '\r\n';
}
