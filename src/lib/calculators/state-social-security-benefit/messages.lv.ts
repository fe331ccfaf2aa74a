import type { Messages } from '$lib/engine/calculator';
import { sharedLv } from '$lib/state-benefits/messages';

const lv = {
	...sharedLv,
	title: 'Valsts sociālā nodrošinājuma pabalsts',
	question: 'Vai man pienākas valsts sociālā nodrošinājuma pabalsts un cik liels tas ir?',
	intro:
		'Valsts sociālā nodrošinājuma pabalstu maksā tiem, kam nav tiesību uz valsts pensiju: pensijas vecuma personām, personām ar invaliditāti un bērniem, kuri zaudējuši apgādnieku. Aprēķiniet tā apmēru jebkurā datumā kopš 2016. gada.',
	notCovered:
		'Kalkulators nerēķina valsts pensijas (to dara citi kalkulatori), Černobiļas AES seku likvidētāju pabalstus un pabalstus asistenta pakalpojumam. Tas nepārbauda dzīvesvietas un citus nosacījumus, ko vērtē VSAA. Jautājiet VSAA (tālrunis 8001 0021).',
	fields: {
		category: {
			label: 'Kam pabalsts paredzēts?',
			options: {
				'pension-age': {
					label: 'Personai, kura sasniegusi pensionēšanās vecumu',
					hint: 'Ja nav vecuma pensijas, piemēram, par maz apdrošināšanas stāža.'
				},
				disability: { label: 'Personai ar invaliditāti', hint: 'Pēc 18 gadu vecuma, ja nav tiesību uz invaliditātes pensiju.' },
				survivor: { label: 'Bērnam, kurš zaudējis apgādnieku', hint: 'Ja nav tiesību uz apgādnieka zaudējuma pensiju.' }
			}
		},
		hasPension: { label: 'Vai šai personai ir tiesības uz valsts pensiju vai apdrošināšanas atlīdzību?', hint: 'Ja ir, pabalstu nemaksā.' },
		reachedPensionAge: {
			label: 'Vai persona ir sasniegusi pensionēšanās vecumu?',
			hint: 'Vecumu var uzzināt kalkulatorā «Pensionēšanās vecums».'
		},
		birthDate: {
			what: 'pabalsta saņēmēja dzimšanas datumu',
			label: 'Dzimšanas datums (personai, kas saņems pabalstu)'
		},
		group: {
			label: 'Invaliditātes grupa',
			options: {
				I: { label: 'I grupa' },
				II: { label: 'II grupa' },
				III: { label: 'III grupa' }
			}
		},
		sinceChildhood: { label: 'Vai invaliditāte ir kopš bērnības?' },
		working: {
			label: 'Vai persona strādā (ir darba ņēmējs vai pašnodarbinātais)?',
			hint: 'No 2021. gada I un II grupai, ja nestrādā, pabalsts ir lielāks.'
		},
		study: {
			label: 'Vai bērns mācās?',
			options: {
				none: { label: 'Nemācās', hint: 'Pabalsts līdz 18 gadiem.' },
				school: { label: 'Vispārējās vai profesionālās izglītības iestādē', hint: 'Līdz 20 gadiem.' },
				higher: { label: 'Augstskolā', hint: 'Līdz 24 gadiem.' }
			}
		}
	},
	steps: {
		pensionAge: 'Pabalsts pensijas vecuma personai mēnesī',
		base: 'Pabalsts personai ar invaliditāti (III grupa) mēnesī',
		baseChildhood: 'Pabalsts personai ar invaliditāti kopš bērnības (III grupa) mēnesī',
		group: 'Pabalsts {{group}} grupai',
		groupDetail: 'Ja strādā — {{working}}, ja nestrādā — {{notWorking}}.',
		working: 'Strādā',
		adult: 'Pabalstu personai ar invaliditāti piešķir no',
		under7: 'Pabalsts mēnesī līdz septiņu gadu vecumam ({{date}})',
		from7: 'Pabalsts mēnesī no septiņu gadu vecuma',
		survivorUntil: 'Maksā līdz'
	},
	figures: {
		monthly: 'Mēnesī',
		monthlyNow: 'Mēnesī tagad',
		total: 'Kopā līdz vecuma robežai',
		until: 'Līdz'
	},
	groups: {
		caption: '{{table}}: apmēri {{date}}',
		group: 'Grupa',
		working: 'Ja strādā',
		notWorking: 'Ja nestrādā'
	},
	summary: {
		monthly: 'Pabalsts ir {{monthly}} mēnesī.',
		disability: 'Pabalsts {{group}} grupai ir {{monthly}} mēnesī.',
		survivor: 'Pabalsts ir {{monthly}} mēnesī, līdz {{until}} kopā {{total}}.',
		notEligible: 'Pēc ievadītajām ziņām valsts sociālā nodrošinājuma pabalsts nepienākas.'
	},
	reasons: {
		hasPension: 'Pabalstu maksā tikai tad, ja nav tiesību uz valsts pensiju vai apdrošināšanas atlīdzību.',
		notPensionAge: 'Pensijas vecuma personai pabalstu piešķir tikai pēc pensionēšanās vecuma sasniegšanas.',
		underAge: 'Personai ir {{age}}; personai ar invaliditāti pabalstu piešķir no {{limit, gen}} vecuma ({{from}}).',
		survivorAge: 'Bērnam ir {{age}}; pabalstu maksāja līdz {{until}} (ieskaitot).'
	},
	notices: {
		pensionAge: 'Pensionēšanās vecumu un vajadzīgo apdrošināšanas stāžu aprēķina kalkulators «Pensionēšanās vecums».',
		workingChanges: 'Ja persona sāk vai beidz strādāt, pabalsta apmērs mainās.'
	}
} satisfies Messages;

export default lv;
