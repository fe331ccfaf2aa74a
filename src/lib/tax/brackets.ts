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
	const lines: BracketLine[] = [];
	let from = new Dec(0);
	for (const b of brackets) {
		const upTo = b.upTo === null ? null : new Dec(b.upTo);
		const top = upTo === null ? base : Dec.min(base, upTo);
		const part = Dec.max(0, top.minus(from));
		lines.push({ from, upTo, rate: new Dec(b.rate), base: part, tax: part.times(percent(b.rate)) });
		if (upTo === null) break;
		from = upTo;
	}
	return lines;
}

export function sumTax(lines: readonly BracketLine[]): Dec {
	return lines.reduce((s, l) => s.plus(l.tax), new Dec(0));
}
