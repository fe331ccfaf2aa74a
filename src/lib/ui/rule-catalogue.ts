/**
 * The rule tables as the "About the data" page lists them: one short entry per table (title, the
 * period the data covers, the acts it rests on), grouped by area, without printing every row — the
 * rows and their sources are on each calculator's page.
 */
import type { Localized, RowStatus, Table } from '$lib/engine/tables';
import { isLawUrl, isOfficialUrl } from '$lib/engine/source-hosts';
import type { IsoDate } from '$lib/engine/dates';

export interface ActLink {
	act: string;
	url: string;
}

export interface TableEntry {
	id: string;
	/** The folder under data/ (`pension`, `tax` …): the area the page groups by. */
	domain: string;
	title: Localized;
	from: IsoDate;
	/** The last day the data describes (`coveredUntil`), if the table says. */
	until?: IsoDate;
	/** The rule was repealed from this date (the last row is a repeal). */
	repealedFrom?: IsoDate;
	/** The acts the rows cite as legal basis, and any law-database page among the evidence; each act once. */
	acts: ActLink[];
	/** Where no act is linked: the sites the evidence comes from, official ones first. */
	evidenceHosts: string[];
	/** The statuses other than "confirmed" that some rows have, in a fixed order. */
	statuses: RowStatus[];
}

const STATUS_ORDER: RowStatus[] = ['secondary', 'derived', 'unconfirmed', 'planned'];

/**
 * One act may be linked in several forms (`/ta/id/38048`, `/ta/id/38048-par-valsts-pensijam`,
 * `doc.php?id=38048`); the document id says it is the same act.
 */
function actKey(url: string): string {
	const m = /likumi\.lv\/(?:ta\/id\/|doc\.php\?id=)(\d+)/.exec(url) ?? /vestnesis\.lv\/(?:ta\/id\/|op\/)(\d+)/.exec(url);
	return m ? `act:${m[1]}` : url;
}

function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

export function tableEntry(t: Table<unknown>): TableEntry {
	const rows = t.rows;
	const last = rows[rows.length - 1];
	const seen = new Set<string>();
	const acts: ActLink[] = [];
	const cited = [...rows.flatMap((r) => r.basis ?? []), ...rows.flatMap((r) => r.sources).filter((s) => isLawUrl(s.url))];
	for (const c of cited) {
		const k = actKey(c.url);
		if (seen.has(k)) continue;
		seen.add(k);
		acts.push({ act: c.act, url: c.url });
	}
	const urls = rows.flatMap((r) => r.sources.map((s) => s.url));
	const hosts = [...new Set([...urls.filter(isOfficialUrl), ...urls.filter((u) => !isOfficialUrl(u))].map(hostOf))];
	const present = new Set(rows.map((r) => r.status ?? 'confirmed'));
	return {
		id: t.id,
		domain: t.id.split('/')[0],
		title: t.title,
		from: rows[0].validFrom,
		until: t.coveredUntil,
		repealedFrom: 'repealed' in last ? last.validFrom : undefined,
		acts,
		evidenceHosts: acts.length === 0 ? hosts : [],
		statuses: STATUS_ORDER.filter((s) => present.has(s))
	};
}

/** The tables grouped by area in the given order (areas not named come last, alphabetically), titles sorted. */
export function tablesByDomain(
	tables: Table<unknown>[],
	order: readonly string[],
	lang: 'lv' | 'en'
): Array<{ domain: string; tables: TableEntry[] }> {
	const entries = tables.map(tableEntry);
	const domains = [...new Set(entries.map((e) => e.domain))].sort((a, b) => {
		const ia = order.indexOf(a);
		const ib = order.indexOf(b);
		return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib) || a.localeCompare(b);
	});
	return domains.map((domain) => ({
		domain,
		tables: entries.filter((e) => e.domain === domain).sort((a, b) => a.title[lang].localeCompare(b.title[lang], lang))
	}));
}
