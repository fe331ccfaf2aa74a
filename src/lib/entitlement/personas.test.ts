/**
 * The personas (personas.ts) as golden tests: the check's verdicts, figures and deadlines are the
 * ones written there, and each equals what the calculator itself answers when opened with the check's
 * pre-filled link — so the check can never drift from its calculators.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { displayToString } from '$lib/engine/explain';
import { runCalculator } from '$lib/engine/run';
import { decodeFragment } from '$lib/engine/share';
import { CHECK_SITUATIONS } from './catalogue';
import {
	checkQuestions,
	decodeCheck,
	encodeCheck,
	factValues,
	pagesFor,
	runCheck,
	sortItems,
	timeline,
	type Calcs,
	type CheckQuestions,
	type CheckState
} from './check';
import { loadCheckCalculators } from './load';
import { PERSONAS } from './personas';

let calcs: Calcs;
let q: CheckQuestions;
beforeAll(async () => {
	calcs = await loadCheckCalculators();
	q = checkQuestions(calcs);
}, 60000);

const stateOf = (p: (typeof PERSONAS)[number]): CheckState => ({ situations: p.situations, page: 'results', facts: p.facts, asOf: p.asOf });

describe('personas', () => {
	it('are at least eight and cover every situation', () => {
		expect(PERSONAS.length).toBeGreaterThanOrEqual(8);
		const covered = new Set(PERSONAS.flatMap((p) => p.situations));
		expect(CHECK_SITUATIONS.filter((s) => !covered.has(s))).toEqual([]);
	});

	for (const p of PERSONAS) {
		describe(p.name, () => {
			it('shows exactly the benefits listed, with their verdicts, figures and deadlines', () => {
				const items = runCheck(stateOf(p), q, calcs, p.asOf);
				expect(items.map((i) => i.entry.id).sort()).toEqual(Object.keys(p.expect).sort());
				for (const i of items) {
					const want = p.expect[i.entry.id];
					expect(i.status, i.entry.id).toBe(want.status);
					if (want.started !== undefined) expect(i.started, `${i.entry.id} started`).toBe(want.started);
					const got =
						i.outcome && i.outcome.kind !== 'cannot-answer'
							? Object.fromEntries(i.outcome.figures.map((f) => [f.id, displayToString(f.value)]))
							: {};
					for (const [id, value] of Object.entries(want.figures ?? {})) expect(got[id], `${i.entry.id}.${id}`).toBe(value);
				}
			});

			it('equals what each calculator answers when opened with the pre-filled link', () => {
				const items = runCheck(stateOf(p), q, calcs, p.asOf).filter((i) => i.status !== 'link');
				expect(items.length).toBeGreaterThan(0);
				for (const i of items) {
					const calc = calcs[i.calculator];
					const link = decodeFragment(calc, `#${i.fragment}`);
					expect(link.problems, i.entry.id).toEqual([]);
					const run = runCalculator(calc, link.raw, link.asOf);
					expect(run.kind, i.entry.id).toBe('outcome');
					if (run.kind === 'outcome') expect(run.outcome, i.entry.id).toEqual(i.outcome);
				}
			});
		});
	}
});

describe('the check as a flow', () => {
	it('asks only the topics the situations need', () => {
		const father = PERSONAS.find((p) => p.id === 'father-paternity')!;
		expect(pagesFor(father.situations, factValues(father.facts, q))).toEqual(['situations', 'you', 'work', 'birth', 'results']);
		const widow = PERSONAS.find((p) => p.id === 'widow')!;
		expect(pagesFor(widow.situations, factValues(widow.facts, q))).toEqual(['situations', 'death', 'results']);
	});

	it('lists first what has begun and can still be claimed, then by the nearest deadline', () => {
		const mother = PERSONAS.find((p) => p.id === 'mother-third-child')!;
		const sorted = sortItems(runCheck(stateOf(mother), q, calcs, mother.asOf)).map((i) => i.entry.id);
		expect(sorted).toEqual(['maternity-benefit', 'family-state-benefit', 'birth-grant', 'parental-benefit']);
	});

	it('puts every date still ahead on the timeline, in order, and none that has passed', () => {
		const mother = PERSONAS.find((p) => p.id === 'mother-third-child')!;
		const t = timeline(runCheck(stateOf(mother), q, calcs, mother.asOf), mother.asOf);
		expect(t.length).toBeGreaterThan(5);
		expect(t.every((x) => x.date >= mother.asOf)).toBe(true);
		expect(t.map((x) => x.date)).toEqual([...t.map((x) => x.date)].sort());
		expect(t.filter((x) => x.deadline).map((x) => x.date)).toEqual(['2027-07-15', '2027-09-12']);
		expect(t.some((x) => x.figure.id === 'leaveStart')).toBe(false);
	});

	it('keeps the whole state in the fragment, language-neutral, and reads it back', () => {
		const p = PERSONAS.find((x) => x.id === 'sick-child-employee')!;
		const fragment = encodeCheck({ ...stateOf(p), page: 'illness' }, q);
		expect(fragment).toContain('s=ill-or-sick-child.working');
		expect(fragment).toContain('sf=2026-11-09');
		const back = decodeCheck(`#${fragment}`, q);
		expect(back.problems).toEqual([]);
		expect(back.state.situations).toEqual(p.situations);
		expect(back.state.page).toBe('illness');
		expect(back.state.asOf).toBe(p.asOf);
		// The link carries canonical values (ISO dates, dot decimals), so the answers are the same, not the typing.
		const answers = (s: CheckState) => runCheck(s, q, calcs, p.asOf).map((i) => [i.entry.id, i.status, i.outcome]);
		expect(answers({ ...(back.state as CheckState), page: 'results' })).toEqual(answers(stateOf(p)));
	});

	it('reports a tampered fragment like a share link and keeps the valid values', () => {
		const d = decodeCheck('#v=1&s=working.flying&zz=1&w=1500&w=9&p=nowhere', q);
		expect(d.state.situations).toEqual(['working']);
		expect(d.state.facts?.averageWage).toBe('1500');
		expect(d.problems.map((m) => m.key).sort()).toEqual([
			'common:link.repeated',
			'common:link.unknownKeys',
			'link.page',
			'link.situations'
		]);
	});
});
