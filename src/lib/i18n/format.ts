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

/** A decimal string to exactly its own places ("171.00" → "171,00", "105300" → "105 300"): nothing rounded, nothing added. */
export function formatDecimal(value: string, lang: 'lv' | 'en'): string {
	const places = value.split('.')[1]?.length ?? 0;
	return fmt(numberFormat(lang, { minimumFractionDigits: places, maximumFractionDigits: places }), value);
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

/**
 * Grammatical cases a message can ask for (`{{month, loc}}`): Latvian months and units change their
 * ending ("2026. gada novembrī", "no 2026. gada novembra", "par 744 stundām"); English has one form.
 */
export const GRAMMATICAL_CASES = ['gen', 'dat', 'acc', 'loc'] as const;
export type GrammaticalCase = (typeof GRAMMATICAL_CASES)[number];

/** Latvian month names by case, January first. */
const LV_MONTHS: Record<'nom' | GrammaticalCase, string[]> = {
	nom: [
		'janvāris',
		'februāris',
		'marts',
		'aprīlis',
		'maijs',
		'jūnijs',
		'jūlijs',
		'augusts',
		'septembris',
		'oktobris',
		'novembris',
		'decembris'
	],
	gen: ['janvāra', 'februāra', 'marta', 'aprīļa', 'maija', 'jūnija', 'jūlija', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
	dat: [
		'janvārim',
		'februārim',
		'martam',
		'aprīlim',
		'maijam',
		'jūnijam',
		'jūlijam',
		'augustam',
		'septembrim',
		'oktobrim',
		'novembrim',
		'decembrim'
	],
	acc: ['janvāri', 'februāri', 'martu', 'aprīli', 'maiju', 'jūniju', 'jūliju', 'augustu', 'septembri', 'oktobri', 'novembri', 'decembri'],
	loc: ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī']
};

/** "2026. gada novembris" / "no 2026. gada novembra" / "2026. gada novembrī"; English "November 2026". */
export function formatMonth(ym: string, lang: 'lv' | 'en', grammaticalCase?: GrammaticalCase): string {
	const [y, m] = ym.split('-').map(Number);
	if (lang === 'lv') return `${y}. gada ${LV_MONTHS[grammaticalCase ?? 'nom'][m - 1]}`;
	const dt = new Date(Date.UTC(y, m - 1, 1));
	return cached(`m${lang}`, () => new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(dt);
}

export function formatDisplay(d: Display, tr: Translator, grammaticalCase?: GrammaticalCase): string {
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
			if (d.unit && d.unit !== 'none' && /^\d+$/.test(d.value)) {
				// A case form where the language has one ("744 stundām"), else the nominative.
				const inCase = grammaticalCase && `common:units.${grammaticalCase}.${d.unit}`;
				const key = inCase && tr.has(`${inCase}_other`) ? inCase : `common:units.${d.unit}`;
				return tr.t(key, { count: Number(d.value) });
			}
			if (d.unit && d.unit !== 'none')
				return `${formatNumber(d.value, lang)} ${tr.t(`common:units.${d.unit}`, { count: 5 }).replace(/^\S+\s/, '')}`;
			return formatNumber(d.value, lang);
		}
		case 'date':
			return formatDate(d.value, lang);
		case 'month':
			return formatMonth(d.value, lang, grammaticalCase);
		case 'age':
			return formatAge(d.years, d.months, tr, grammaticalCase);
		case 'yesno':
			return tr.t(d.value ? 'common:form.yes' : 'common:form.no');
		case 'text':
			return tr.msg({ key: d.key, params: d.params });
		case 'localized':
			return d.value[lang];
	}
}

/** "63 gadi un 3 mēneši"; in a case, e.g. the genitive before "vecumā": "63 gadu un 3 mēnešu vecumā". */
export function formatAge(years: number, months: number, tr: Translator, grammaticalCase?: GrammaticalCase): string {
	const unit = (u: 'years' | 'months', count: number) =>
		tr.t(
			grammaticalCase && tr.has(`common:units.${grammaticalCase}.${u}_other`)
				? `common:units.${grammaticalCase}.${u}`
				: `common:units.${u}`,
			{ count }
		);
	const y = unit('years', years);
	if (months === 0) return y;
	return tr.t('common:units.age', { years: y, months: unit('months', months) });
}
