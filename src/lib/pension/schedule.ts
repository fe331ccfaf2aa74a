/**
 * Retirement-age schedules. The law ("Par valsts pensijām", transitional provisions) raises the
 * required age step by step; the age that applies is the one in force on the day the person
 * reaches it (VSAA birth-month tables, e.g. born 04.1959 reached 57 y 9 m in January 2017, but
 * from 01.01.2017 the age was 58, so the right arose in April 2017). The earliest date is
 * therefore the first day on which the person's age is at least the age then in force.
 */
import { addYearsMonths, dayBefore, type IsoDate } from '$lib/engine/dates';
import { rowsInForce, type AgeValue, type RowInForce, type Table } from '$lib/engine/tables';

export interface Segment {
	from: IsoDate;
	/** Last day of the segment; undefined = open-ended. */
	until?: IsoDate;
	age: AgeValue;
	/** The rows that decided this segment's age (the category row, and the general row when it caps it). */
	rows: RowInForce<AgeValue>[];
	/** True when the general age was lower than the category age and capped it. */
	capped: boolean;
}

const months = (a: AgeValue) => a.years * 12 + a.months;

/**
 * The category schedule capped by the general schedule: on every day the required age is the lower
 * of the two (a special category never has to wait longer than the general case).
 */
export function cappedSchedule(category: Table<AgeValue>, general: Table<AgeValue> | undefined): Segment[] & { firstRowIsStep?: boolean } {
	const cat = rowsInForce(category);
	const mark = (segs: Segment[]) => Object.assign(segs, { firstRowIsStep: category.firstRowIsStep });
	if (!general || general === category) {
		return mark(cat.map((r) => ({ from: r.validFrom, until: r.validUntil, age: r.value, rows: [r], capped: false })));
	}
	const gen = rowsInForce(general);
	const starts = [...new Set([...cat.map((r) => r.validFrom), ...gen.map((r) => r.validFrom)])].filter((d) => d >= cat[0].validFrom).sort();
	// A schedule set in law answers for any later date; coveredUntil then only says when the law was checked.
	const end = category.scheduleInLaw ? undefined : category.coveredUntil;
	const at = (rows: RowInForce<AgeValue>[], d: IsoDate) =>
		[...rows].reverse().find((r) => r.validFrom <= d && (!r.validUntil || d <= r.validUntil));
	const segs: Segment[] = [];
	starts.forEach((from, i) => {
		if (end && from > end) return;
		const c = at(cat, from);
		if (!c) return;
		const g = at(gen, from);
		const capped = !!g && months(g.value) < months(c.value);
		const next = starts[i + 1];
		let until = next ? dayBefore(next) : end;
		if (end && until && until > end) until = end;
		segs.push({ from, until, age: capped ? g!.value : c.value, rows: capped ? [c, g!] : [c], capped });
	});
	return mark(segs);
}

export type EarliestDate =
	| { kind: 'found'; date: IsoDate; segment: Segment }
	/** The person reached the first age in the schedule before the schedule starts: earlier rules applied. */
	| { kind: 'before-schedule'; scheduleFrom: IsoDate }
	/** The schedule is known only until `until`, and the person does not reach the age by then. */
	| { kind: 'after-schedule'; until: IsoDate };

export function earliestDate(birth: IsoDate, segments: Segment[] & { firstRowIsStep?: boolean }): EarliestDate {
	// When the first row is a step up from an unknown earlier age, assume the earlier age was one step
	// (the difference between the first two rows, read from the data) lower: anybody who reached that
	// lower age before the schedule starts may have qualified earlier, so we do not answer.
	if (segments.firstRowIsStep && segments.length > 1) {
		const step = months(segments[1].age) - months(segments[0].age);
		const lower = months(segments[0].age) - step;
		if (step > 0 && addYearsMonths(birth, Math.floor(lower / 12), lower % 12) < segments[0].from) {
			return { kind: 'before-schedule', scheduleFrom: segments[0].from };
		}
	}
	for (const [i, seg] of segments.entries()) {
		const reached = addYearsMonths(birth, seg.age.years, seg.age.months);
		if (reached < seg.from) {
			if (i === 0) return { kind: 'before-schedule', scheduleFrom: seg.from };
			// The required age dropped (or was capped) at seg.from below an age already reached.
			return { kind: 'found', date: seg.from, segment: seg };
		}
		if (!seg.until || reached <= seg.until) return { kind: 'found', date: reached, segment: seg };
	}
	const last = segments[segments.length - 1];
	return { kind: 'after-schedule', until: last.until ?? last.from };
}
