import type { Sourced, Text } from './types';

/** The page "Working or living in another EU country": plain statements, each with its sources. */
export interface EuRule {
	id: string;
	article: string;
	title: Text;
	text: Text;
}

export const EU_INTRO: Sourced[] = [
	{
		text: {
			lv: 'Ja strādājat vai dzīvojat vairākās Eiropas valstīs, uz jums vienlaikus attiecas tikai vienas valsts sociālās drošības tiesības: iemaksas maksā vienā valstī, un tā valsts maksā pabalstus. To nosaka Regula (EK) Nr. 883/2004, ko piemēro no 2010. gada 1. maija.',
			en: 'If you work or live in more than one European country, only one country’s social security law applies to you at a time: contributions are paid in one country, and that country pays the benefits. This is set by Regulation (EC) No 883/2004, which applies from 1 May 2010.'
		},
		sources: ['a1Vsaa', 'reg883', 'reg883Summary']
	},
	{
		text: {
			lv: 'Noteikumi attiecas uz ES dalībvalstīm, Islandi, Lihtenšteinu, Norvēģiju un Šveici. Darbam Apvienotajā Karalistē un valstīs, ar kurām Latvijai ir divpusējs līgums, ir savi noteikumi — jautājiet VSAA.',
			en: 'The rules apply in the EU member states, Iceland, Liechtenstein, Norway and Switzerland. Work in the United Kingdom and in countries with which Latvia has a bilateral agreement follows its own rules — ask VSAA.'
		},
		sources: ['reg883Summary', 'a1Changes', 'a1Card']
	}
];

export const EU_RULES: EuRule[] = [
	{
		id: 'one-country',
		article: '11(3)(a)',
		title: { lv: 'Strādājat vienā valstī', en: 'You work in one country' },
		text: {
			lv: 'Piemēro tās valsts tiesības, kurā faktiski strādājat (kā darbinieks vai pašnodarbinātais), neatkarīgi no tā, kur dzīvojat un kur reģistrēts darba devējs.',
			en: 'The law of the country where you actually work (as an employee or self-employed) applies, wherever you live and wherever your employer is registered.'
		}
	},
	{
		id: 'not-working',
		article: '11(3)(e)',
		title: { lv: 'Nestrādājat', en: 'You do not work' },
		text: { lv: 'Piemēro tās valsts tiesības, kurā dzīvojat.', en: 'The law of the country where you live applies.' }
	},
	{
		id: 'civil-servant',
		article: '11(3)(b)',
		title: { lv: 'Esat ierēdnis', en: 'You are a civil servant' },
		text: {
			lv: 'Piemēro tās valsts tiesības, kuras pārvaldes iestādē strādājat.',
			en: 'The law of the country whose administration employs you applies.'
		}
	},
	{
		id: 'posted',
		article: '12',
		title: { lv: 'Darba devējs jūs uz laiku nosūta uz citu valsti', en: 'Your employer sends you to another country for a while' },
		text: {
			lv: 'Ja darba devējs, kas parasti strādā Latvijā, nosūta jūs uz citu valsti ne ilgāk kā uz 24 mēnešiem, jūs paliekat apdrošināts Latvijā; to apliecina A1 sertifikāts. Tāpat pašnodarbinātais, kas parasti strādā Latvijā un uz laiku (ne ilgāk kā 24 mēnešus) veic līdzīgu darbu citā valstī.',
			en: 'If an employer that normally operates in Latvia sends you to another country for no more than 24 months, you stay insured in Latvia; the A1 certificate shows it. The same holds for self-employed people who normally work in Latvia and do similar work in another country for a while (no more than 24 months).'
		}
	},
	{
		id: 'several',
		article: '13(1)',
		title: { lv: 'Strādājat divās vai vairākās valstīs', en: 'You work in two or more countries' },
		text: {
			lv: 'Ja vismaz ceturtā daļa (25 %) jūsu darba laika vai atalgojuma ir valstī, kurā dzīvojat, piemēro tās tiesības. Ja mazāk, parasti piemēro tās valsts tiesības, kurā reģistrēts darba devējs; ja darba devēji ir jūsu dzīvesvietas valstī un vienā citā valstī — tās citas valsts tiesības.',
			en: 'If at least a quarter (25 %) of your working time or pay is in the country where you live, its law applies. If less, usually the law of the country where your employer is registered applies; if your employers are in your country of residence and one other country, that other country’s law applies.'
		}
	},
	{
		id: 'self-employed-several',
		article: '13(2)',
		title: { lv: 'Esat pašnodarbinātais vairākās valstīs', en: 'You are self-employed in several countries' },
		text: {
			lv: 'Piemēro dzīvesvietas valsts tiesības, ja būtiska darba daļa ir tur; citādi — tās valsts, kurā ir jūsu darbības interešu centrs. To izvērtē iestāde.',
			en: 'The law of your country of residence applies if a substantial part of the work is there; otherwise that of the country where the centre of interest of your activities is. The institution assesses this.'
		}
	},
	{
		id: 'employed-and-self-employed',
		article: '13(3)',
		title: { lv: 'Vienā valstī esat darbinieks, citā — pašnodarbinātais', en: 'Employed in one country, self-employed in another' },
		text: {
			lv: 'Piemēro tās valsts tiesības, kurā strādājat kā darbinieks.',
			en: 'The law of the country where you work as an employee applies.'
		}
	},
	{
		id: 'special',
		article: '11(4)–(5)',
		title: { lv: 'Jūrnieki un lidojumu apkalpe', en: 'Seafarers and flight crew' },
		text: {
			lv: 'Jūrniekiem parasti piemēro kuģa karoga valsts tiesības, lidojumu un salona apkalpei — bāzes valsts tiesības; ir izņēmumi. Jautājiet VSAA.',
			en: 'For seafarers the law of the ship’s flag state usually applies, for flight and cabin crew that of their home base; there are exceptions. Ask VSAA.'
		}
	}
];

export const EU_RULE_SOURCES: Sourced['sources'] = ['reg883Title2', 'a1Vsaa', 'a1Process'];

export const A1: Sourced[] = [
	{
		text: {
			lv: 'A1 sertifikāts apliecina, ka uz jums attiecas Latvijas sociālās drošības tiesības un iemaksas par darbu citā valstī maksā Latvijā. To izsniedz VSAA; tas vajadzīgs nosūtītiem darbiniekiem, pašnodarbinātajiem, kas uz laiku strādā citā valstī, un tiem, kas strādā vairākās valstīs (arī lidojumu apkalpei, ierēdņiem un jūrniekiem uz Norvēģijas kuģiem).',
			en: 'The A1 certificate shows that Latvian social security law applies to you and that contributions for your work in another country are paid in Latvia. VSAA issues it; it is needed by posted employees, by self-employed people working in another country for a while, and by people who work in several countries (including flight crew, civil servants and seafarers on Norwegian ships).'
		},
		sources: ['a1Vsaa', 'a1Process']
	},
	{
		text: {
			lv: 'Pieprasa ar e-iesniegumu portālā latvija.gov.lv (pakalpojums «Sertifikāts vai dokuments par sociāli apdrošinātas personas statusa saglabāšanai Latvijā»): darba devējs — par nosūtītu darbinieku vai darbinieku vairākās valstīs, pašnodarbinātais — pats.',
			en: 'Apply with an e-application on latvija.gov.lv (the service “Certificate or document for keeping the status of a socially insured person in Latvia”): the employer for a posted employee or for an employee working in several countries, a self-employed person for themselves.'
		},
		sources: ['a1Changes', 'a1Card']
	},
	{
		text: {
			lv: 'Iesniedziet iesniegumu vismaz 4 nedēļas pirms darba sākuma citā valstī; VSAA to izskata ne ilgāk kā 22 darba dienās. Ja sniegta nepatiesa informācija vai nav samaksātas iemaksas, VSAA var sertifikātu anulēt.',
			en: 'Apply at least 4 weeks before the work abroad starts; VSAA decides within at most 22 working days. If false information was given or contributions are not paid, VSAA may cancel the certificate.'
		},
		sources: ['a1Card']
	}
];

export const EHIC: Sourced[] = [
	{
		text: {
			lv: 'Eiropas veselības apdrošināšanas karte (EVAK) ir bez maksas. Ar to, īslaicīgi uzturoties citā ES/EEZ valstī vai Šveicē, saņem neatliekamo un nepieciešamo valsts apmaksāto veselības aprūpi ar tādiem pašiem nosacījumiem kā vietējie. Ja karti nevar uzrādīt, izsniedz aizvietojošo sertifikātu.',
			en: 'The European Health Insurance Card (EHIC, in Latvian EVAK) is free. During a temporary stay in another EU/EEA country or Switzerland it gives necessary and emergency state-provided health care on the same terms as for local people. If you cannot show the card, a replacement certificate is issued.'
		},
		sources: ['ehic']
	},
	{
		text: {
			lv: 'Karti izsniedz Nacionālais veselības dienests (NVD). Piesakiet to portālā www.eveseliba.gov.lv («Mans EVAK»), latvija.gov.lv, e-pastā ar drošu e-parakstu, pa pastu vai klātienē NVD klientu apkalpošanas centrā; karti var saņemt pa pastu. Tā ir derīga trīs gadus.',
			en: 'The National Health Service (NVD) issues the card. Apply on www.eveseliba.gov.lv (“Mans EVAK”), on latvija.gov.lv, by e-mail with a qualified e-signature, by post or in person at an NVD client centre; the card can be sent by post. It is valid for three years.'
		},
		sources: ['ehic', 'ehicValidity']
	}
];

export const PERIODS: Sourced[] = [
	{
		text: {
			lv: 'Nosakot tiesības uz pabalstiem un pensiju, ņem vērā apdrošināšanas periodus visās ES valstīs. Pieprasot pensiju Latvijā, iesniegumā norādiet, kur un kad esat bijis apdrošināts citās ES/EEZ valstīs.',
			en: 'When your right to benefits and a pension is decided, insurance periods in all EU countries count. When you claim a pension in Latvia, the application asks where and when you were insured in other EU/EEA countries.'
		},
		sources: ['a1Explained', 'pensionRules']
	},
	{
		text: {
			lv: 'Naudas pabalstus un pensijas parasti izmaksā arī tad, ja pārceļaties uz citu ES valsti; Latvijas vecuma pensiju piešķir arī cilvēkiem, kas dzīvo citā ES valstī. Pirms pārcelšanās pajautājiet VSAA, kā tas attiecas uz jūsu pabalstu.',
			en: 'Cash benefits and pensions are generally paid even if you move to another EU country; the Latvian old-age pension is also granted to people living in another EU country. Before moving, ask VSAA how this applies to your benefit.'
		},
		sources: ['reg883Summary', 'oldAgePension']
	}
];
