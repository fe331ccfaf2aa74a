/**
 * How a result is laid out, kept apart from the Svelte markup so that it can be unit-tested:
 * which figures are the answer (at most three, large), the rules the steps used (each once,
 * numbered), and rounding notes in the page's language, shown only where rounding changed a value.
 */
import type { Figure, Outcome, RuleCitation, Step } from '$lib/engine/explain';
import type { RoundingNote } from '$lib/engine/decimal';
import { Dec } from '$lib/engine/decimal';
import type { Translator } from '$lib/i18n';

export const MAX_PRIMARY = 3;

/** The figures the outcome names as its answer (or its first figure), then the rest in their order. */
export function primaryFigures(outcome: Exclude<Outcome, { kind: 'cannot-answer' }>): { primary: Figure[]; rest: Figure[] } {
	const named = (outcome.primary ?? [])
		.map((id) => outcome.figures.find((f) => f.id === id))
		.filter((f): f is Figure => f !== undefined)
		.slice(0, MAX_PRIMARY);
	const primary = named.length > 0 ? named : outcome.figures.slice(0, 1);
	const rest = outcome.figures.filter((f) => !primary.includes(f));
	return { primary, rest };
}

export interface NumberedRule extends RuleCitation {
	n: number;
}

const ruleKey = (r: RuleCitation) => `${r.table}@${r.validFrom}`;

/** Every row the steps cite, once, numbered in the order the steps first use them. */
export function collectRules(steps: Step[]): { list: NumberedRule[]; refsOf: (s: Step) => number[] } {
	const byKey = new Map<string, NumberedRule>();
	for (const s of steps) for (const r of s.rules) if (!byKey.has(ruleKey(r))) byKey.set(ruleKey(r), { ...r, n: byKey.size + 1 });
	return {
		list: [...byKey.values()],
		refsOf: (s) => [...new Set(s.rules.map((r) => byKey.get(ruleKey(r))!.n))].sort((a, b) => a - b)
	};
}

/**
 * "Rounded from 36,8219… to 36,82: amounts are in whole cents", or undefined when rounding changed
 * nothing. The unrounded value is shown to two more places than the rule keeps (never the engine's
 * forty digits), with "…" where it went on.
 */
export function roundingText(r: RoundingNote | undefined, tr: Translator): string | undefined {
	if (!r) return undefined;
	const from = new Dec(r.from);
	const to = new Dec(r.to);
	if (from.eq(to)) return undefined;
	const shownPlaces = r.places + 2;
	const cut = from.toDecimalPlaces(shownPlaces, Dec.ROUND_DOWN);
	const fromPlaces = Math.min(shownPlaces, Math.max(from.decimalPlaces(), r.places));
	const fromText = fixed(cut.toFixed(fromPlaces), fromPlaces, tr.lang) + (cut.eq(from) ? '' : '…');
	const toText = fixed(to.toFixed(r.places), r.places, tr.lang);
	const reason = tr.has(r.reason) ? tr.t(r.reason) : r.reason;
	return tr.t('common:result.rounding', { from: fromText, to: toText, reason });
}

const LOCALE = { lv: 'lv-LV', en: 'en-GB' } as const;
/** A decimal string with exactly `places` decimals in the page's convention (1 234,50 / 1,234.50). */
function fixed(value: string, places: number, lang: 'lv' | 'en'): string {
	const nf = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: places, maximumFractionDigits: places });
	// Intl.NumberFormat formats a numeric string exactly (no float on the way); its TS type says number.
	return nf.format(value as unknown as number);
}

/** Rule numbers as a reader expects them: runs become ranges ("1–4, 7"); Latvian ordinals carry a dot ("1.–4., 7."). */
export function formatRuleRefs(nums: number[], lang: 'lv' | 'en'): string {
	const ord = (n: number) => (lang === 'lv' ? `${n}.` : String(n));
	const parts: string[] = [];
	for (let i = 0; i < nums.length;) {
		let j = i;
		while (j + 1 < nums.length && nums[j + 1] === nums[j] + 1) j++;
		parts.push(
			j - i >= 2
				? `${ord(nums[i])}–${ord(nums[j])}`
				: nums
						.slice(i, j + 1)
						.map(ord)
						.join(', ')
		);
		i = j + 1;
	}
	return parts.join(', ');
}
