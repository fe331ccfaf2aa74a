import type { Country } from './eu-checker';
import type { Text } from './types';

/** Country names in the nominative, as a select list shows them. */
export const COUNTRY_NAMES: Record<Country, Text> = {
	LV: { lv: 'Latvija', en: 'Latvia' },
	EE: { lv: 'Igaunija', en: 'Estonia' },
	LT: { lv: 'Lietuva', en: 'Lithuania' },
	PL: { lv: 'Polija', en: 'Poland' },
	FI: { lv: 'Somija', en: 'Finland' },
	SE: { lv: 'Zviedrija', en: 'Sweden' },
	DE: { lv: 'Vācija', en: 'Germany' },
	DK: { lv: 'Dānija', en: 'Denmark' },
	NL: { lv: 'Nīderlande', en: 'Netherlands' },
	BE: { lv: 'Beļģija', en: 'Belgium' },
	LU: { lv: 'Luksemburga', en: 'Luxembourg' },
	FR: { lv: 'Francija', en: 'France' },
	IE: { lv: 'Īrija', en: 'Ireland' },
	AT: { lv: 'Austrija', en: 'Austria' },
	CZ: { lv: 'Čehija', en: 'Czechia' },
	SK: { lv: 'Slovākija', en: 'Slovakia' },
	HU: { lv: 'Ungārija', en: 'Hungary' },
	SI: { lv: 'Slovēnija', en: 'Slovenia' },
	HR: { lv: 'Horvātija', en: 'Croatia' },
	IT: { lv: 'Itālija', en: 'Italy' },
	ES: { lv: 'Spānija', en: 'Spain' },
	PT: { lv: 'Portugāle', en: 'Portugal' },
	MT: { lv: 'Malta', en: 'Malta' },
	CY: { lv: 'Kipra', en: 'Cyprus' },
	GR: { lv: 'Grieķija', en: 'Greece' },
	BG: { lv: 'Bulgārija', en: 'Bulgaria' },
	RO: { lv: 'Rumānija', en: 'Romania' },
	NO: { lv: 'Norvēģija', en: 'Norway' },
	IS: { lv: 'Islande', en: 'Iceland' },
	LI: { lv: 'Lihtenšteina', en: 'Liechtenstein' },
	CH: { lv: 'Šveice', en: 'Switzerland' }
};
