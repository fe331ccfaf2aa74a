import type { Messages } from '$lib/engine/calculator';
import { sharedLv } from '$lib/state-benefits/messages';

const lv = {
	...sharedLv,
	title: 'Minimālie uzturlīdzekļi un pabalsts aizbildnim',
	question: 'Cik lieli ir minimālie uzturlīdzekļi bērnam un pabalsts aizbildnim par bērna uzturēšanu?',
	intro:
		'Katram vecākam ir pienākums bērnam nodrošināt vismaz minimālos uzturlīdzekļus — daļu no valstī noteiktās minimālās mēneša darba algas atkarībā no bērna vecuma. Aizbildnis par katru aizbildnībā esošu bērnu saņem valsts pabalstu. Aprēķiniet apmēru pa mēnešiem līdz bērna 18 gadu vecumam.',
	notCovered:
		'Kalkulators nerēķina tiesas noteiktus uzturlīdzekļus, kas var būt lielāki, uzturlīdzekļus no Uzturlīdzekļu garantiju fonda, uzturlīdzekļus pēc 18 gadu vecuma (piemēram, kamēr bērns mācās) un atlīdzību par aizbildņa pienākumu pildīšanu. Par uzturlīdzekļiem jautājiet Uzturlīdzekļu garantiju fondam vai juristam, par pabalstu aizbildnim — VSAA (tālrunis 8001 0021).',
	fields: {
		role: {
			label: 'Ko aprēķināt?',
			options: {
				parent: { label: 'Minimālos uzturlīdzekļus, kas bērnam jānodrošina katram vecākam' },
				guardian: { label: 'Pabalstu aizbildnim par bērna uzturēšanu' }
			}
		},
		birthDate: { what: 'bērna dzimšanas datumu', label: 'Bērna dzimšanas datums' }
	},
	steps: {
		wage: 'Valstī noteiktā minimālā mēneša darba alga',
		share: 'Daļa bērnam {{age, gen}} vecumā',
		amount: 'Minimālie uzturlīdzekļi mēnesī',
		amountDetail: '{{wage}} × {{share}}.',
		guardianLinked: 'Pabalsts aizbildnim mēnesī (vienāds ar minimālajiem uzturlīdzekļiem)',
		guardianFixed: 'Pabalsts aizbildnim mēnesī bērnam {{age, gen}} vecumā'
	},
	figures: {
		monthlyNow: 'Mēnesī tagad',
		total: 'Kopā no {{from, gen}}',
		until: 'Līdz'
	},
	summary: {
		parent: 'Minimālie uzturlīdzekļi ir {{monthly}} mēnesī; līdz {{until}} kopā {{total}}.',
		guardian: 'Pabalsts aizbildnim ir {{monthly}} mēnesī; līdz {{until}} kopā {{total}}.',
		notEligible: 'Bērns ir sasniedzis vecumu, līdz kuram šo apmēru nosaka.'
	},
	reasons: {
		overAge: {
			parent:
				'Bērnam ir {{age}}; minimālo uzturlīdzekļu apmēru nosaka līdz {{limit, gen}} vecumam. Pēc tam uzturlīdzekļi var pienākties, kamēr bērns mācās, bet to apmēru nosaka tiesa vai vienošanās.',
			guardian: 'Bērnam ir {{age}}; pabalstu aizbildnim maksā līdz {{limit, gen}} vecumam.'
		}
	},
	notices: {
		guardianReduced:
			'Ja par bērnu saņem apgādnieka zaudējuma pensiju, valsts sociālā nodrošinājuma pabalstu, uzturlīdzekļus no Uzturlīdzekļu garantiju fonda vai ģimenes valsts pabalstu, pabalstu aizbildnim var samazināt par šo summu (Labklājības ministrija) — kalkulators to neņem vērā.'
	}
} satisfies Messages;

export default lv;
