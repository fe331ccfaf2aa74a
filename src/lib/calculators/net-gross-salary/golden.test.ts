import { describe, expect, it } from 'vitest';
import { displayToString } from '$lib/engine/explain';
import { computeSafely } from '$lib/engine/run';
import calculator from './index';
import type { NetGrossInput } from './compute';

describe('net-gross-salary golden cases', () => {
	it('has golden cases', () => expect(calculator.golden!.length).toBeGreaterThanOrEqual(20));
	for (const g of calculator.golden!) {
		it(g.name, () => {
			const out = computeSafely(calculator, g.input as unknown as NetGrossInput, g.asOf);
			expect(out.kind).toBe(g.expect.kind);
			if (out.kind === 'cannot-answer' || !g.expect.figures) return;
			const got = Object.fromEntries(out.figures.map((f) => [f.id, displayToString(f.value)]));
			for (const [id, want] of Object.entries(g.expect.figures)) expect([id, got[id]]).toEqual([id, want]);
		});
	}
});
