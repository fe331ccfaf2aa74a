import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsForDeadline } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 §3.1: unfolding removes every CRLF immediately followed by one space or tab. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');
/** The physical lines of a file (the last CRLF ends the last line). */
const physicalLines = (s: string) => s.replace(/\r\n$/, '').split('\r\n');

// Long on purpose: 2-octet letters (ā, ļ, ž, ē, ņ, ģ, š, č, ī, ū, ķ) at every position a fold could fall.
const summary =
	'Ģimenes valsts pabalsts: pēdējā diena, kad jāpieprasa; ņemiet līdzi bērna dzimšanas apliecību, ārsta izziņu, ļoti svarīgi — žēl, ja nokavēsiet (čeks, šķīvis, ūdens, ķirbis)';
const url =
	'https://example.lv/lv/family-state-benefit/#v=1&n=3&b1=2012-03-15&s1=school&b2=2015-07-01&s2=none&b3=2020-01-31&s3=none&d=2026-11-22';

describe('.ics folding (RFC 5545 §3.1)', () => {
	it('a short line is left alone', () => {
		expect(foldLine('SUMMARY:Īss')).toBe('SUMMARY:Īss');
	});

	it('an ASCII line of 76 octets folds after 75, the next line starts with one space', () => {
		const line = 'X'.repeat(76);
		expect(foldLine(line)).toBe(`${'X'.repeat(75)}\r\n X`);
	});

	it('continuation lines hold 74 octets after their space, so each is 75 octets in all', () => {
		const folded = foldLine('Y'.repeat(75 + 74 + 3));
		expect(folded.split('\r\n').map(octets)).toEqual([75, 75, 4]);
	});

	it('never splits a two-octet letter: a line that would end inside "ā" breaks before it', () => {
		// 74 ASCII octets, then "ā" (2 octets) would make 76: "ā" moves to the next line.
		const folded = foldLine('A'.repeat(74) + 'ā' + 'B');
		expect(folded).toBe(`${'A'.repeat(74)}\r\n āB`);
		expect(folded.split('\r\n').map(octets)).toEqual([74, 4]);
	});

	it('never splits a four-octet character (an emoji is two UTF-16 units)', () => {
		const folded = foldLine('C'.repeat(73) + '📅' + 'D');
		expect(folded).toBe(`${'C'.repeat(73)}\r\n 📅D`);
	});

	it('escapes text values: backslash, semicolon, comma, line breaks', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
	});
});

describe('a deadline reminder', () => {
	const ics = icsForDeadline({
		uid: 'family-state-benefit-2026-07-01@lv-social-calculators',
		date: '2026-07-01',
		summary,
		description: url,
		url,
		now: new Date(Date.UTC(2026, 10, 22, 8, 30, 5))
	});
	const lines = physicalLines(ics);

	it('every line is at most 75 octets and ends with CRLF', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(lines.length).toBeGreaterThan(19); // 19 content lines, some folded
		for (const l of lines) expect(octets(l), l).toBeLessThanOrEqual(75);
	});

	it('the long Latvian summary and the long URL were folded, and unfold to the original', () => {
		const logical = physicalLines(unfold(ics));
		expect(logical).toContain(`SUMMARY:${escapeText(summary)}`);
		expect(logical).toContain(`DESCRIPTION:${escapeText(url)}`);
		expect(logical).toContain(`URL:${url}`);
		expect(logical).toContain('DTSTART;VALUE=DATE:20260701');
		expect(logical).toContain('DTEND;VALUE=DATE:20260702');
		expect(logical).toContain('DTSTAMP:20261122T083005Z');
		// Folding happened: more physical lines than logical ones.
		expect(lines.length).toBeGreaterThan(logical.length);
		// The escaped summary keeps its semicolon and commas escaped once.
		expect(logical.find((l) => l.startsWith('SUMMARY:'))).toContain('jāpieprasa\\; ņemiet');
	});

	it('no line starts or ends in the middle of a UTF-8 character', () => {
		for (const l of lines) {
			// A lone surrogate or a replacement character would show a split character.
			expect(l).not.toMatch(/[\ud800-\udfff]/u);
			expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(l))).toBe(l);
		}
		expect(unfold(ics)).toContain('ļoti svarīgi — žēl');
	});
});
