import type { Messages } from '$lib/engine/calculator';
import { sharedLv } from '$lib/benefits/messages.lv';

const lv = {
	claim: sharedLv.claim,
	timeline: {
		...sharedLv.timeline,
		captionYear: 'Pirmie 12 mēneši',
		loss: 'Atlīdzība, {{rate}} no vidējās algas',
		survivors: 'Atlīdzība par apgādnieka zaudējumu {{children}} bērniem',
		monthN: '{{n}}. mēnesis',
		perMonth: 'summa mēnesī'
	},
	title: 'Atlīdzība par darbspēju zaudējumu un apgādnieka zaudējumu',
	question: 'Cik lielu atlīdzību maksā pēc nelaimes gadījuma darbā vai arodslimības?',
	intro:
		'Uzziniet, kādu ikmēneša atlīdzību Valsts sociālās apdrošināšanas aģentūra (VSAA) maksā, ja nelaimes gadījumā darbā vai arodslimības dēļ zaudēti vismaz 25 % darbspēju, vai tās dēļ mirušā bērniem, un līdz kuram datumam jāpieprasa. Jums vajadzēs ārstu komisijas noteiktos procentus un vidējo algu.',
	notCovered:
		'Netiek aprēķināts: 10–24 % zaudējums (atlīdzina tikai ārstēšanās izdevumus), atlīdzība citiem apgādājamajiem (līdz 25 %), bērni ar invaliditāti kopš bērnības, indeksācija pēc piešķiršanas, papildu izdevumu kompensācija un nelaimes gadījumi pirms 1997. gada. No 2020. gada atlīdzību nevar saņemt vienlaikus ar invaliditātes pensiju. Lēmumu pieņem VSAA: latvija.gov.lv vai tālrunis 8001 0021.',
	fields: {
		mode: {
			label: 'Ko vēlaties aprēķināt?',
			options: {
				loss: { label: 'Atlīdzību par manu darbspēju zaudējumu' },
				survivors: { label: 'Atlīdzību mirušā bērniem' }
			}
		},
		eventDate: {
			what: 'darbspēju zaudējuma noteikšanas vai miršanas datumu',
			label: 'Datums, kad noteikts darbspēju zaudējums, vai miršanas datums'
		},
		averageWage: {
			what: 'vidējo mēneša iemaksu algu',
			label: 'Vidējā mēneša apdrošināšanas iemaksu alga',
			hint: 'Mēneša vidējā alga 36 mēnešos ar lielāko iemaksu algu summu 5 gados pirms nelaimes gadījuma vai arodslimības (apgādnieka zaudējumam — mirušā alga).',
			unit: '€'
		},
		lossPercent: {
			what: 'darbspēju zaudējumu procentos',
			label: 'Ārstu komisijas noteiktais darbspēju zaudējums (%)',
			hint: 'Veseli procenti no 0 līdz 100.'
		},
		disabilityGroup: {
			label: 'Jūsu invaliditātes grupa',
			hint: 'No 2026. gada atlīdzība nav mazāka par jūsu grupas minimālo invaliditātes pensiju.',
			options: {
				none: { label: 'Invaliditāte nav noteikta' },
				I: { label: 'I grupa' },
				II: { label: 'II grupa' },
				III: { label: 'III grupa' }
			}
		},
		children: {
			what: 'bērnu skaitu, kuriem ir tiesības uz atlīdzību',
			label: 'Bērnu skaits, kuriem ir tiesības uz atlīdzību',
			hint: 'Līdz 18 gadiem, līdz 24 gadiem, ja mācās dienas nodaļā, vai ar invaliditāti kopš bērnības.',
			unit: 'bērni'
		},
		childrenUnder7: { what: 'bērnu līdz 6 gadu vecumam skaitu', label: 'No tiem bērni līdz 6 gadu vecumam', unit: 'bērni' },
		orphan: { label: 'Vai bērni ir zaudējuši abus vecākus?' }
	},
	errors: { tooManyYoung: 'Bērnu līdz 6 gadiem nevar būt vairāk nekā visu bērnu' },
	steps: {
		lossCheck: 'Vai darbspēju zaudējums ir pietiekami liels?',
		lossCheckDetail: 'Vajag vismaz {{need}} %; norādīti {{have}} %.',
		rate: 'Atlīdzības apmērs',
		rateDetail: 'Par {{lost}} % zaudējumu (grupa no {{from}} %).',
		compensation: 'Atlīdzība mēnesī',
		compensationDetail: '{{rate}} no {{wage}}.',
		minimum: 'Atlīdzība mēnesī ar minimumu',
		minimumDetail: 'Ne mazāka par {{group}} grupas minimālo invaliditātes pensiju: {{base}} × {{coefficient}} = {{floor}}.',
		survivorRate: 'Atlīdzības par apgādnieka zaudējumu apmērs',
		survivorRateDetail: '{{children}} bērniem.',
		survivorRateOrphan: '{{children}} bērniem, kuri zaudējuši abus vecākus.',
		survivorCompensation: 'Atlīdzība visiem bērniem mēnesī',
		perChild: 'Daļa katram bērnam',
		perChildDetail:
			'Sadalīts {{children}} bērniem; katram vismaz minimums: {{under7}} līdz 6 gadiem ({{young}} bērni, katram {{perYoung}}) un {{from7}} no 7 gadiem (katram {{perOld}}).',
		perChildNoMinimum: 'Sadalīts {{children}} bērniem.'
	},
	figures: { monthly: 'Mēnesī', rate: 'Apmērs', total: 'Pirmajos 12 mēnešos', claimDeadline: 'Jāpieprasa līdz' },
	summary: {
		loss: 'Par {{lost}} % darbspēju zaudējumu jūs varat saņemt {{monthly}} mēnesī ({{rate}} no vidējās algas).',
		survivors: '{{children}} bērni kopā var saņemt {{monthly}} mēnesī.',
		notEligible: 'Par šādu darbspēju zaudējumu atlīdzību nemaksā.',
		notEligibleSurvivors: 'Atlīdzība par apgādnieka zaudējumu netiek aprēķināta.'
	},
	reasons: {
		lossTooLow: 'Jūs zaudējāt {{have}} % darbspēju; atlīdzību maksā no {{need}} %.',
		noChildren: 'Norādiet bērnu skaitu, kuriem ir tiesības uz atlīdzību.'
	},
	notices: {
		noGroup:
			'Ja jums ir noteikta invaliditātes grupa, atlīdzība ir vismaz šīs grupas minimālā invaliditātes pensija; izvēlieties savu grupu.',
		asGranted: 'Summa ir tā, ko piešķir jūsu norādītajā datumā; vēlāka indeksācija un minimumu izmaiņas nav parādītas.',
		minimumUnknown: 'Minimums katram bērnam šim datumam mums nav zināms; summa var būt lielāka.'
	}
} satisfies Messages;

export default lv;
