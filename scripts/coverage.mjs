#!/usr/bin/env node
// `npm run coverage`: every rule table and calculator with the last day its rules are known, flagged
// when that day is within 60 days of today (in Riga) or already past. This script reads the clock; the
// report itself (src/lib/engine/coverage-report.ts) takes the date as an input so tests never do.
//   npm run coverage                  the report as text
//   npm run coverage -- --days 90     another warning window
//   npm run coverage -- --json        the report as JSON
//   npm run coverage -- --today 2026-12-01   as if run on that day
import { readFileSync } from 'node:fs';
import { withEngine } from './engine.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};

await withEngine(async (load) => {
	const { listTableFiles } = await load('/src/lib/engine/validate-tables.ts');
	const { coverageReport, coverageText } = await load('/src/lib/engine/coverage-report.ts');
	const { calculatorIds, loadCalculator } = await load('/src/lib/calculators/registry.ts');
	const { todayInRiga } = await load('/src/lib/ui/today.ts');
	const today = opt('--today') ?? todayInRiga();
	const days = Number(opt('--days') ?? 60);
	const items = listTableFiles('data').map((f) => {
		const t = JSON.parse(readFileSync(f, 'utf8'));
		return { kind: 'table', id: t.id, until: t.coveredUntil, scheduleInLaw: t.scheduleInLaw === true || undefined };
	});
	for (const id of calculatorIds) {
		const c = await loadCalculator(id);
		items.push({ kind: 'calculator', id, until: c.asOfRange.to });
	}
	const lines = coverageReport(items, today, days);
	process.stdout.write(args.includes('--json') ? JSON.stringify(lines, null, 1) + '\n' : coverageText(lines, today, days) + '\n');
});
