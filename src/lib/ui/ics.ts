/** Content lines longer than this many octets are folded (RFC 5545 §3.1), not counting the CRLF. */
const MAX_LINE_OCTETS = 75;

const utf8 = new TextEncoder();

/**
 * Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, a line
 * break becomes `\n`.
 */
export function escapeText(s: string): string {
	return s
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n|\r/g, '\\n');
}

/**
 * Fold one content line (RFC 5545 §3.1): at most 75 octets of UTF-8 per line, continued on the next
 * line after CRLF and a single space (the space counts towards that line's 75). The break falls
 * between characters, never inside a multi-byte one, so "ā", "ļ", "ž" (2 octets) or an emoji
 * (4 octets, two UTF-16 units) stay whole; a reader unfolds by deleting every CRLF + space.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const n = utf8.encode(ch).length;
		// The first line may use all 75 octets; each continuation line starts with its space.
		const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
		if (octets + n > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += ch;
		octets += n;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/**
 * A calendar reminder (.ics, RFC 5545) for a deadline, made in the browser: an all-day event on the
 * deadline. Nothing is sent anywhere; the file is downloaded from a Blob URL.
 */
export function icsForDeadline(o: { uid: string; date: string; summary: string; description: string; url: string; now: Date }): string {
	const d = o.date.replaceAll('-', '');
	const [y, m, day] = o.date.split('-').map(Number);
	const next = new Date(Date.UTC(y, m - 1, day + 1)).toISOString().slice(0, 10).replaceAll('-', '');
	const stamp = o.now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	return (
		[
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//lv-social-calculators//LV//EN',
			'CALSCALE:GREGORIAN',
			'BEGIN:VEVENT',
			`UID:${o.uid}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${d}`,
			`DTEND;VALUE=DATE:${next}`,
			`SUMMARY:${escapeText(o.summary)}`,
			`DESCRIPTION:${escapeText(o.description)}`,
			`URL:${o.url}`,
			'BEGIN:VALARM',
			'TRIGGER:-P7D',
			'ACTION:DISPLAY',
			`DESCRIPTION:${escapeText(o.summary)}`,
			'END:VALARM',
			'END:VEVENT',
			'END:VCALENDAR'
		]
			.map(foldLine)
			.join('\r\n') + '\r\n'
	);
}

/**
 * One calendar file with several all-day events (the entitlement check's every date ahead), each with
 * a reminder a week before when it is a deadline. Same folding and escaping as a single reminder.
 */
export function icsForEvents(o: {
	events: Array<{ uid: string; date: string; summary: string; deadline: boolean }>;
	description: string;
	url: string;
	now: Date;
}): string {
	const stamp = o.now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//lv-social-calculators//LV//EN', 'CALSCALE:GREGORIAN'];
	for (const e of o.events) {
		const [y, m, day] = e.date.split('-').map(Number);
		const next = new Date(Date.UTC(y, m - 1, day + 1)).toISOString().slice(0, 10).replaceAll('-', '');
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${e.date.replaceAll('-', '')}`,
			`DTEND;VALUE=DATE:${next}`,
			`SUMMARY:${escapeText(e.summary)}`,
			`DESCRIPTION:${escapeText(o.description)}`,
			`URL:${o.url}`
		);
		if (e.deadline) lines.push('BEGIN:VALARM', 'TRIGGER:-P7D', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.summary)}`, 'END:VALARM');
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
