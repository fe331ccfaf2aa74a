import type { Messages } from '$lib/engine/calculator';

const lv = {
	title: 'Vecuma pensijas aprēķins',
	question: 'Cik liela būs mana vecuma pensija?',
	intro:
		'Aprēķiniet aptuvenu valsts vecuma pensiju pēc likuma formulas: pensijas kapitāls, dalīts ar G (plānoto izmaksas laiku gados) un 12. Pietiek ar dzimšanas datumu un pašreizējo algu; precīzāk — ja ievadāt iemaksu algas pa gadiem vai kapitālu no sava pārskata portālā latvija.gov.lv. Gadiem, kas vēl nav pienākuši, izmantojam pieņēmumus, ko redzat un varat mainīt.',
	notCovered:
		'Šis ir aprēķins, nevis VSAA lēmums. Kalkulators neņem vērā darbu ārvalstīs, bērna kopšanas un citus periodus, par kuriem iemaksas veic valsts, iemaksu objekta maksimālo apmēru, 2. līmeņa ieguldījumu ienesīgumu, izdienas pensijas un pensijas ar atvieglotiem noteikumiem. Savu uzkrāto kapitālu un VSAA prognozi redzēsiet portālā latvija.gov.lv (e-pakalpojums «Mans pensiju kapitāls»); jautājiet VSAA (tālrunis 8001 0021).',
	fields: {
		birthDate: { what: 'savu dzimšanas datumu', label: 'Dzimšanas datums' },
		route: {
			label: 'Kad vēlaties pensionēties?',
			options: {
				general: { label: 'Sasniedzot vispārējo pensionēšanās vecumu' },
				early: {
					label: 'Priekšlaicīgi (divus gadus agrāk)',
					hint: 'Vajag vismaz 30 gadu stāžu; līdz vispārējam vecumam izmaksā pusi pensijas.'
				}
			}
		},
		mode: {
			label: 'Ko zināt par savām iemaksām?',
			options: {
				salary: { label: 'Pašreizējo algu', hint: 'Pagātnes un nākotnes gadu algas aprēķināsim pēc algas pieauguma pieņēmuma.' },
				wages: { label: 'Iemaksu algas pa gadiem', hint: 'No VSAA pārskata portālā latvija.gov.lv: gada apdrošināšanas iemaksu algas.' },
				capital: {
					label: 'Uzkrāto pensijas kapitālu',
					hint: 'No sava pārskata portālā latvija.gov.lv; turpmāko aprēķināsim no pašreizējās algas.'
				}
			}
		},
		salary: {
			what: 'pašreizējo bruto algu mēnesī',
			label: 'Pašreizējā bruto alga mēnesī',
			hint: 'Summa pirms nodokļiem. Ja nestrādājat, ievadiet 0.',
			unit: '€'
		},
		startYear: {
			what: 'gadu, kurā sākāt strādāt (no 1996. gada)',
			label: 'Gads, no kura maksātas iemaksas',
			hint: 'Pirmais gads ar apdrošināšanas iemaksām, ne agrāk par 1996. Ja iemaksu algas ievadāt pa gadiem, pirmā summa ir par šo gadu.'
		},
		wages: {
			what: 'gada apdrošināšanas iemaksu algas',
			label: 'Gada apdrošināšanas iemaksu algas, sākot ar norādīto gadu',
			hint: 'Viena summa gadā, pa vienai rindā. Pēc pēdējās summas algas pieaugumu pieņemam.'
		},
		capital: {
			what: 'uzkrāto pensijas kapitālu',
			label: 'Uzkrātais pensijas kapitāls (1. līmenis) pagājušā gada beigās',
			hint: 'Summa no pārskata portālā latvija.gov.lv.',
			unit: '€'
		},
		growth: {
			what: 'algas pieaugumu gadā procentos',
			label: 'Pieņemtais algas pieaugums gadā',
			hint: 'Ja atstājat tukšu, izmantojam 5,1 % — vidējo kapitāla indeksa pieaugumu 2009.–2024. gadā. Ar to pašu pieaugumu aprēķinām nākotnes kapitāla indeksus.',
			unit: '%'
		},
		fundedMember: {
			label: 'Vai piedalāties pensiju 2. līmenī (valsts fondēto pensiju shēmā)?',
			hint: 'Dzimušajiem pēc 1971. gada 1. jūlija tas ir obligāti. Tad daļa iemaksu aiziet uz 2. līmeni, un 1. līmeņa kapitāls ir mazāks.'
		},
		fundedCapital: {
			what: '2. līmeņa kapitālu',
			label: '2. līmeņa kapitāls, ko pievienosiet pensijai (ja vēlaties)',
			hint: 'Pensionējoties to var pievienot 1. līmeņa kapitālam vai par to iegādāties mūža pensiju. Ienesīgumu mēs neprognozējam.',
			unit: '€'
		},
		recordBefore1996: {
			what: 'apdrošināšanas stāžu līdz 1996. gadam',
			label: 'Apdrošināšanas stāžs līdz 1995. gada beigām (gadi)',
			hint: 'Pilni gadi; redzams portālā latvija.gov.lv. Ja nav, atstājiet tukšu.',
			unit: 'gadi'
		},
		wage1996to1999: {
			what: 'vidējo mēneša iemaksu algu 1996.–1999. gadā',
			label: 'Vidējā mēneša apdrošināšanas iemaksu alga 1996.–1999. gadā',
			hint: 'Četru gadu iemaksu algu summa, dalīta ar 48 (arī tad, ja strādājāt īsāk). Summas redzamas portālā latvija.gov.lv. Ja atstājat tukšu, izmantojam šo gadu algas no augšas.',
			unit: '€'
		},
		record: {
			what: 'kopējo apdrošināšanas stāžu gados',
			label: 'Kopējais apdrošināšanas stāžs pensionējoties (gadi)',
			hint: 'Vajadzīgs minimālās pensijas un priekšlaicīgas pensionēšanās pārbaudei. Var atstāt tukšu.',
			unit: 'gadi'
		},
		g: {
			what: 'G vērtību',
			label: 'G no VSAA prognozes (ja zināt)',
			hint: 'Ja atstājat tukšu, izmantojam G pēc vecuma no tabulas.'
		}
	},
	errors: {
		startYearFuture: 'Gads, no kura maksātas iemaksas, nevar būt vēlāks par {{year}}. gadu',
		wagesTooMany: 'Iemaksu algas var ievadīt no {{from}}. līdz {{year}}. gadam — ne vairāk kā {{count}} summas',
		wage1996Needed: 'Ievadiet vidējo mēneša iemaksu algu 1996.–1999. gadā, piemēram, 250: bez tās nevar aprēķināt sākuma kapitālu'
	},
	steps: {
		pensionDate: {
			general: 'Pensiju varat saņemt no',
			early: 'Priekšlaicīgi pensiju varat saņemt no'
		},
		pensionDateDetail: 'Dzimšanas datums {{birth}} + {{age}}.',
		assumptions: 'Pieņemtais algas pieaugums gadā (un nākotnes kapitāla indekss)',
		assumptionsDefault: 'Jūs to neievadījāt, tāpēc izmantojam noklusējumu. Tas ir pieņēmums, nevis likuma skaitlis.',
		assumptionsGiven: 'Jūsu ievadītais pieņēmums.',
		contributions: 'Iemaksas 1. līmeņa pensijas kapitālā {{from}}.–{{to}}. gadā',
		contributionsDetail: 'Iemaksu alga × likme katram mēnesim. Aprēķināto gadu: {{estimated}}; prognozēto gadu: {{projected}}.',
		contributionsFunded:
			'Iemaksu alga × 1. līmeņa likme katram mēnesim (daļa aiziet uz 2. līmeni). Aprēķināto gadu: {{estimated}}; prognozēto gadu: {{projected}}.',
		actualised: 'Kapitāls, aktualizēts līdz {{year}}. gadam',
		actualisedDetail: 'Katra gada iemaksas reizina ar nākamo gadu kapitāla indeksiem; pēdējo divu gadu iemaksas neaktualizē.',
		actualisedProjected:
			'Katra gada iemaksas reizina ar nākamo gadu kapitāla indeksiem; pēdējo divu gadu iemaksas neaktualizē. {{projected}} gadu indekss vēl nav noteikts — pieņemam {{index}} (prognoze).',
		statement: 'Kapitāls no pārskata ({{year}}. gada beigās), aktualizēts',
		statementDetail: '{{capital}} × {{factor}} (nākamo gadu kapitāla indeksi).',
		initialCapital: 'Sākuma kapitāls par stāžu līdz 1996. gadam',
		initialCapitalGiven:
			'Vidējā alga {{from}}.–{{to}}. gadā, aktualizēta: {{vi}} × stāžs {{years}} × {{rate}} × 12. Aktualizē katra gada algu un summu dala ar {{months}}.',
		initialCapitalWages:
			'No {{from}}.–{{to}}. gada algām: summa, aktualizēta un dalīta ar {{months}}, ir {{vi}}; {{vi}} × stāžs {{years}} × {{rate}} × 12.',
		noInitialCapital: 'Sākuma kapitāla nav: nav norādīts stāžs līdz {{year}}. gada beigām',
		funded: '2. līmeņa kapitāls, ko pievienojat',
		totalCapital: 'Kopējais pensijas kapitāls',
		g: 'G — plānotais izmaksas laiks gados {{age}} vecumam',
		gUser: 'Jūsu ievadītā vērtība.',
		gLatest: '{{year}}. gada G mūsu datos nav; izmantojam pēdējo zināmo vērtību (no {{from}}). Tas ir pieņēmums.',
		pension: 'Vecuma pensija mēnesī',
		pensionProjected: 'Vecuma pensija mēnesī (prognoze)',
		pensionDetail: '{{total}} / {{g}} / 12.',
		minimum: 'Minimālā vecuma pensija ar jūsu stāžu (jūsu pensija ir lielāka)',
		minimumLifts: 'Minimālā vecuma pensija ar jūsu stāžu — jūsu pensiju paaugstina līdz tai',
		minimumBands: 'Bāze {{base}} × koeficients {{coef}}.',
		minimumLinear: 'Bāze {{base}} × {{coef}} + {{percent}} no bāzes × {{years}} virs noteiktā.',
		noSupplement: 'Piemaksa par stāžu līdz 1996. gadam: pensijām, kas piešķirtas pēc {{until}}, to nepiešķir',
		earlyPaid: 'Izmaksā līdz {{until}} (līdz vispārējam vecumam)',
		earlyPaidDetail: '{{share}} no {{full}}; strādājot priekšlaicīgo pensiju neizmaksā.'
	},
	figures: {
		monthlyPension: 'Pensija mēnesī',
		monthlyPensionProjected: 'Pensija mēnesī (prognoze)',
		pensionDate: 'Pensija no',
		totalCapital: 'Pensijas kapitāls',
		g: 'G',
		initialCapital: 'Sākuma kapitāls',
		minimum: 'Minimālā pensija',
		earlyPaid: 'Izmaksā līdz vispārējam vecumam',
		fullPensionFrom: 'Pilna pensija no'
	},
	comparison: {
		caption: 'Ja pensionēsieties vēlāk',
		chart: 'Pensija mēnesī atkarībā no pensionēšanās datuma',
		when: 'Kad',
		date: 'Datums',
		capital: 'Kapitāls, €',
		g: 'G',
		pension: 'Pensija mēnesī, €',
		earliest: 'Agrākais datums',
		later1: 'Gadu vēlāk',
		later2: 'Divus gadus vēlāk',
		later3: 'Trīs gadus vēlāk'
	},
	years: {
		caption: 'Pensijas kapitāls pa gadiem, aktualizēts līdz {{year}}. gadam',
		year: 'Gads',
		wage: 'Iemaksu alga, €',
		basis: 'Avots',
		rate: 'Likme, %',
		contribution: 'Iemaksas, €',
		factor: 'Indeksu reizinājums',
		actualised: 'Aktualizētas, €',
		bases: {
			given: 'ievadīta',
			estimated: 'aprēķināta no pašreizējās algas',
			projected: 'prognoze',
			indexProjected: 'ievadīta; indekss — prognoze'
		}
	},
	chart: {
		title: 'Uzkrātais pensijas kapitāls pa gadiem (aktualizēts līdz {{year}}. gadam)',
		year: '{{year}}',
		date: '{{date}}'
	},
	summary: {
		result: 'Jūsu vecuma pensija no {{date}} būtu {{amount}} mēnesī.',
		projected: 'Pēc prognozes jūsu vecuma pensija no {{date}} būtu aptuveni {{amount}} mēnesī.'
	},
	notices: {
		projection:
			'Šī ir prognoze: nākotnes gadu algas, vēl nenoteiktie kapitāla indeksi un G ir pieņēmumi (algas pieaugums {{growth}} gadā). Faktiskā pensija var būt citāda.',
		gLatest:
			'{{year}}. gada G vēl nav publicēts vai mums nav zināms; izmantojam {{value}} (no {{from}}). Ja zināt G no VSAA prognozes, ievadiet to.',
		minimumUnknown: 'Minimālās pensijas noteikumi {{date}} mums vēl nav zināmi; salīdzinājumu ar minimālo pensiju neveicām.',
		recordNotGiven: 'Jūs nenorādījāt kopējo stāžu, tāpēc minimālo pensiju nepārbaudījām.',
		earlyRecord:
			'Priekšlaicīgai pensionēšanās vajag vismaz {{need}} apdrošināšanas stāža; ar norādīto stāžu var pensionēties tikai vispārējā vecumā.',
		whereFrom:
			'Precīzākam aprēķinam izmantojiet savus datus portālā latvija.gov.lv: iemaksu algas pa gadiem, uzkrāto kapitālu un stāžu līdz 1996. gadam.'
	},
	cannot: {
		beforeSchedule: 'Pensionēšanās vecumu sasniedzāt pirms {{date}}, kad bija spēkā citi noteikumi. Jautājiet VSAA.',
		afterSchedule: 'Pensionēšanās vecums mūsu datos zināms līdz {{date}}; jūs to sasniegsiet vēlāk.',
		noG: 'G vērtība {{age}} vecumam mums nav zināma. Ievadiet G no VSAA prognozes.'
	}
} satisfies Messages;

export default lv;
