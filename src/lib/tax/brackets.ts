/**
 * Tax over brackets: each rate applies to the part of the base that falls inside its bracket
 * (law "Par iedzīvotāju ienākuma nodokli", Art. 15: "ienākuma daļai, kas pārsniedz …").
 */
import { Dec, percent } from '$lib/engine/decimal';
import type { Bracket } from './tables';

export interface BracketLine {
	/** Lower limit of the bracket (exclusive) and its upper limit (inclusive; null = none). */
	from: Dec;
	upTo: Dec | null;
	/** Percent, e.g. 20. */
	rate: Dec;
	/** The part of the base inside this bracket. */
	base: Dec;
	/** base × rate, unrounded: the total is rounded once. */
	tax: Dec;
}

export function taxByBrackets(base: Dec, brackets: readonly Bracket[]): BracketLine[] {
	return prepareBrackets(brackets).map((b) => {
		const top = b.upTo === null ? base : Dec.min(base, b.upTo);
		const part = Dec.max(0, top.minus(b.from));
		return { from: b.from, upTo: b.upTo, rate: b.rate, base: part, tax: part.times(b.fraction) };
	});
}

export function sumTax(lines: readonly BracketLine[]): Dec {
	return lines.reduce((s, l) => s.plus(l.tax), new Dec(0));
}

/** Brackets with their limits and rates as decimals, for a base that is taxed many times (a search). */
export interface PreparedBracket {
	from: Dec;
	upTo: Dec | null;
	/** Percent, e.g. 20, and the same as a fraction (0.2). */
	rate: Dec;
	fraction: Dec;
}

export function prepareBrackets(brackets: readonly Bracket[]): PreparedBracket[] {
	const out: PreparedBracket[] = [];
	let from = new Dec(0);
	for (const b of brackets) {
		const upTo = b.upTo === null ? null : new Dec(b.upTo);
		out.push({ from, upTo, rate: new Dec(b.rate), fraction: percent(b.rate) });
		if (upTo === null) break;
		from = upTo;
	}
	return out;
}

/**
 * sumTax(taxByBrackets(base, brackets)) without the lines: the same operations in the same order (a
 * bracket the base does not reach adds 0 there and is skipped here), so the same value to the last digit.
 */
export function bracketsTotal(base: Dec, brackets: readonly PreparedBracket[]): Dec {
	let total = new Dec(0);
	for (const b of brackets) {
		const top = b.upTo === null ? base : Dec.min(base, b.upTo);
		if (top.lte(b.from)) continue;
		total = total.plus(top.minus(b.from).times(b.fraction));
	}
	return total;
}

/** The rate (as a fraction) of the bracket that the next cent of a base falls into. */
export function marginalFraction(base: Dec, brackets: readonly PreparedBracket[]): Dec {
	for (const b of brackets) if (b.upTo === null || base.lt(b.upTo)) return b.fraction;
	return brackets[brackets.length - 1].fraction;
}
