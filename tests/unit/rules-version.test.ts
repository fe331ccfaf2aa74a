import { describe, expect, it } from 'vitest';
import { loadCalculator } from '$lib/calculators/registry';
import { computeSafely } from '$lib/engine/run';
import { validateInput } from '$lib/engine/inputs';
import { checkRulesVersion, rulesVersion } from '$lib/engine/rules-version';
import { decodeFragment, encodeFragment } from '$lib/engine/share';
import type { Calculator } from '$lib/engine/calculator';
import type { Table } from '$lib/engine/tables';

async function netGross() {
	return (await loadCalculator('net-gross-salary')) as Calculator<never>;
}

function outcomeFor(calc: Calculator<never>, raw: Record<string, string>, asOf: string, tables = calc.tables) {
	const c = { ...calc, tables } as Calculator<never>;
	const v = validateInput(c, raw, asOf);
	if (!v.ok) throw new Error(`invalid test input: ${JSON.stringify(v.errors)}`);
	return computeSafely(c, v.value, v.asOf!);
}

/** A copy of the calculator's tables with one row's value replaced (a corrected or newly confirmed value). */
function withChangedRow(tables: Table<unknown>[], id: string, validFrom: string, value: unknown): Table<unknown>[] {
	return tables.map((t) =>
		t.id !== id ? t : { ...t, rows: t.rows.map((r) => (r.validFrom === validFrom && !('repealed' in r) ? { ...r, value } : r)) }
	);
}

const RAW = { mode: 'gross-to-net', amount: '1500', category: 'employee', taxBook: 'yes', pension: 'no', relief: 'none' };

describe('rules-version id', () => {
	it('is short, deterministic and changes only when a row the answer used changes', async () => {
		const calc = await netGross();
		const o = outcomeFor(calc, RAW, '2026-06-01');
		const id = rulesVersion(calc.tables, o)!;
		expect(id).toMatch(/^[0-9A-Za-z_-]{3}[0-9A-Za-z_.-]+$/);
		expect(id).toHaveLength(3 + calc.tables.length);
		expect(rulesVersion(calc.tables, outcomeFor(calc, RAW, '2026-06-01'))).toBe(id);
		// Another day of the same year uses the same rows: same id.
		expect(rulesVersion(calc.tables, outcomeFor(calc, RAW, '2026-02-01'))).toBe(id);
		// A year with other rows: another id.
		expect(rulesVersion(calc.tables, outcomeFor(calc, RAW, '2024-06-01'))).not.toBe(id);
		// A change in a row the answer did not use (the 2016 minimum) leaves the id alone.
		const old = withChangedRow(
			calc.tables,
			'tax/non-taxable-minimum',
			calc.tables.find((t) => t.id === 'tax/non-taxable-minimum')!.rows[0].validFrom,
			{ x: '1' }
		);
		expect(rulesVersion(old, outcomeFor(calc, RAW, '2026-06-01', old))).toBe(id);
	});

	it('names the table whose row changed, and says nothing when nothing changed', async () => {
		const calc = await netGross();
		const ntm = calc.tables.find((t) => t.id === 'tax/non-taxable-minimum')!;
		const row2026 = [...ntm.rows].reverse().find((r) => r.validFrom <= '2026-06-01')!;
		expect('value' in row2026).toBe(true);
		// The link was made when the 2026 minimum had another value…
		const before = withChangedRow(calc.tables, ntm.id, row2026.validFrom, { ...(row2026 as { value: object }).value, monthly: '1' });
		const oldId = rulesVersion(before, outcomeFor(calc, RAW, '2026-06-01', before))!;
		// …and is opened with today's tables.
		const now = outcomeFor(calc, RAW, '2026-06-01');
		const check = checkRulesVersion(calc.tables, oldId, now);
		expect(check.stale).toBe(true);
		if (check.stale) expect(check.changed.map((t) => t.id)).toEqual([ntm.id]);
		expect(checkRulesVersion(calc.tables, rulesVersion(calc.tables, now)!, now)).toEqual({ stale: false });
	});

	it('a tampered or foreign id is stale without naming tables; a cannot-answer outcome has no id', async () => {
		const calc = await netGross();
		const now = outcomeFor(calc, RAW, '2026-06-01');
		expect(checkRulesVersion(calc.tables, 'zz', now)).toEqual({ stale: true, changed: [] });
		expect(checkRulesVersion(calc.tables, '<script>', now)).toEqual({ stale: true, changed: [] });
		expect(rulesVersion(calc.tables, { kind: 'cannot-answer', reason: { key: 'x' }, steps: [], notices: [] })).toBeUndefined();
	});

	it('travels in the share link as rv; a link without it still decodes', async () => {
		const calc = await netGross();
		const f = encodeFragment(calc, RAW, '01.06.2026', 'abc.x');
		expect(f).toContain('rv=abc.x');
		const d = decodeFragment(calc, '#' + f);
		expect(d.rulesVersion).toBe('abc.x');
		expect(d.problems).toEqual([]);
		const old = decodeFragment(calc, '#v=1&m=gross-to-net&a=1500&d=2026-06-01');
		expect(old.rulesVersion).toBeUndefined();
		expect(old.problems).toEqual([]);
		expect(old.raw.amount).toBe('1500');
	});
});
