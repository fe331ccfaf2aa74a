/**
 * Searching the rule tables by words in either language: "minimālā alga", "minimālo algu" and
 * "minimum wage" all find the minimum wage. Letters are compared without diacritics and words
 * by their stem (a few Latvian and English endings cut), a query word matching the start of a stem.
 */

export function normalise(s: string): string {
	return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const ENDING = /(iem|ajam|ais|aja|as|am|ai|is|us|ie|es|os|[aeiousm])$/;

export function stem(word: string): string {
	return word.length > 3 ? word.replace(ENDING, '') : word;
}

export function words(s: string): string[] {
	return normalise(s)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w !== '');
}

/** The searchable form of a text: its word stems. */
export const index = (text: string): string[] => words(text).map(stem);

/** True when every word of the query starts some word of the text. An empty query matches everything. */
export function matches(stems: string[], query: string): boolean {
	return index(query).every((q) => stems.some((s) => s.startsWith(q)));
}
