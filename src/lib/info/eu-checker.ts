/**
 * "Which country's social security applies to me?" — the main rules of Regulation (EC) No 883/2004,
 * Title II (Articles 11–13), for one person living in one EU/EEA country or Switzerland. A
 * simplification: special groups (seafarers, flight crew), work outside these countries, agreements
 * under Article 16 and the self-employed "centre of interest" are sent to the agency, never guessed.
 * Pure: no Svelte, no DOM; the answers are plain values so that the cases can be tested.
 */

/** EU member states, the EEA states and Switzerland (ISO 3166 codes), and the UK (special rules). */
export const COUNTRIES = [
	'LV',
	'EE',
	'LT',
	'PL',
	'FI',
	'SE',
	'DE',
	'DK',
	'NL',
	'BE',
	'LU',
	'FR',
	'IE',
	'AT',
	'CZ',
	'SK',
	'HU',
	'SI',
	'HR',
	'IT',
	'ES',
	'PT',
	'MT',
	'CY',
	'GR',
	'BG',
	'RO',
	'NO',
	'IS',
	'LI',
	'CH'
] as const;
export type Country = (typeof COUNTRIES)[number];
/** Outside the coordinated area, or the United Kingdom: the checker does not decide. */
export const OUTSIDE = 'OUT';
export type Place = Country | typeof OUTSIDE;

export type Activity = 'none' | 'employed' | 'self-employed' | 'both';
export type Special = 'none' | 'civil-servant' | 'seafarer' | 'flight-crew';
/** Where the employer (or employers) are registered, when someone works in two countries. */
export type EmployerSeat =
	| 'residence' // one employer, or several, all in the country of residence
	| 'work-country' // one employer, or several, all in the other country
	| 'both' // employers in the country of residence and in the other country
	| 'elsewhere'; // another case (employers in a third country, several other countries)

export interface EuAnswers {
	residence: Country;
	activity: Activity;
	special: Special;
	/** The country where you work (for "both": where you work as an employee). */
	workCountry: Place;
	/** Do you also work in your country of residence? (Only asked when workCountry ≠ residence.) */
	alsoInResidence?: boolean;
	/** Sent temporarily (at most 24 months) from the country where you normally work / are self-employed. */
	posted?: boolean;
	/** At least a quarter of your working time and/or pay is in the country of residence. */
	substantialInResidence?: boolean;
	employerSeat?: EmployerSeat;
	/** Employed and self-employed in two countries: is the job as an employee in the country of residence? */
	employedInResidence?: boolean;
}

export type Rule =
	| 'not-working' // Art. 11(3)(e)
	| 'civil-servant' // Art. 11(3)(b)
	| 'one-country' // Art. 11(3)(a)
	| 'posted-employee' // Art. 12(1)
	| 'posted-self-employed' // Art. 12(2)
	| 'several-residence' // Art. 13(1)(a)
	| 'several-one-seat' // Art. 13(1)(b)(i)–(ii)
	| 'several-seat-residence-and-other' // Art. 13(1)(b)(iii)
	| 'self-employed-several-residence' // Art. 13(2)(a)
	| 'employed-and-self-employed'; // Art. 13(3)

export type AskReason = 'seafarer' | 'flight-crew' | 'outside' | 'centre-of-interest' | 'employer-elsewhere' | 'incomplete';

export type EuResult =
	| {
			kind: 'country';
			/** The country whose law applies; null when it is "the country of the administration that employs you". */
			country: Country | null;
			rule: Rule;
			article: string;
			/** Whether you need an A1 certificate to show it (posting, work in several countries). */
			a1: boolean;
	  }
	| { kind: 'ask'; reason: AskReason; article?: string };

const country = (c: Country | null, rule: Rule, article: string, a1 = false): EuResult => ({
	kind: 'country',
	country: c,
	rule,
	article,
	a1
});
const ask = (reason: AskReason, article?: string): EuResult => ({ kind: 'ask', reason, ...(article ? { article } : {}) });

export function decideApplicableLaw(a: EuAnswers): EuResult {
	if (a.activity === 'none') return country(a.residence, 'not-working', '11(3)(e)');
	if (a.special === 'civil-servant') return country(null, 'civil-servant', '11(3)(b)');
	if (a.special === 'seafarer') return ask('seafarer', '11(4)');
	if (a.special === 'flight-crew') return ask('flight-crew', '11(5)');
	if (a.workCountry === OUTSIDE) return ask('outside');
	const abroad = a.workCountry !== a.residence;

	// Work in one country only (which may be the country of residence).
	if (!abroad || a.alsoInResidence === false) {
		if (abroad && a.posted === undefined) return ask('incomplete');
		if (abroad && a.posted && a.activity === 'employed') return country(a.residence, 'posted-employee', '12(1)', true);
		if (abroad && a.posted && a.activity === 'self-employed') return country(a.residence, 'posted-self-employed', '12(2)', true);
		return country(a.workCountry, 'one-country', '11(3)(a)');
	}
	if (a.alsoInResidence === undefined) return ask('incomplete');

	// Work in the country of residence and in one other country.
	if (a.activity === 'both') {
		// Employed in one country and self-employed in the other: the employee's country (Art. 13(3)).
		if (a.employedInResidence === undefined) return ask('incomplete');
		return country(a.employedInResidence ? a.residence : a.workCountry, 'employed-and-self-employed', '13(3)', true);
	}
	if (a.substantialInResidence === undefined) return ask('incomplete');
	if (a.activity === 'self-employed') {
		return a.substantialInResidence
			? country(a.residence, 'self-employed-several-residence', '13(2)(a)', true)
			: ask('centre-of-interest', '13(2)(b)');
	}
	if (a.substantialInResidence) return country(a.residence, 'several-residence', '13(1)(a)', true);
	switch (a.employerSeat) {
		case 'residence':
			return country(a.residence, 'several-one-seat', '13(1)(b)', true);
		case 'work-country':
			return country(a.workCountry, 'several-one-seat', '13(1)(b)', true);
		case 'both':
			return country(a.workCountry, 'several-seat-residence-and-other', '13(1)(b)(iii)', true);
		case 'elsewhere':
			return ask('employer-elsewhere', '13(1)(b)');
		default:
			return ask('incomplete');
	}
}

/**
 * An article reference as people read it: "11(3)(a)" → Latvian "11. panta 3. punkta a) apakšpunkts",
 * English "Article 11(3)(a)".
 */
export function formatArticle(article: string, lang: 'lv' | 'en'): string {
	if (lang === 'en') return `Article ${article}`;
	const range = /^(\d+)\((\d+)\)–\((\d+)\)$/.exec(article);
	if (range) return `${range[1]}. panta ${range[2]}. un ${range[3]}. punkts`;
	const m = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?(?:\(([ivx]+)\))?$/.exec(article);
	if (!m) return article;
	const [, art, para, letter, roman] = m;
	if (!para) return `${art}. pants`;
	if (!letter) return `${art}. panta ${para}. punkts`;
	if (!roman) return `${art}. panta ${para}. punkta ${letter}) apakšpunkts`;
	return `${art}. panta ${para}. punkta ${letter}) apakšpunkta ${roman}) punkts`;
}
