import type { SourceId } from './sources';
import type { Sourced, Text } from './types';

/**
 * Where and how to apply for each benefit and pension the calculators work out, and the agency's
 * information e-services that show the figures the calculators ask for. Only what an agency page says;
 * where we found no deadline or decision time, the page says so and points to the agency.
 */
export interface Service {
	id: string;
	/** Calculator ids this service is about (links on the page; a test checks they exist). */
	calculators: string[];
	name: Text;
	/** The agency that decides. */
	agency: 'vsaa' | 'nva';
	apply: Sourced;
	documents?: Sourced;
	decision?: Sourced;
	deadline?: Sourced;
}

/** The usual ways to apply to VSAA, from its own service descriptions and client-service standard. */
export const HOW_TO_APPLY: Sourced[] = [
	{
		text: {
			lv: 'Portālā latvija.gov.lv ar e-iesniegumu (jāpieslēdzas, piemēram, ar internetbanku vai e-parakstu). E-iesniegumu var izmantot, ja aģentūrai jau ir visa vajadzīgā informācija un papildu dokumenti nav jāiesniedz.',
			en: 'Online on latvija.gov.lv with an e-application (you log in, for example with internet banking or an e-signature). The e-application works when the agency already has all the information it needs and no extra documents are required.'
		},
		sources: ['eServices2021', 'standard', 'birthGrant']
	},
	{
		text: {
			lv: 'Klātienē jebkurā VSAA klientu apkalpošanas centrā, neatkarīgi no tā, kur esat deklarējis dzīvesvietu; līdzi jāņem pase vai personas apliecība (eID karte).',
			en: 'In person at any VSAA client service centre, wherever your address is registered; bring your passport or identity card (eID card).'
		},
		sources: ['standard', 'birthGrant']
	},
	{
		text: {
			lv: 'Valsts un pašvaldību vienotajos klientu apkalpošanas centros: tur palīdz iesniegt e-iesniegumu, dažus iesniegumus pieņem arī uz papīra, un var saņemt videokonsultāciju ar VSAA speciālistu.',
			en: 'At the state and municipal one-stop client centres: staff help you file the e-application, some applications are also taken on paper, and you can have a video consultation with a VSAA specialist.'
		},
		sources: ['oneStop', 'birthGrant']
	},
	{
		text: {
			lv: 'Pa e-pastu: iesniegumam jābūt parakstītam ar drošu elektronisko parakstu ar laika zīmogu.',
			en: 'By e-mail: the application must be signed with a qualified electronic signature with a time stamp.'
		},
		sources: ['birthGrant', 'oldAgePension']
	},
	{
		text: { lv: 'Pa pastu, nosūtot parakstītu iesniegumu.', en: 'By post, sending a signed application.' },
		sources: ['birthGrant', 'standard']
	},
	{
		text: {
			lv: 'Ja dzīvojat citā ES valstī, iesniegumu var iesniegt arī ar tās valsts kompetentās iestādes starpniecību.',
			en: 'If you live in another EU country, you can also apply through that country’s competent institution.'
		},
		sources: ['birthGrant', 'oldAgePension']
	}
];

export const APPEAL: Sourced = {
	text: {
		lv: 'Ja nepiekrītat lēmumam, to var apstrīdēt mēneša laikā, iesniedzot iesniegumu VSAA direktoram; direktora lēmumu var pārsūdzēt Administratīvajā rajona tiesā mēneša laikā.',
		en: 'If you disagree with a decision, you can contest it within one month by writing to the VSAA director; the director’s decision can be appealed to the Administrative District Court within one month.'
	},
	sources: ['unemployment', 'familyBenefit']
};

const recordDocs: Sourced = {
	text: {
		lv: 'Ja aģentūrai nav ziņu par jūsu darba stāžu līdz 1995. gada 31. decembrim: darba grāmatiņa, darba devēja vai arhīva izziņas, karaklausības apliecība, diplomi un atestāti, bērnu dzimšanas apliecības.',
		en: 'If the agency has no record of your work before 31 December 1995: your work-record book, employer or archive certificates, military service record, diplomas and school certificates, your children’s birth certificates.'
	},
	sources: ['recordBefore1996Vsaa', 'unemploymentDocs']
};

const src = (...ids: SourceId[]) => ids;

export const SERVICES: Service[] = [
	{
		id: 'old-age-pension',
		calculators: ['retirement-age', 'old-age-pension', 'pension-indexation', 'pension-after-tax'],
		name: { lv: 'Vecuma pensija', en: 'Old-age pension' },
		agency: 'vsaa',
		apply: {
			text: {
				lv: 'Iesniegums VSAA: latvija.gov.lv, klātienē, e-pastā ar drošu e-parakstu vai ar ārvalsts iestādes starpniecību. Iesniegumā norāda arī darbu citās ES valstīs.',
				en: 'Application to VSAA: on latvija.gov.lv, in person, by e-mail with a qualified e-signature, or through a foreign institution. The application also asks about work in other EU countries.'
			},
			sources: src('oldAgePension', 'pensionRules')
		},
		documents: recordDocs,
		decision: { text: { lv: 'Ne ilgāk kā 22 darba dienas.', en: 'At most 22 working days.' }, sources: src('oldAgePension') }
	},
	{
		id: 'unemployment-benefit',
		calculators: ['unemployment-benefit'],
		name: { lv: 'Bezdarbnieka pabalsts', en: 'Unemployment benefit' },
		agency: 'vsaa',
		apply: {
			text: {
				lv: 'Vispirms iegūstiet bezdarbnieka statusu Nodarbinātības valsts aģentūrā (NVA lēmumu pieņem vienas darba dienas laikā), tad iesniedziet iesniegumu pabalstam VSAA. Abus iesniegumus vēlams iesniegt vienā dienā; pabalsta iesniegumu pieņem arī NVA filiālēs.',
				en: 'First get unemployed status from the State Employment Agency (NVA decides within one working day), then apply to VSAA for the benefit. Best file both on the same day; NVA branches also accept the benefit application.'
			},
			sources: src('unemployment', 'unemployedStatus')
		},
		documents: recordDocs,
		decision: {
			text: {
				lv: 'Pēc visas informācijas saņemšanas, bet ne vēlāk kā mēneša laikā no iesnieguma.',
				en: 'Once all information is in, and no later than one month after the application.'
			},
			sources: src('unemployment')
		}
	},
	{
		id: 'sickness-benefit',
		calculators: ['sickness-benefit'],
		name: { lv: 'Slimības pabalsts', en: 'Sickness benefit' },
		agency: 'vsaa',
		apply: {
			text: {
				lv: 'Kad ārsts ir noslēdzis darbnespējas lapu B, iesniedziet iesniegumu VSAA (latvija.gov.lv, klātienē, e-pastā ar e-parakstu vai pa pastu).',
				en: 'Once the doctor has closed sick-leave certificate B, apply to VSAA (latvija.gov.lv, in person, by e-mail with an e-signature or by post).'
			},
			sources: src('sicknessDecision', 'maternity')
		},
		decision: {
			text: { lv: '10 darba dienu laikā pēc dokumentu saņemšanas.', en: 'Within 10 working days of receiving the documents.' },
			sources: src('sicknessDecision')
		}
	},
	{
		id: 'maternity-benefit',
		calculators: ['maternity-benefit'],
		name: { lv: 'Maternitātes pabalsts', en: 'Maternity benefit' },
		agency: 'vsaa',
		apply: {
			text: {
				lv: 'Iesniegums VSAA. E-iesniegumu latvija.gov.lv var iesniegt, ja darbnespējas lapa B ir reģistrēta elektroniski.',
				en: 'Application to VSAA. The e-application on latvija.gov.lv can be used when sick-leave certificate B is registered electronically.'
			},
			sources: src('maternity')
		},
		decision: { text: { lv: 'Ne ilgāk kā 8 darba dienas.', en: 'At most 8 working days.' }, sources: src('maternity') }
	},
	{
		id: 'paternity-benefit',
		calculators: ['paternity-benefit'],
		name: { lv: 'Paternitātes pabalsts', en: 'Paternity benefit' },
		agency: 'vsaa',
		apply: {
			text: {
				lv: 'Iesniegums VSAA. Ziņas par atvaļinājumu aģentūra saņem no VID; pašnodarbinātais iesniegumā norāda atvaļinājuma laiku.',
				en: 'Application to VSAA. The agency receives the leave details from VID; a self-employed person gives the leave dates in the application.'
			},
			sources: src('paternity')
		},
		decision: { text: { lv: 'Ne ilgāk kā 10 darba dienas.', en: 'At most 10 working days.' }, sources: src('paternity') },
		deadline: {
			text: { lv: '6 mēnešu laikā no atvaļinājuma pirmās dienas.', en: 'Within 6 months of the first day of the leave.' },
			sources: src('paternity')
		}
	},
	{
		id: 'parental-benefit',
		calculators: ['parental-benefit'],
		name: { lv: 'Vecāku pabalsts', en: 'Parental benefit' },
		agency: 'vsaa',
		apply: {
			text: {
				lv: 'Iesniegums VSAA (latvija.gov.lv, klātienē, e-pastā ar e-parakstu, pa pastu). Pirms tam var pieprasīt aģentūras prognozi par pabalsta apmēru.',
				en: 'Application to VSAA (latvija.gov.lv, in person, by e-mail with an e-signature, by post). Before that you can ask the agency for a forecast of the amount.'
			},
			sources: src('parental', 'parentalForecast')
		},
		decision: {
			text: { lv: '10 dienu laikā pēc visu dokumentu saņemšanas.', en: 'Within 10 days of receiving all documents.' },
			sources: src('parental')
		},
		deadline: {
			text: { lv: '6 mēnešu laikā no dienas, no kuras pabalstu pieprasa.', en: 'Within 6 months of the day from which you claim it.' },
			sources: src('parental')
		}
	},
	{
		id: 'childcare-benefit',
		calculators: ['childcare-benefit'],
		name: { lv: 'Bērna kopšanas pabalsts', en: 'Childcare benefit' },
		agency: 'vsaa',
		apply: {
			text: { lv: 'Iesniegums VSAA bērna kopšanas pabalsta piešķiršanai.', en: 'Application to VSAA for the childcare benefit.' },
			sources: src('childcare')
		},
		decision: {
			text: {
				lv: 'Mēneša laikā pēc visu dokumentu saņemšanas (ne ilgāk kā 22 darba dienas).',
				en: 'Within one month of receiving all documents (at most 22 working days).'
			},
			sources: src('childcare')
		}
	},
	{
		id: 'birth-grant',
		calculators: ['birth-grant'],
		name: { lv: 'Bērna piedzimšanas pabalsts', en: 'Childbirth grant' },
		agency: 'vsaa',
		apply: {
			text: {
				lv: 'Iesniegums VSAA jebkurā no parastajiem veidiem; Rīgā to var iesniegt arī dzimtsarakstu nodaļā, reģistrējot bērna piedzimšanu.',
				en: 'Application to VSAA in any of the usual ways; in Riga it can also be filed at the registry office when the birth is registered.'
			},
			sources: src('birthGrant')
		},
		decision: { text: { lv: 'Ne ilgāk kā 8 darba dienas.', en: 'At most 8 working days.' }, sources: src('birthGrant') },
		deadline: {
			text: {
				lv: 'Ne vēlāk kā 6 mēnešu laikā no bērna piedzimšanas vai aizbildnības nodibināšanas; ja termiņš nokavēts, pabalstu nepiešķir.',
				en: 'No later than 6 months after the birth or after guardianship is established; if you miss it, the grant is not paid.'
			},
			sources: src('birthGrant')
		}
	},
	{
		id: 'family-state-benefit',
		calculators: ['family-state-benefit'],
		name: { lv: 'Ģimenes valsts pabalsts', en: 'Family state benefit' },
		agency: 'vsaa',
		apply: {
			text: {
				lv: 'Iesniegums VSAA. Piemaksai par divu un vairāk bērnu audzināšanu iesniegums nav vajadzīgs.',
				en: 'Application to VSAA. The supplement for raising two or more children needs no application.'
			},
			sources: src('familyBenefit')
		},
		decision: {
			text: { lv: '10 dienu laikā pēc dokumentu iesniegšanas.', en: 'Within 10 days of the documents being filed.' },
			sources: src('familyBenefit')
		}
	},
	{
		id: 'disabled-care',
		calculators: ['disabled-child-benefits'],
		name: {
			lv: 'Pabalsts personai ar invaliditāti, kurai nepieciešama kopšana',
			en: 'Benefit for a person with a disability who needs care'
		},
		agency: 'vsaa',
		apply: {
			text: {
				lv: 'Iesniegums VSAA; vajadzīgs Veselības un darbspēju ekspertīzes ārstu valsts komisijas atzinums par īpašas kopšanas nepieciešamību.',
				en: 'Application to VSAA, with the opinion of the State Medical Commission for the Assessment of Health Condition and Working Ability that special care is needed.'
			},
			sources: src('disabledCare')
		},
		decision: {
			text: {
				lv: 'Mēneša laikā pēc iesnieguma un dokumentu saņemšanas.',
				en: 'Within one month of receiving the application and documents.'
			},
			sources: src('disabledCare')
		}
	}
];

/**
 * Calculators whose benefit is claimed from VSAA but whose service description we have not yet read
 * closely enough to quote a deadline: the page lists them with the general way to apply.
 */
export const OTHER_VSAA_CALCULATORS = [
	'funeral-benefit',
	'state-social-security-benefit',
	'survivor-spouse-benefit',
	'minimum-disability-pension',
	'work-injury-compensation'
];

/** The agency's information e-services that show the figures the calculators ask for. */
export interface EService {
	id: string;
	/** The e-service's name as the portal shows it (Latvian), and what it is in English. */
	name: Text;
	what: Text;
	url: string;
	sources: SourceId[];
}

export const E_SERVICES: EService[] = [
	{
		id: 'contributions',
		name: {
			lv: 'Informācija par sociālās apdrošināšanas iemaksām un apdrošināšanas periodiem',
			en: 'Information on social insurance contributions and insurance periods'
		},
		what: {
			lv: 'No kādas algas par jums maksātas iemaksas katru mēnesi un cik ilgs ir jūsu apdrošināšanas stāžs kopš 1996. gada.',
			en: 'The pay on which contributions were paid for you each month, and your insurance record since 1996.'
		},
		url: 'https://latvija.gov.lv/',
		sources: ['pensionPortal', 'eServices2021']
	},
	{
		id: 'record-before-1996',
		name: { lv: 'Informācija par reģistrēto darba stāžu līdz 1996. gadam', en: 'Information on the registered work record before 1996' },
		what: {
			lv: 'Kāds darba stāžs līdz 1995. gada 31. decembrim ir aģentūras datubāzē. Ja kāda perioda trūkst, iesniedziet dokumentus (aģentūra tos ievada 30 darba dienās).',
			en: 'Which work before 31 December 1995 the agency has on record. If a period is missing, hand in the documents (the agency enters them within 30 working days).'
		},
		url: 'https://latvija.gov.lv/',
		sources: ['recordBefore1996', 'recordBefore1996Vsaa']
	},
	{
		id: 'first-pillar-capital',
		name: { lv: 'Informācija par pensiju 1. līmeņa kapitālu', en: 'Information on first-pillar pension capital' },
		what: {
			lv: 'Uzkrātais pensijas kapitāls kopš 1996. gada, indeksēts; no tā aprēķina vecuma pensiju. Portālā datus atjauno reizi nedēļā.',
			en: 'Your notional pension capital since 1996, indexed; the old-age pension is worked out from it. The portal updates it weekly.'
		},
		url: 'https://latvija.gov.lv/',
		sources: ['firstPillarCapital']
	},
	{
		id: 'pension-forecast',
		name: { lv: 'Informācija par prognozējamo vecuma pensijas apmēru', en: 'Information on the forecast old-age pension' },
		what: {
			lv: 'Aptuvenā vecuma pensija dienā, kad plānojat doties pensijā (bez 2. līmeņa kapitāla un bez minimālās pensijas garantijām).',
			en: 'An estimate of your old-age pension on the day you plan to retire (without second-pillar capital and without the minimum-pension guarantees).'
		},
		url: 'https://latvija.gov.lv/',
		sources: ['pensionForecast']
	},
	{
		id: 'parental-forecast',
		name: { lv: 'Informācija par vecāku pabalsta prognozējamo apmēru', en: 'Information on the forecast parental benefit' },
		what: {
			lv: 'Aptuvenais vecāku pabalsts pēc aģentūras rīcībā esošajām iemaksām; palīdz izlemt, kurš no vecākiem to saņems un cik ilgi.',
			en: 'An estimate of the parental benefit from the contributions the agency has on record; it helps decide which parent claims it and for how long.'
		},
		url: 'https://www.vsaa.gov.lv/lv/pakalpojumi/informacija-par-vecaku-pabalsta-prognozejamo-apmeru',
		sources: ['parentalForecast']
	}
];

export const CONTACTS: Sourced = {
	text: {
		lv: 'VSAA informatīvais tālrunis +371 64507020; e-pasts pasts@vsaa.gov.lv, konsultācijām konsultacijas@vsaa.gov.lv; mājaslapa www.vsaa.gov.lv.',
		en: 'VSAA information line +371 64507020; e-mail pasts@vsaa.gov.lv, for advice konsultacijas@vsaa.gov.lv; website www.vsaa.gov.lv.'
	},
	sources: ['vsaaContacts']
};
