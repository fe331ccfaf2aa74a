import type { Messages } from '$lib/engine/calculator';

const lv = {
	title: 'Pensionēšanās vecums',
	question: 'Kad varu saņemt vecuma pensiju?',
	intro:
		'Uzziniet agrāko datumu, no kura varat saņemt valsts vecuma pensiju, un kāds apdrošināšanas stāžs tam vajadzīgs. Jums būs jānorāda dzimšanas datums un jāizvēlas sava situācija. Pensijas apmēru šis kalkulators nerēķina.',
	notCovered:
		'Kalkulators neaprēķina pensijas apmēru un neaptver izdienas pensijas, pensijas no citām valstīm un gadījumus, kad stāžs uzkrāts ārzemēs. Pensiju piešķir VSAA: pieprasiet to ne agrāk kā mēnesi pirms tiesību rašanās, portālā latvija.gov.lv vai VSAA klientu apkalpošanas centrā (tālr. 8001 0021).',
	fields: {
		birthDate: { what: 'savu dzimšanas datumu', label: 'Dzimšanas datums' },
		category: {
			label: 'Kura situācija attiecas uz jums?',
			hint: 'Ja neesat pārliecināts, izvēlieties vispārējo gadījumu.',
			options: {
				general: { label: 'Vispārējais gadījums', hint: 'Vecuma pensija sasniedzot vispārējo pensionēšanās vecumu.' },
				early: {
					label: 'Priekšlaicīgā pensionēšanās',
					hint: 'Divus gadus agrāk, ja apdrošināšanas stāžs ir vismaz 30 gadi; līdz vispārējam vecumam izmaksā daļu pensijas.'
				},
				'many-children-parent': {
					label: 'Vecāks vai aizbildnis, kas izaudzinājis 5 vai vairāk bērnus vai bērnu ar invaliditāti',
					hint: 'Katrs bērns audzināts vismaz 8 gadus līdz 18 gadu vecumam.'
				},
				chernobyl: { label: 'Černobiļas AES avārijas seku likvidēšanas dalībnieks' },
				'politically-repressed': { label: 'Politiski represēta persona' },
				'women-disabled-or-children': {
					label:
						'Sieviete — persona ar invaliditāti uz mūžu, vai izaudzinājusi 5 vai vairāk bērnus vai bērnu ar invaliditāti līdz 8 gadu vecumam'
				},
				hazardous: {
					label: 'Darbs kaitīgos un smagos apstākļos: vīrietis pēc 1. saraksta vai sieviete pēc 2. saraksta',
					hint: 'Darbs pēc PSRS Ministru Padomes 1956. gada sarakstiem Nr. 1 un Nr. 2 līdz 1995. gada beigām.'
				},
				'especially-hazardous': {
					label: 'Sieviete, kas strādājusi sevišķi kaitīgos un smagos darba apstākļos (1. saraksts)'
				},
				'men-short-stature-blind': { label: 'Vīrietis ar mazu augumu vai neredzīgs' },
				'women-short-stature-blind': { label: 'Sieviete ar mazu augumu vai neredzīga' }
			}
		},
		record: {
			what: 'apdrošināšanas stāžu gados',
			label: 'Apdrošināšanas stāžs, kāds jums būs (gadi)',
			hint: 'Pilni gadi. Savu stāžu varat redzēt portālā latvija.gov.lv (VSAA e-pakalpojums «Valsts sociālās apdrošināšanas iemaksas»). Ja nezināt, atstājiet tukšu.',
			unit: 'gadi'
		}
	},
	steps: {
		category: 'Jūsu situācija',
		requiredAge: 'Pensionēšanās vecums, kas spēkā no {{from}}',
		requiredAgeDetail: 'Piemēro vecumu, kas ir spēkā dienā, kad to sasniedzat.',
		requiredAgeCapped: 'Jūsu grupas vecums šajā periodā būtu augstāks par vispārējo, tāpēc piemēro vispārējo pensionēšanās vecumu.',
		pensionDate: 'Agrākais datums, kad rodas tiesības uz pensiju',
		pensionDateDetail: 'Dzimšanas datums {{birth}} + {{age}}.',
		minimumRecord: 'Vajadzīgais apdrošināšanas stāžs šajā datumā',
		recordCheck: 'Vai jūsu stāžs ({{has}}) ir pietiekams?',
		listShare: 'Daļa no stāža, kurai jābūt darbā pēc sarakstiem līdz 1995. gada beigām',
		listShareDetail: 'Šo nosacījumu mēs nepārbaudām: tam vajadzīga jūsu darba vēsture. Pārbaudiet to VSAA.',
		generalDate: 'Vispārējais pensionēšanās vecums — pensiju izmaksā pilnā apmērā no',
		generalDateDetail: 'Līdz tam priekšlaicīgo pensiju izmaksā {{share}} apmērā, ja nestrādājat; strādājot to neizmaksā.'
	},
	figures: {
		pensionDate: 'Pensiju var saņemt no',
		ageAtPension: 'Vecums šajā datumā',
		minimumRecord: 'Vajadzīgais apdrošināšanas stāžs',
		recordMet: 'Stāžs pietiekams',
		fullPensionFrom: 'Pilna pensija no',
		earlyShare: 'Izmaksā līdz tam'
	},
	summary: {
		future: 'Vecuma pensiju varēsiet saņemt no {{date}}, {{age, gen}} vecumā.',
		past: 'Tiesības uz vecuma pensiju jums radās {{date}}, {{age, gen}} vecumā.',
		notEligible: 'Vecumu sasniegsiet {{date}}, bet ar norādīto stāžu pensijai šajā kārtībā nepietiek.'
	},
	reasons: {
		record: 'Jums ir {{has}} apdrošināšanas stāža, bet vajag {{required}} — trūkst {{missing}}.',
		considerGeneral: 'Pārbaudiet vispārējo gadījumu: tam var pietikt ar mazāku stāžu.'
	},
	notices: {
		recordUnknown: 'Šai grupai vajadzīgo apdrošināšanas stāžu mēs neesam varējuši apstiprināt oficiālā avotā; jautājiet VSAA.',
		listShare:
			'Vismaz {{share}} no jūsu apdrošināšanas stāža jābūt darbam pēc 1. vai 2. saraksta līdz 1995. gada 31. decembrim. Mēs to nepārbaudām.',
		recordNotGiven: 'Jūs nenorādījāt stāžu. Pensijai vajag vismaz {{required}} apdrošināšanas stāža.'
	},
	cannot: {
		beforeSchedule: 'Šo vecumu sasniedzāt pirms {{from}}, kad bija spēkā citi noteikumi, kas nav mūsu tabulā “{{table}}”. Jautājiet VSAA.',
		afterSchedule: 'Tabulā “{{table}}” pensionēšanās vecums zināms līdz {{until}}; jūs to sasniegsiet vēlāk. Jautājiet VSAA.'
	}
} satisfies Messages;

export default lv;
