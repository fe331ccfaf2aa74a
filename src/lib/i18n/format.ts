/**
 * Formatting for the page language with Intl: `1 234,56 €` in Latvian, `€1,234.56` in English,
 * dates as `15.03.2026` / `15 March 2026`. Amounts stay decimal strings until this last step;
 * Intl.NumberFormat accepts numeric strings, so no float rounding happens on the way.
 */
import type { Display } from '$lib/engine/explain';
import type { Translator } from './index';

const LOCALE = { lv: 'lv-LV', en: 'en-GB' } as const;

/** Intl formatters are costly to build (a year table formats hundreds of values): one per locale and options. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
	let f = formatters.get(key) as T | undefined;
	if (!f) formatters.set(key, (f = make()));
	return f;
}

function numberFormat(lang: 'lv' | 'en', opts: Intl.NumberFormatOptions) {
	return cached(`n${lang}${JSON.stringify(opts)}`, () => new Intl.NumberFormat(LOCALE[lang], opts));
}

/** Intl.NumberFormat.format takes a string at run time (exact decimal); its TS type says number. */
function fmt(nf: Intl.NumberFormat, value: string): string {
	return nf.format(value as unknown as number);
}

/** Euro with at least 2 decimals; a value stated to more (the Welfare Ministry's 4-decimal pay split) keeps them. */
export function formatMoney(value: string, lang: 'lv' | 'en'): string {
	const places = Math.max(2, value.split('.')[1]?.length ?? 0);
	return fmt(numberFormat(lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: places }), value);
}

export function formatNumber(value: string, lang: 'lv' | 'en', maxDigits = 4): string {
	return fmt(numberFormat(lang, { maximumFractionDigits: maxDigits }), value);
}

/** ISO date → "15.03.2026" (lv) / "15 March 2026" (en), never shifted by the host time zone. */
export function formatDate(iso: string, lang: 'lv' | 'en'): string {
	const [y, m, d] = iso.split('-').map(Number);
	const dt = new Date(Date.UTC(y, m - 1, d));
	if (lang === 'lv') {
		return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}.`;
	}
	return cached(
		`d${lang}`,
		() => new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
	).format(dt);
}

export function formatMonth(ym: string, lang: 'lv' | 'en'): string {
	const [y, m] = ym.split('-').map(Number);
	const dt = new Date(Date.UTC(y, m - 1, 1));
	return cached(`m${lang}`, () => new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(dt);
}

export function formatDisplay(d: Display, tr: Translator): string {
	const lang = tr.lang;
	switch (d.type) {
		case 'money':
			return formatMoney(d.value, lang);
		case 'rate': {
			const v = formatMoney(d.value, lang);
			return tr.t(d.unit === 'eur-per-hour' ? 'common:units.perHour' : 'common:units.perDay', { value: v });
		}
		case 'percent':
			return `${formatNumber(d.value, lang)} %`;
		case 'number': {
			if (d.unit && d.unit !== 'none' && /^\d+$/.test(d.value)) return tr.t(`common:units.${d.unit}`, { count: Number(d.value) });
			if (d.unit && d.unit !== 'none')
				return `${formatNumber(d.value, lang)} ${tr.t(`common:units.${d.unit}`, { count: 5 }).replace(/^\S+\s/, '')}`;
			return formatNumber(d.value, lang);
		}
		case 'date':
			return formatDate(d.value, lang);
		case 'month':
			return formatMonth(d.value, lang);
		case 'age':
			return formatAge(d.years, d.months, tr);
		case 'yesno':
			return tr.t(d.value ? 'common:form.yes' : 'common:form.no');
		case 'text':
			return tr.msg({ key: d.key, params: d.params });
		case 'localized':
			return d.value[lang];
	}
}

export function formatAge(years: number, months: number, tr: Translator): string {
	const y = tr.t('common:units.years', { count: years });
	if (months === 0) return y;
	return tr.t('common:units.age', { years: y, months: tr.t('common:units.months', { count: months }) });
}
