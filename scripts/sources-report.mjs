#!/usr/bin/env node
/**
 * Counts how well the rule tables are sourced (issue "Answers a ministry can put its name on"):
 * tables that cite an act on likumi.lv, rows with a legal basis, rows with official evidence, rows
 * marked "secondary" (confirmed by secondary sources only). `--json` prints the numbers as JSON;
 * `--missing` lists the rows still without a legal basis or official evidence.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OFFICIAL = ['likumi.lv', 'vestnesis.lv', 'gov.lv', 'vsaa.lv', 'latvija.lv', 'saeima.lv', 'eur-lex.europa.eu', 'europa.eu'];
const host = (u) => {
	try {
		return new URL(u).hostname.toLowerCase().replace(/\.$/, '');
	} catch {
		return '';
	}
};
const isOfficial = (u) => OFFICIAL.some((h) => host(u) === h || host(u).endsWith(`.${h}`));
const isLikumi = (u) => ['likumi.lv', 'vestnesis.lv'].some((h) => host(u) === h || host(u).endsWith(`.${h}`));

function files(dir) {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? files(p) : p.endsWith('.json') ? [p] : [];
	});
}

const c = { tables: 0, tablesWithLikumiAct: 0, rows: 0, rowsWithBasis: 0, rowsWithOfficialEvidence: 0, rowsSecondaryOnly: 0, byStatus: {} };
const missing = [];
for (const f of files('data').sort()) {
	const t = JSON.parse(readFileSync(f, 'utf8'));
	c.tables++;
	let likumiAct = false;
	t.rows.forEach((r, i) => {
		c.rows++;
		const status = r.status ?? 'confirmed';
		c.byStatus[status] = (c.byStatus[status] ?? 0) + 1;
		const basis = r.basis ?? [];
		if (basis.length > 0) c.rowsWithBasis++;
		if (basis.some((b) => isLikumi(b.url)) || r.sources.some((s) => isLikumi(s.url))) likumiAct = true;
		const official = r.sources.some((s) => isOfficial(s.url));
		if (official) c.rowsWithOfficialEvidence++;
		if (status === 'secondary') c.rowsSecondaryOnly++;
		if (basis.length === 0 || !official)
			missing.push(
				`${f} row ${i} (${r.validFrom}): ${basis.length === 0 ? 'no legal basis' : ''}${basis.length === 0 && !official ? ', ' : ''}${official ? '' : 'no official evidence'}`
			);
	});
	if (likumiAct) c.tablesWithLikumiAct++;
}
const pct = (n) => ((100 * n) / c.rows).toFixed(1);
if (process.argv.includes('--json')) console.log(JSON.stringify(c, null, 2));
else {
	console.log(`tables: ${c.tables}, citing an act on likumi.lv/vestnesis.lv: ${c.tablesWithLikumiAct}`);
	console.log(`rows: ${c.rows}`);
	console.log(`  with a legal basis:          ${c.rowsWithBasis} (${pct(c.rowsWithBasis)} %)`);
	console.log(`  with official evidence:      ${c.rowsWithOfficialEvidence} (${pct(c.rowsWithOfficialEvidence)} %)`);
	console.log(`  secondary sources only:      ${c.rowsSecondaryOnly}`);
	console.log(`  by status: ${JSON.stringify(c.byStatus)}`);
}
if (process.argv.includes('--missing')) for (const m of missing) console.log(m);
