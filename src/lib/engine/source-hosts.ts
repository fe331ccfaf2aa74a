/**
 * Which pages count as official evidence and which as the text of a law. Kept free of zod so that the
 * result page can mark secondary sources without shipping the schema library to the browser.
 */
/**
 * Hosts whose pages count as official evidence: the law gazette and the law database, and the state
 * institutions' own sites (the ministries, VSAA, VID, NVA, the statistics bureau, the state portal).
 * Officialness is decided from the URL, never by the row's own say-so.
 */
export const OFFICIAL_HOSTS = [
	'likumi.lv',
	'vestnesis.lv',
	'gov.lv',
	'vsaa.lv',
	'latvija.lv',
	'saeima.lv',
	'eur-lex.europa.eu',
	'europa.eu'
] as const;

export function isOfficialUrl(url: string): boolean {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
	} catch {
		return false;
	}
	return OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Where the text of a law can be cited: the law database, the official gazette, or EUR-Lex for EU law. */
export const LAW_HOSTS = ['likumi.lv', 'vestnesis.lv', 'eur-lex.europa.eu'] as const;
export function isLawUrl(url: string): boolean {
	try {
		const host = new URL(url).hostname.toLowerCase();
		return LAW_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
	} catch {
		return false;
	}
}
