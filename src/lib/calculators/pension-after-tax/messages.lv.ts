import type { Messages } from '$lib/engine/calculator';

const lv = {
	title: 'Pensija pēc nodokļa',
	question: 'Cik pensijas saņemšu pēc iedzīvotāju ienākuma nodokļa?',
	intro:
		'Uzziniet, cik no pensijas ietur iedzīvotāju ienākuma nodoklī un cik izmaksā — mēnesī un gadā. Vajadzīga pensija mēnesī (ar piemaksu, ja tāda ir), kur iesniegta algas nodokļa grāmatiņa un vai jums pienākas atvieglojums.',
	notCovered:
		'Kalkulators neaprēķina gada ienākumu deklarāciju (tajā nodoklis var būt citāds, piemēram, ja ir arī alga vai citi ienākumi), apgādājamo atvieglojumu, ārvalstu pensijas un pensijas no privātajiem fondiem. Jautājiet VSAA (tālrunis 8001 0021) vai VID.',
	fields: {
		pension: {
			what: 'pensiju mēnesī',
			label: 'Pensija mēnesī (bruto)',
			hint: 'Summa pirms nodokļa, kā VSAA lēmumā vai pēc pēdējās indeksācijas.',
			unit: '€'
		},
		supplement: {
			what: 'piemaksu pie pensijas',
			label: 'Piemaksa pie pensijas par stāžu līdz 1996. gadam (ja ir)',
			hint: 'Piemaksa ir daļa no apliekamā ienākuma. Ja tās nav, atstājiet tukšu.',
			unit: '€'
		},
		taxBook: {
			label: 'Kur iesniegta jūsu algas nodokļa grāmatiņa?',
			options: {
				vsaa: { label: 'VSAA (pensijas izmaksātājam)', hint: 'Parasti, ja nestrādājat vai ja tā izvēlējāties.' },
				employer: {
					label: 'Darba devējam',
					hint: 'No 2025. gada pensionāra neapliekamais minimums tad tiek dalīts starp pensiju un algu.'
				},
				none: { label: 'Nav iesniegta nekur' }
			}
		},
		relief: {
			label: 'Vai jums pienākas papildu atvieglojums?',
			options: {
				none: { label: 'Nē' },
				'disability-1-2': { label: 'I vai II invaliditātes grupa' },
				'disability-3': { label: 'III invaliditātes grupa' },
				repressed: { label: 'Politiski represēta persona vai nacionālās pretošanās kustības dalībnieks' }
			}
		}
	},
	steps: {
		gross: 'Pensija mēnesī pirms nodokļa',
		grossWithSupplement: 'Pensija ar piemaksu mēnesī pirms nodokļa',
		grossDetail: 'Pensija {{pension}} + piemaksa {{supplement}}.',
		ntm: 'Pensionāra neapliekamais minimums, ko piemēro pensijai {{month, loc}}',
		ntmDetail: 'Pensionāra neapliekamais minimums ir {{monthly}} mēnesī; piemēro ne vairāk par pensiju.',
		ntmSplit:
			'Pensionāra neapliekamais minimums ir {{monthly}} mēnesī; tā kā algas nodokļa grāmatiņa ir pie darba devēja, pensijai piemēro {{available}}, bet pārējo — algai.',
		relief: {
			applied: 'Papildu atvieglojums',
			notHere: 'Papildu atvieglojums pensijai netiek piemērots: to piemēro tur, kur iesniegta algas nodokļa grāmatiņa'
		},
		taxable: 'Ar nodokli apliekamā daļa',
		taxWithBook: 'Iedzīvotāju ienākuma nodoklis (grāmatiņa VSAA)',
		taxWithoutBook: 'Iedzīvotāju ienākuma nodoklis (grāmatiņa nav VSAA)',
		taxDetail0: 'Ar nodokli apliekamā daļa ir 0.',
		taxDetail1: '{{base1}} × {{rate1}}.',
		taxDetail2: '{{base1}} × {{rate1}} + {{base2}} × {{rate2}}.',
		net: 'Izmaksājamā pensija'
	},
	figures: {
		net: 'Izmaksā mēnesī',
		tax: 'Nodoklis mēnesī',
		annualNet: 'Izmaksā {{year}}. gadā',
		gross: 'Pensija pirms nodokļa',
		ntm: 'Neapliekamais minimums',
		annualTax: 'Nodoklis {{year}}. gadā'
	},
	table: {
		caption: 'Pensija pa mēnešiem {{year}}. gadā',
		month: 'Mēnesis',
		gross: 'Pensija, €',
		ntm: 'Neapliekamais minimums, €',
		tax: 'Nodoklis, €',
		net: 'Izmaksā, €'
	},
	chart: { title: 'Pensijas sadalījums mēnesī', net: 'Izmaksā', tax: 'Nodoklis' },
	summary: {
		result: 'No pensijas {{gross}} {{month, loc}} izmaksā {{net}}; nodoklis ir {{tax}}.'
	},
	notices: {
		reliefElsewhere: 'Papildu atvieglojumu piemēro tur, kur iesniegta algas nodokļa grāmatiņa; pensijai tas šeit nav piemērots.',
		annualReturn: 'Šis ir mēnesī ieturētais nodoklis. Gada ienākumu deklarācijā, ņemot vērā visus gada ienākumus, nodoklis var būt citāds.'
	}
} satisfies Messages;

export default lv;
