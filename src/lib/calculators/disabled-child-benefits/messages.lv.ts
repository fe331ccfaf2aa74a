import type { Messages } from '$lib/engine/calculator';
import { sharedLv } from '$lib/state-benefits/messages';

const lv = {
	...sharedLv,
	title: 'Pabalsti bērnam ar invaliditāti un kopšanai',
	question: 'Kādu pabalstu saņemšu par bērnu ar invaliditāti vai personas ar invaliditāti kopšanu, cik lielu un cik ilgi?',
	intro:
		'Aprēķiniet piemaksu pie ģimenes valsts pabalsta par bērnu ar invaliditāti, bērna ar invaliditāti kopšanas pabalstu vai pabalstu personai ar invaliditāti, kurai nepieciešama kopšana. Vajadzīgs dzimšanas datums un, ja zināms, invaliditātes noteikšanas datums.',
	notCovered:
		'Kalkulators nenosaka, vai invaliditāte vai īpašas kopšanas nepieciešamība tiks atzīta — to dara Veselības un darbspēju ekspertīzes ārstu valsts komisija. Tas nerēķina invaliditātes pensiju, transporta izdevumu kompensāciju un asistenta pakalpojumu. Piemaksas par bērnu ar invaliditāti apmērs no 2023. gada (160 eiro) mums zināms bez spēkā stāšanās datuma, tāpēc par vēlākiem datumiem atbildēt nevaram. Jautājiet VSAA (tālrunis 8001 0021).',
	fields: {
		benefit: {
			label: 'Kuru pabalstu aprēķināt?',
			options: {
				'family-supplement': { label: 'Piemaksa pie ģimenes valsts pabalsta par bērnu ar invaliditāti' },
				'child-care': {
					label: 'Bērna ar invaliditāti kopšanas pabalsts',
					hint: 'Ja komisija atzinusi, ka bērnam smagu funkcionālu traucējumu dēļ nepieciešama īpaša kopšana.'
				},
				'adult-care': {
					label: 'Pabalsts personai ar invaliditāti, kurai nepieciešama kopšana',
					hint: 'Pēc 18 gadu vecuma, ar komisijas atzinumu par īpašas kopšanas nepieciešamību.'
				}
			}
		},
		birthDate: { what: 'bērna (personas) dzimšanas datumu', label: 'Bērna (personas) dzimšanas datums' },
		disabilityFrom: {
			what: 'invaliditātes noteikšanas datumu',
			label: 'Datums, no kura noteikta invaliditāte (ja zināms)',
			hint: 'Datums komisijas lēmumā. Ja tukšs, rēķinām no aprēķina mēneša.'
		},
		sinceChildhood: { label: 'Vai invaliditātes cēlonis ir slimība no bērnības?' }
	},
	errors: {
		disabilityBeforeBirth: 'Invaliditātes datums nevar būt pirms dzimšanas datuma'
	},
	steps: {
		amount: {
			'family-supplement': 'Piemaksa mēnesī',
			'child-care': 'Bērna ar invaliditāti kopšanas pabalsts mēnesī',
			'adult-care': 'Kopšanas pabalsts mēnesī (vispārējā gadījumā)',
			adultChildhood: 'Kopšanas pabalsts mēnesī (invaliditāte no bērnības)'
		},
		ageLimit: 'Maksā līdz dienai pirms',
		ageLimitDetail: 'Līdz {{limit, gen}} vecumam.',
		adultDetail: 'Vispārējā gadījumā {{general}}, ja invaliditātes cēlonis ir slimība no bērnības — {{childhood}}.',
		claimDeadline: 'Pieprasīt līdz',
		claimDeadlineDetail: '{{months}} no invaliditātes noteikšanas dienas ({{from}}).'
	},
	figures: {
		monthlyNow: 'Mēnesī tagad',
		monthly: 'Mēnesī',
		total: 'Kopā līdz vecuma robežai',
		until: 'Līdz',
		claimDeadline: 'Pieprasīt līdz'
	},
	summary: {
		child: 'Jums pienākas {{monthly}} mēnesī līdz {{until}}, kopā {{total}}.',
		childLater: 'Pabalsts pienāksies no {{from}} līdz {{until}}, kopā {{total}}.',
		adult: 'Pabalsts ir {{monthly}} mēnesī, kamēr ir spēkā komisijas atzinums par kopšanas nepieciešamību.',
		notEligible: 'Pēc ievadītajām ziņām šis pabalsts nepienākas.'
	},
	reasons: {
		overAge:
			'Bērnam ir {{age}}; šo pabalstu maksā līdz {{limit, gen}} vecumam. Pēc tam var pienākties pabalsts personai ar invaliditāti, kurai nepieciešama kopšana.',
		underAge:
			'Personai ir {{age}}; šo pabalstu piešķir no {{limit, gen}} vecuma ({{from}}). Līdz tam — bērna ar invaliditāti kopšanas pabalsts.'
	},
	notices: {
		commission: 'Pabalstu piešķir tikai ar Veselības un darbspēju ekspertīzes ārstu valsts komisijas atzinumu.'
	}
} satisfies Messages;

export default lv;
