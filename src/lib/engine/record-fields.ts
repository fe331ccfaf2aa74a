/**
 * The names inside a record table's values: which keys are fields that need a label for people
 * (`fields` in the table), which keys are data themselves, and which text values are codes that need
 * a plain-language text (`codes`). Shared by the validator (every name labelled) and the pages that
 * show the values (src/lib/ui/rule-value.ts), so that both walk a value the same way.
 */
import type { FieldLabel, Localized } from './tables';

/** A key that is itself data — a year, an age, a count, a schedule such as "40-6" — shown as it is. */
export const isDataKey = (k: string) => /^\d/.test(k);

/** A coded text value ("half-up", "birth-order", "new-year"): lower-case words joined by hyphens. */
export const isCode = (v: unknown): v is string => typeof v === 'string' && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(v);

/** Text the data holds in both languages (a holiday's name): shown in the page language. */
export function isLocalized(v: unknown): v is Localized {
	if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
	const keys = Object.keys(v).sort();
	return keys.length === 2 && keys[0] === 'en' && keys[1] === 'lv';
}

/**
 * Every field name and every code in a row value, at any depth. The codes under a field whose label
 * is `null` (an internal key that is never shown) are not collected: no one sees them.
 */
export function namesIn(
	value: unknown,
	fields: Record<string, FieldLabel> = {},
	out = { fields: new Set<string>(), codes: new Set<string>() }
) {
	if (Array.isArray(value)) for (const v of value) namesIn(v, fields, out);
	else if (value !== null && typeof value === 'object' && !isLocalized(value)) {
		for (const [k, v] of Object.entries(value)) {
			if (!isDataKey(k)) out.fields.add(k);
			if (fields[k] !== null) namesIn(v, fields, out);
		}
	} else if (isCode(value)) out.codes.add(value);
	return out;
}
