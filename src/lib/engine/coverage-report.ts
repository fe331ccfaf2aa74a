/**
 * The coverage report behind `npm run coverage`: every rule table and calculator with the last day its
 * rules are known, flagged when that day is near. Pure: the script passes today's date (tests pass a
 * fixed one), so no test depends on the clock.
 */
import { daysBetween, type IsoDate } from './dates';

/** How near an end must be to be flagged (a report setting, not law): time to research and add a new year. */
export const MAX_DAYS_TO_FLAG = 60;

export interface CoverageItem {
	kind: 'table' | 'calculator';
	id: string;
	/** The last day known (a table's `coveredUntil`, a calculator's `asOfRange.to`); undefined = not stated. */
	until?: IsoDate;
	/** For a schedule set in law: the day the law was last checked (later dates follow the schedule). */
	scheduleInLaw?: boolean;
}

export interface CoverageLine extends CoverageItem {
	/** Days from `today` to `until` (negative: already past). */
	daysLeft?: number;
	flag: 'past' | 'soon' | 'missing' | 'ok';
}

export function coverageReport(items: CoverageItem[], today: IsoDate, warnDays = MAX_DAYS_TO_FLAG): CoverageLine[] {
	return items
		.map((it): CoverageLine => {
			if (!it.until) return { ...it, flag: 'missing' };
			const daysLeft = daysBetween(today, it.until);
			return { ...it, daysLeft, flag: daysLeft < 0 ? 'past' : daysLeft <= warnDays ? 'soon' : 'ok' };
		})
		.sort((a, b) => (a.until ?? '').localeCompare(b.until ?? '') || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** The report as plain text: one line per item, flagged items marked, a summary at the end. */
export function coverageText(lines: CoverageLine[], today: IsoDate, warnDays = MAX_DAYS_TO_FLAG): string {
	const mark = { past: 'PAST ', soon: 'SOON ', missing: 'NONE ', ok: '     ' } as const;
	const rows = lines.map(
		(l) =>
			`${mark[l.flag]} ${(l.until ?? '—').padEnd(10)}  ${l.kind === 'calculator' ? 'calculator' : 'table     '}  ${l.id}` +
			(l.daysLeft !== undefined ? `  (${l.daysLeft} days)` : '') +
			(l.scheduleInLaw ? '  [schedule in law: later dates follow it]' : '')
	);
	const n = (f: CoverageLine['flag']) => lines.filter((l) => l.flag === f).length;
	return [
		`Coverage on ${today}: the last day each table and calculator knows the rules for.`,
		`SOON = ends within ${warnDays} days, PAST = already ended (answers use the rollover notice), NONE = no coveredUntil.`,
		'',
		...rows,
		'',
		`${lines.length} items: ${n('past')} past, ${n('soon')} within ${warnDays} days, ${n('missing')} without a date.`
	].join('\n');
}
