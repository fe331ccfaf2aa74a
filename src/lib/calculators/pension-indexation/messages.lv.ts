import type { Messages } from '$lib/engine/calculator';

const lv = {
	title: 'Pensijas indeksācija',
	question: 'Cik liela ir mana pensija pēc indeksācijas?',
	intro:
		'Uzziniet, kā piešķirtā pensija mainījusies katrā indeksācijā (parasti 1. oktobrī) līdz izvēlētajam datumam un cik liela ir piemaksa par stāžu līdz 1996. gadam. Vajadzīga pensija, datums, no kura to izmaksā šajā apmērā, pensijas veids un vecuma pensijai — apdrošināšanas stāžs.',
	notCovered:
		'Kalkulators neaprēķina pensijas pārrēķinu pēc darba turpināšanas, minimālās pensijas paaugstinājumu, apgādnieka zaudējuma pensijas sadalījumu starp vairākiem saņēmējiem un ārvalstu pensijas. Piemaksas piešķiršana pensijām, kas piešķirtas no 2012. gada, nav aprēķinā ietverta. Precīzu summu redzēsiet portālā latvija.gov.lv vai jautājiet VSAA (tālrunis 8001 0021).',
	fields: {
		amount: {
			what: 'pensiju mēnesī',
			label: 'Pensija mēnesī (bez piemaksas)',
			hint: 'Summa VSAA lēmumā vai pēc pēdējās indeksācijas, pirms nodokļa.',
			unit: '€'
		},
		paidFrom: {
			what: 'datumu, no kura pensiju izmaksā šajā apmērā',
			label: 'No kura datuma pensiju izmaksā šajā apmērā',
			hint: 'Piešķiršanas datums vai pēdējās indeksācijas vai pārrēķina datums, piemēram, 01.10.2025.'
		},
		kind: {
			label: 'Pensijas veids',
			options: {
				'old-age': { label: 'Vecuma pensija' },
				hazardous: {
					label: 'Vecuma pensija par darbu kaitīgos un smagos apstākļos (1. vai 2. saraksts)',
					hint: 'No 2018. gada indeksē vismaz ar indeksu, ko piemēro 30–39 gadu stāžam.'
				},
				disability: { label: 'Invaliditātes pensija' },
				survivor: { label: 'Apgādnieka zaudējuma pensija' },
				service: { label: 'Izdienas pensija' }
			}
		},
		record: {
			what: 'apdrošināšanas stāžu gados',
			label: 'Apdrošināšanas stāžs (gadi)',
			hint: 'Pilni gadi, kā VSAA lēmumā. No stāža atkarīgs vecuma pensijas indekss.',
			unit: 'gadi'
		},
		wholeGroup: {
			label: 'Vai jūsu pensiju indeksē pilnā apmērā?',
			hint: 'Šīm grupām indeksē visu pensiju, ne tikai daļu līdz noteiktajai robežai.',
			options: {
				none: { label: 'Nē' },
				repressed: { label: 'Politiski represēta persona' },
				'disability-group-1': { label: 'Persona ar I grupas invaliditāti' },
				chernobyl: { label: 'Černobiļas AES avārijas seku likvidēšanas dalībnieks' },
				'parents-early': {
					label: 'Vecāks, kas pensionējies agrāk 5 vai vairāk bērnu vai bērna ar invaliditāti dēļ',
					hint: 'No 2025. gada indeksācijas.'
				}
			}
		},
		supplement: {
			label: 'Vai saņemat piemaksu pie pensijas par stāžu līdz 1996. gadam?',
			options: {
				none: { label: 'Nē' },
				'granted-until-1996': { label: 'Jā, pensija piešķirta līdz 1996. gada 31. decembrim' },
				'granted-from-1997': { label: 'Jā, pensija piešķirta no 1997. līdz 2011. gadam' }
			}
		},
		yearsBefore1996: {
			what: 'apdrošināšanas stāžu līdz 1996. gadam',
			label: 'Apdrošināšanas stāžs līdz 1995. gada beigām (gadi)',
			hint: 'Pilni gadi, par kuriem maksā piemaksu.',
			unit: 'gadi'
		}
	},
	bands: {
		from0: 'stāžs līdz 29 gadiem',
		from30: 'stāžs 30–39 gadi',
		from40: 'stāžs no 40 gadiem',
		from45: 'stāžs 45 gadi un vairāk',
		'old-age': 'vecuma pensija',
		hazardous: 'vecuma pensija par darbu kaitīgos apstākļos',
		disability: 'invaliditātes pensija',
		survivor: 'apgādnieka zaudējuma pensija',
		service: 'izdienas pensija'
	},
	steps: {
		start: 'Pensija, ko izmaksā no {{from}}',
		indexation: 'Indeksācija {{date}}',
		indexationDetail: '{{band}}: {{part}} × ({{index}} − 1) = {{increase}}.',
		indexationCapped: '{{band}}: indeksē tikai daļu {{part}}: {{part}} × ({{index}} − 1) = {{increase}}.',
		indexationWhole: '{{band}}: indeksē visu pensiju: {{part}} × ({{index}} − 1) = {{increase}}.',
		supplement: 'Piemaksa par stāžu līdz 1996. gadam',
		supplementDetail: '{{years}} gadi × {{perYear}}.',
		total: 'Pensija ar piemaksu'
	},
	figures: {
		amount: 'Pensija tagad',
		increase: 'Palielinājums',
		total: 'Kopā ar piemaksu',
		supplement: 'Piemaksa',
		indexations: 'Indeksācijas'
	},
	table: {
		caption: 'Pensija pēc katras indeksācijas',
		date: 'Datums',
		index: 'Indekss',
		part: 'Indeksētā daļa, €',
		increase: 'Palielinājums, €',
		after: 'Pensija pēc tam, €',
		supplement: 'Piemaksa, €'
	},
	chart: {
		title: 'Pensija pēc katras indeksācijas',
		start: 'No {{date}}',
		after: 'Pēc {{date}}'
	},
	summary: {
		result: 'Pēc indeksācijām kopš {{from}} pensija ir {{amount}} mēnesī ({{increase}} vairāk).',
		unchanged: 'Kopš {{from}} indeksācijas nav bijis: pensija ir {{amount}} mēnesī.'
	},
	notices: {
		none: 'Starp {{from}} un izvēlēto datumu indeksācijas nav bijis.',
		knownUntil:
			'Indeksācijas pēc {{until}} mūsu datos vēl nav: summa ir pēc pēdējās zināmās indeksācijas. Jauno apmēru redzēsiet portālā latvija.gov.lv.'
	},
	cannot: {
		indexUnknown: 'Indeksācijas {{date}} indekss šim pensijas veidam mums nav zināms. Jautājiet VSAA.',
		bandsUnknown:
			'Indeksācijas {{date}} indeksi vecuma pensijām pēc stāža mums nav zināmi. Ievadiet pensiju, ko izmaksā pēc šīs indeksācijas (no {{date}}), vai jautājiet VSAA.'
	}
} satisfies Messages;

export default lv;
