/**
 * A calculator page, its widget and the entitlement check load only `common.<lang>.ts`, not the site
 * pages' texts (`pages.<lang>.ts`; i18n/index.ts, routes/[lang]/+layout.ts). Every message key that the
 * components of those pages name literally must therefore be in the common part, in both languages.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import commonLv from '$lib/i18n/common.lv';
import commonEn from '$lib/i18n/common.en';
import pagesLv from '$lib/i18n/pages.lv';
import type { Messages } from '$lib/engine/calculator';

/** The components a calculator page, widget or the check renders (Result's parts load later, from the same files). */
const FILES = [
	'src/routes/[lang]/+layout.svelte',
	'src/routes/[lang]/[calc]/+page.svelte',
	'src/routes/[lang]/[calc]/embed/+page.svelte',
	'src/lib/ui/CalculatorPage.svelte',
	'src/lib/ui/ErrorSummary.svelte',
	'src/lib/ui/Field.svelte',
	'src/lib/ui/AsOfField.svelte',
	'src/lib/ui/Result.svelte',
	'src/lib/ui/RulesUsed.svelte',
	'src/lib/ui/RuleTables.svelte',
	'src/lib/ui/SourceList.svelte',
	'src/lib/ui/MonthGrid.svelte',
	'src/lib/ui/BarChart.svelte',
	'src/lib/ui/LineChart.svelte',
	'src/lib/ui/StaleRulesNotice.svelte',
	'src/lib/ui/ErrorPage.svelte',
	'src/lib/info/FieldLinks.svelte',
	'src/lib/ui/EntitlementCheck.svelte',
	'src/lib/ui/CheckResults.svelte'
];

function has(m: Messages, key: string): boolean {
	const parts = key.split('.');
	let cur: Messages | string | undefined = m;
	for (const p of parts.slice(0, -1)) cur = typeof cur === 'object' ? (cur[p] as Messages | undefined) : undefined;
	const last = parts.at(-1)!;
	return typeof cur === 'object' && (last in cur || `${last}_one` in cur || `${last}_other` in cur);
}

const keys = new Set<string>();
for (const f of FILES) {
	const src = readFileSync(f, 'utf8');
	for (const m of src.matchAll(/common:([A-Za-z]+(?:\.[A-Za-z0-9_]+)+)/g)) keys.add(m[1]);
	// The layout's translator has `common` as its default namespace: `tr.t('site.name')`.
	if (f.endsWith('+layout.svelte')) for (const m of src.matchAll(/tr\.t\('([A-Za-z]+(?:\.[A-Za-z0-9_]+)+)'/g)) keys.add(m[1]);
}

it('finds the keys the calculator page names', () => {
	expect(keys.size).toBeGreaterThan(40);
	expect(keys).toContain('rulesPages.stale.title');
});

it.each([...keys].sort())('%s is in common.lv and common.en', (key) => {
	expect(has(commonLv, key), 'lv').toBe(true);
	expect(has(commonEn, key), 'en').toBe(true);
});

it('the check can fail: a site page key is not in the common part', () => {
	expect(has(pagesLv, 'home.situations')).toBe(true);
	expect(has(commonLv, 'home.situations')).toBe(false);
});
