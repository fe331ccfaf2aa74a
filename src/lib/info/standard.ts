import type { Sourced, Text } from './types';

/** The agency's client-service standard (approved 14.08.2018, order No. 01-2/147) in plain words. */
export interface StandardSection {
	id: string;
	title: Text;
	items: Text[];
}

export const STANDARD_SECTIONS: StandardSection[] = [
	{
		id: 'where',
		title: { lv: 'Kur var vērsties', en: 'Where you can go' },
		items: [
			{
				lv: 'Jebkurā VSAA klientu apkalpošanas centrā — neatkarīgi no tā, kur esat deklarējis dzīvesvietu.',
				en: 'Any VSAA client service centre — wherever your address is registered.'
			},
			{ lv: 'Portālā latvija.gov.lv.', en: 'The state portal latvija.gov.lv.' },
			{ lv: 'Pa e-pastu vai pa pastu.', en: 'By e-mail or by post.' }
		]
	},
	{
		id: 'identity',
		title: { lv: 'Kā pierādīt, kas jūs esat', en: 'How you prove who you are' },
		items: [
			{
				lv: 'Klātienē: pase, personas apliecība vai VSAA izsniegta pensionāra apliecība.',
				en: 'In person: a passport, an identity card or the pensioner’s card issued by VSAA.'
			},
			{ lv: 'Internetā: e-paraksts vai internetbankas pieslēgšanās.', en: 'Online: an e-signature or your internet bank login.' },
			{
				lv: 'Pa tālruni un e-pastu: darbinieks uzdod papildu jautājumus (piemēram, personas kods, kad un kur iesniedzāt dokumentus, lēmuma numurs) un salīdzina atbildes ar aģentūras datiem.',
				en: 'By phone and e-mail: staff ask extra questions (for example your personal code, when and where you filed documents, a decision number) and compare the answers with the agency’s records.'
			}
		]
	},
	{
		id: 'in-person',
		title: { lv: 'Klātienē aģentūra apsola', en: 'In person, the agency promises' },
		items: [
			{
				lv: 'tīras, ērtas telpas, pieejamas arī cilvēkiem ar īpašām vajadzībām;',
				en: 'clean, comfortable rooms, accessible to people with special needs;'
			},
			{ lv: 'skaidras norādes un saprotamu rindas kārtību;', en: 'clear signs and an understandable queue;' },
			{ lv: 'iespēju pierakstīties uz konsultāciju jums ērtā laikā;', en: 'the chance to book an appointment at a time that suits you;' },
			{ lv: 'redzamu darbinieka vārda un uzvārda karti.', en: 'a visible badge with the staff member’s name.' }
		]
	},
	{
		id: 'phone',
		title: { lv: 'Pa tālruni', en: 'By phone' },
		items: [
			{ lv: 'atbild ne vēlāk kā pēc ceturtā signāla;', en: 'the call is answered by the fourth ring at the latest;' },
			{
				lv: 'sniedz vispārīgu informāciju, bet par jūsu pabalstu vai pensiju — tikai pēc tam, kad jūs ir identificējuši;',
				en: 'you get general information, and information about your own benefit or pension once you have been identified;'
			},
			{
				lv: 'atbild sarunas laikā vai, ja uzreiz nevar, atzvana.',
				en: 'you get an answer during the call or, if that is not possible, a call back.'
			}
		]
	},
	{
		id: 'email',
		title: { lv: 'Pa e-pastu', en: 'By e-mail' },
		items: [
			{ lv: 'apstiprina, ka jūsu vēstule saņemta;', en: 'you get a confirmation that your message arrived;' },
			{
				lv: 'atbild divu darba dienu laikā vai paskaidro, kāpēc tas nav iespējams;',
				en: 'you get an answer within two working days, or an explanation of why that is not possible;'
			},
			{
				lv: 'personas datus sūta pa e-pastu tikai tad, ja jūs var identificēt un jūs tam piekrītat;',
				en: 'personal data are sent by e-mail only if you can be identified and agree to it;'
			},
			{
				lv: 'atbildē norāda iestādi, darbinieka vārdu, uzvārdu un kontaktus.',
				en: 'the answer names the agency and the staff member, with contact details.'
			}
		]
	},
	{
		id: 'helps',
		title: { lv: 'Kas palīdz', en: 'What helps' },
		items: [
			{ lv: 'izvēlēties sev ērtāko pakalpojuma pieprasīšanas veidu;', en: 'choosing the way of applying that suits you best;' },
			{
				lv: 'ja vajag, ņemt līdzi kādu, kas palīdz izskaidrot jūsu situāciju;',
				en: 'if needed, bringing someone who can help explain your situation;'
			},
			{
				lv: 'norādīt tālruni vai e-pastu, lai ar jums varētu sazināties;',
				en: 'giving a phone number or e-mail so that the agency can reach you;'
			},
			{ lv: 'laikus brīdināt, ja kavējat pierakstu.', en: 'letting the agency know in time if you will be late for an appointment.' }
		]
	}
];

export const FEEDBACK: Sourced = {
	text: {
		lv: 'Atsauksmi vai sūdzību par apkalpošanu var izteikt klātienē, rakstiski, pa tālruni vai e-pastā.',
		en: 'You can give feedback or complain about the service in person, in writing, by phone or by e-mail.'
	},
	sources: ['standard']
};
