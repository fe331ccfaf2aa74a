import type { Messages } from '$lib/engine/calculator';
import { sharedLv } from '$lib/state-benefits/messages';

const afterOptions = {
	none: { label: 'Nemācās vai ir precējies' },
	school: { label: 'Mācās vispārējās izglītības vai profesionālās izglītības iestādē (skolā, tehnikumā)' },
	higher: { label: 'Studē pilna laika klātienē koledžā vai augstskolā', hint: 'Skaitās no 2026. gada.' },
	disabled: { label: 'Ir bērns ar invaliditāti', hint: 'No 2021. gada pabalstu maksā neatkarīgi no mācībām.' }
};

const child = (n: number) => ({
	[`child${n}`]: { what: `${n}. bērna dzimšanas datumu`, label: `${n}. bērna dzimšanas datums` },
	[`after${n}`]: { label: `${n}. bērns pēc 15 (no 2022. gada — 16) gadu vecuma`, options: afterOptions }
});

const lv = {
	...sharedLv,
	title: 'Ģimenes valsts pabalsts',
	question: 'Cik lielu ģimenes valsts pabalstu saņemšu un cik ilgi?',
	intro:
		'Aprēķiniet ģimenes valsts pabalstu par saviem bērniem pa mēnešiem līdz vecuma robežai — pēc 2016.–2021. gada noteikumiem (pēc bērna kārtas numura, no 2018. gada marta ar piemaksu) vai pēc 2022. gada reformas (pēc bērnu skaita). Ievadiet visu bērnu dzimšanas datumus, arī pieaugušo — līdz 2021. gadam apmērs bija atkarīgs no tā, kurš pēc kārtas ir bērns.',
	notCovered:
		'Kalkulators nerēķina piemaksu par bērnu ar invaliditāti (to aprēķina cits kalkulators), vienreizējos Covid-19 un energoresursu atbalstus, kā arī pašvaldību pabalstus. Tas pieņem, ka bērns, kurš mācās, turpinās mācīties līdz vecuma robežai un nestāsies laulībā. Par savu gadījumu jautājiet VSAA (tālrunis 8001 0021).',
	fields: {
		children: { what: 'bērnu skaitu', label: 'Cik bērnu jums ir?', hint: 'Visi bērni, arī pieaugušie (ne vairāk kā 8).', unit: 'bērni' },
		...child(1),
		...child(2),
		...child(3),
		...child(4),
		...child(5),
		...child(6),
		...child(7),
		...child(8)
	},
	steps: {
		scheme: 'Kā aprēķina pabalstu',
		schemeBirthOrder: 'pēc bērna kārtas numura ģimenē (un piemaksa pēc bērnu skaita)',
		schemeCount: 'pēc tā, par cik bērniem saņemat pabalstu',
		limits: 'Pabalstu maksā līdz vecumam',
		limitsDetail: 'Vecums, no kura maksā: {{from}}; ja bērns mācās — līdz {{study, gen}} vecumam.',
		limitsDetailDisabled: 'Vecums, no kura maksā: {{from}}; ja bērns mācās vai ir bērns ar invaliditāti — līdz {{study, gen}} vecumam.',
		childOrder: '{{n}}. bērns — {{order}}. pēc kārtas ģimenē',
		supplement: 'Piemaksa (bērnu skaits: {{count}})',
		perChild: 'Pabalsts par katru bērnu (bērnu skaits: {{count}})',
		monthlyNow: 'Pabalsts mēnesī {{date}}',
		claimDeadline: '{{n}}. bērnam pabalsts jāpieprasa līdz',
		claimDeadlineDetail: '{{months}} no bērna viena gada vecuma ({{birthday}}); pieprasot vēlāk, to piešķir tikai par 6 mēnešiem atpakaļ.'
	},
	figures: {
		monthlyNow: 'Mēnesī tagad',
		eligibleNow: 'Par bērniem',
		total: 'Kopā no {{from, gen}}',
		until: 'Līdz',
		claimDeadline: 'Pieprasīt līdz'
	},
	children: {
		caption: 'Bērni {{date}}',
		n: 'Bērns',
		born: 'Dzimis',
		age: 'Vecums',
		paid: 'Pabalsts pienākas'
	},
	summary: {
		now: 'Jums pienākas {{monthly}} mēnesī (bērnu skaits: {{count}}); līdz {{until}} kopā {{total}}.',
		later: 'Pabalsts jums pienāksies no {{from}} līdz {{until}}, kopā {{total}}.',
		notEligible: 'Pēc ievadītajām ziņām ģimenes valsts pabalsts jums vairs nepienākas.'
	},
	reasons: {
		overAge: '{{n}}. bērnam ir {{age}}; pabalstu maksā līdz {{limit, gen}} vecumam.',
		overAgeNotStudying:
			'{{n}}. bērnam ir {{age}}; ja bērns nemācās skolā vai profesionālajā izglītības iestādē, pabalstu maksā līdz {{basic, gen}} vecumam.'
	},
	notices: {
		allChildren: 'Līdz 2021. gadam apmērs bija atkarīgs no bērna kārtas numura ģimenē: ievadiet visus bērnus, arī pieaugušos.',
		higherFrom2026: 'Studijas koledžā vai augstskolā skaitās tikai no 2026. gada 1. janvāra.',
		higherApplication: 'Par bērnu, kas studē koledžā vai augstskolā, VSAA jāiesniedz iesniegums.'
	}
} satisfies Messages;

export default lv;
