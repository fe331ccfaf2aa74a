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
	// Text values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11).
	const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
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
			`SUMMARY:${esc(o.summary)}`,
			`DESCRIPTION:${esc(o.description)}`,
			`URL:${o.url}`,
			'BEGIN:VALARM',
			'TRIGGER:-P7D',
			'ACTION:DISPLAY',
			`DESCRIPTION:${esc(o.summary)}`,
			'END:VALARM',
			'END:VEVENT',
			'END:VCALENDAR'
		].join('\r\n') + '\r\n'
	);
}
