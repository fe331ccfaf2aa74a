/**
 * The one configured decimal.js clone used for money and rates. Never use `number` for an amount.
 */
import DecimalBase from 'decimal.js';

export const Dec = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

/** How a value was rounded: kept with the step that rounded it, so the explanation can show it. */
export interface RoundingNote {
	from: string;
	to: string;
	places: number;
	mode: 'half-up' | 'down' | 'up';
	/** Why rounding happens here: a message key (e.g. `common:rounding.cents`), shown translated; plain text is shown as it is. */
	reason: string;
}

export interface Rounded {
	value: Dec;
	rounding: RoundingNote;
}

const MODES = { 'half-up': Dec.ROUND_HALF_UP, down: Dec.ROUND_DOWN, up: Dec.ROUND_UP } as const;

/**
 * The only place where the engine rounds. `reason` is required so that every rounding is
 * explained; the returned note travels with the explanation step.
 */
export function roundTo(value: Dec | string, places: number, reason: string, mode: RoundingNote['mode'] = 'half-up'): Rounded {
	const from = new Dec(value);
	const to = roundedValue(from, places, mode);
	return { value: to, rounding: { from: from.toString(), to: to.toFixed(places), places, mode, reason } };
}

/**
 * The value `roundTo` gives, without the note: for a search that tries many amounts and explains only
 * the one it keeps (the kept one goes through `roundTo`).
 */
export function roundedValue(value: Dec, places: number, mode: RoundingNote['mode'] = 'half-up'): Dec {
	return value.toDecimalPlaces(places, MODES[mode]);
}

/** Money to cents, half-up: the default for amounts of tax, contributions and benefits. */
export function roundMoney(value: Dec | string, reason = 'common:rounding.cents'): Rounded {
	return roundTo(value, 2, reason);
}

export function dec(value: string | number | Dec): Dec {
	return new Dec(value);
}

/** A percent stored as "10.50" → 0.105 */
export function percent(value: string | Dec): Dec {
	return new Dec(value).div(100);
}
