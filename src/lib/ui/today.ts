/** Today's date in Latvia (the UI's default as-of date; the engine itself never reads the clock). */
export function todayInRiga(now: Date = new Date()): string {
	// en-CA formats as YYYY-MM-DD.
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** 2026-11-22 → 22.11.2026, the way dates are typed in Latvia. */
export function isoToDmy(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${d}.${m}.${y}`;
}
