/**
 * Fault 4 of the outside probe: date validation and day counts must not depend on the host time zone.
 * Kiribati's Line Islands skipped 31 December 1994 (UTC−10 → UTC+14), so a local `new Date` there
 * has no 1994-12-31 and the month had "one day". Node applies a changed `process.env.TZ` at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addDaysIso, addYearsMonths, ageOn, daysBetween, endOfMonthIso, isIsoDate, monthDays, weekday } from '$lib/engine/dates';

const original = process.env.TZ;
afterEach(() => {
	if (original === undefined) delete process.env.TZ;
	else process.env.TZ = original;
});

describe.each(['Pacific/Kiritimati', 'Pacific/Apia', 'America/Sao_Paulo', 'Europe/Riga', 'Australia/Lord_Howe'])('in %s', (tz) => {
	it('every day of December 1994 and of 2011 is a real date; counts and weekdays do not move', () => {
		process.env.TZ = tz;
		for (let d = 1; d <= 31; d++) expect(isIsoDate(`1994-12-${String(d).padStart(2, '0')}`)).toBe(true);
		expect(monthDays(1994, 12)).toHaveLength(31);
		expect(endOfMonthIso('1994-12-05')).toBe('1994-12-31');
		expect(addDaysIso('1994-12-30', 1)).toBe('1994-12-31');
		expect(addDaysIso('1994-12-31', 1)).toBe('1995-01-01');
		expect(daysBetween('1994-12-30', '1995-01-01')).toBe(2);
		expect(weekday('1994-12-31')).toBe(6); // a Saturday
		// Samoa skipped 30 December 2011.
		expect(isIsoDate('2011-12-30')).toBe(true);
		expect(daysBetween('2011-12-29', '2011-12-31')).toBe(2);
		expect(weekday('2011-12-30')).toBe(5);
		expect(addYearsMonths('1994-12-31', 0, 2)).toBe('1995-02-28');
		expect(ageOn('1994-12-31', '2011-12-30')).toEqual({ years: 16, months: 11 });
	});
});
