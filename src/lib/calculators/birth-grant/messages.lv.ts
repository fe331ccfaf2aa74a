import type { Messages } from '$lib/engine/calculator';
import { sharedLv } from '$lib/state-benefits/messages';

const lv = {
	...sharedLv,
	title: 'Bērna piedzimšanas pabalsts',
	question: 'Vai man pienākas bērna piedzimšanas pabalsts, cik liels un līdz kuram datumam tas jāpieprasa?',
	intro:
		'Uzziniet vienreizējā valsts bērna piedzimšanas pabalsta apmēru un termiņu, kurā tas jāpieprasa Valsts sociālās apdrošināšanas aģentūrā (VSAA). Vajadzīgs bērna dzimšanas datums (aizbildnim — arī aizbildnības nodibināšanas datums). Aprēķina datumu uzskatām par dienu, kurā pabalstu pieprasāt.',
	notCovered:
		'Kalkulators nerēķina pašvaldību piedzimšanas pabalstus, maternitātes, paternitātes un vecāku pabalstu, kā arī adopcijas atlīdzības. Par savu gadījumu jautājiet VSAA (tālrunis 8001 0021) vai pieprasiet pabalstu portālā latvija.gov.lv.',
	fields: {
		event: {
			label: 'Kāpēc pieprasāt pabalstu?',
			options: {
				birth: { label: 'Piedzima bērns', hint: 'Pabalstu saņem viens no vecākiem.' },
				guardianship: { label: 'Bērnu ņēmu aizbildnībā', hint: 'Ja bērns aizbildnībā ņemts, pirms viņam apritējis gads.' }
			}
		},
		birthDate: {
			what: 'bērna dzimšanas datumu',
			label: 'Bērna dzimšanas datums',
			hint: 'Ja bērns vēl nav dzimis, ievadiet gaidāmo datumu.'
		},
		guardianshipDate: {
			what: 'aizbildnības nodibināšanas datumu',
			label: 'Aizbildnības nodibināšanas datums',
			hint: 'Datums bāriņtiesas lēmumā.'
		},
		children: {
			what: 'piedzimušo bērnu skaitu',
			label: 'Cik bērnu piedzima?',
			hint: 'Dvīņiem — 2. Pabalstu maksā par katru bērnu. Ja tukšs — 1.',
			unit: 'bērni'
		},
		resident: {
			label: 'Vai jūs un bērns pastāvīgi dzīvojat Latvijā un jums ir Latvijas personas kods?',
			hint: 'Pabalstu nepiešķir personām ar termiņuzturēšanās atļauju.'
		}
	},
	errors: {
		guardianshipBeforeBirth: 'Aizbildnības datums nevar būt pirms bērna dzimšanas datuma'
	},
	steps: {
		guardianshipAge: 'Bērna vecums aizbildnības nodibināšanas dienā',
		guardianshipAgeDetail: 'Aizbildnim pabalsts pienākas, ja bērns aizbildnībā ņemts, pirms sasniedzis {{limit}}.',
		rightDate: 'Diena, kad rodas tiesības uz pabalstu',
		rightDateBirth: 'Bērna {{day}}. dzīvības diena (dzimšanas diena {{birth}} ir 1. diena).',
		rightDateGuardianship: 'Aizbildnības nodibināšanas diena.',
		amount: 'Pabalsts par vienu bērnu, kas spēkā {{date}}',
		total: 'Pabalsts kopā',
		totalDetail: '{{amount}} × {{children}}.',
		deadline: 'Pieprasīt līdz',
		deadlineDetail: 'Termiņš — {{months}}, skaitot no {{from}}'
	},
	figures: {
		amount: 'Par vienu bērnu',
		total: 'Kopā',
		rightFrom: 'Var pieprasīt no',
		claimDeadline: 'Jāpieprasa līdz'
	},
	summary: {
		future: 'Jums pienāksies {{total}}. Pabalstu varēs pieprasīt laikā no {{from}} līdz {{until}} (ieskaitot).',
		now: 'Jums pienākas {{total}}. Pieprasiet pabalstu VSAA līdz {{until}} (ieskaitot).',
		notEligible: 'Pēc ievadītajām ziņām bērna piedzimšanas pabalsts jums nepienākas.'
	},
	reasons: {
		resident: 'Pabalstu piešķir tikai personām, kas pastāvīgi dzīvo Latvijā un kam (un bērnam) ir personas kods.',
		guardianshipAge:
			'Aizbildnības nodibināšanas dienā bērnam bija {{age}}, bet pabalsts pienākas tikai tad, ja bērns aizbildnībā ņemts, pirms sasniedzis {{limit}} ({{date}}).',
		late: 'Pabalsts bija jāpieprasa līdz {{deadline}}; jūsu norādītais datums ir {{days}} vēlāk. Nokavētu pabalstu nepiešķir.'
	},
	notices: {
		safeDeadline: 'Labklājības ministrija termiņu skaita no bērna dzimšanas dienas — drošāk to pieprasīt līdz {{date}} (ieskaitot).'
	}
} satisfies Messages;

export default lv;
