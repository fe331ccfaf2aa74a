import type { Messages } from '$lib/engine/calculator';

const lv = {
	title: 'Neto un bruto alga',
	question: 'Cik saņemšu “uz rokas” un cik maksās darba devējs?',
	intro:
		'Aprēķiniet vienas mēneša algas neto summu no bruto algas vai bruto algu, kas vajadzīga, lai saņemtu noteiktu neto summu. Aprēķins izmanto noteikumus, kas bija spēkā izvēlētajā datumā (no 2016. gada): sociālās iemaksas, neapliekamo minimumu, atvieglojumus un iedzīvotāju ienākuma nodokli. Jums vajadzēs algas summu un dažas ziņas par savu situāciju.',
	notCovered:
		'Kalkulators rēķina vienu mēnesi vienā darba vietā. Tas neaptver: ienākumus no vairākām darba vietām vienlaikus, gada ienākumu deklarāciju (augstāko gada likmi, papildu likmi, attaisnotos izdevumus), maksimālā iemaksu objekta sasniegšanu gada laikā, darbiniekus, kas apdrošināti citā valstī (A1 apliecība), mikrouzņēmumu nodokli, autoratlīdzību, uzņēmējdarbības riska valsts nodevu, slimības naudu un atvaļinājuma naudu. Jūsu VID prognozēto neapliekamo minimumu (2018–2024) un algas nodokļa grāmatiņu var redzēt VID Elektroniskās deklarēšanas sistēmā (eds.vid.gov.lv); jautājumus var uzdot VID (tālr. 6712 0000).',
	fields: {
		mode: {
			label: 'Ko vēlaties aprēķināt?',
			options: {
				'gross-to-net': { label: 'Neto algu no bruto algas' },
				'net-to-gross': { label: 'Bruto algu, lai saņemtu noteiktu neto summu' }
			}
		},
		amount: {
			what: 'summu mēnesī',
			label: 'Summa mēnesī',
			hint: 'Bruto alga — summa pirms nodokļiem, kā darba līgumā. Ja rēķināt bruto algu, ievadiet vēlamo neto summu “uz rokas”.',
			unit: '€'
		},
		category: {
			label: 'Darbinieka sociālās apdrošināšanas statuss',
			hint: 'No tā atkarīga sociālo iemaksu likme. Ja nezināt, izvēlieties pirmo.',
			options: {
				employee: { label: 'Darbinieks, apdrošināts visiem sociālās apdrošināšanas veidiem' },
				'employee-pension-age': { label: 'Darbinieks, kurš sasniedzis pensijas vecumu vai saņem vecuma pensiju' },
				'employee-service-pension': { label: 'Darbinieks, kurš saņem izdienas pensiju vai invalīda valsts speciālo pensiju' },
				'employee-prisoner': { label: 'Darbinieks, kurš strādā, izciešot brīvības atņemšanas sodu' },
				'employee-prisoner-pension-age': { label: 'Darbinieks pensijas vecumā, kurš strādā, izciešot brīvības atņemšanas sodu' }
			}
		},
		taxBook: {
			label: 'Vai algas nodokļa grāmatiņa ir iesniegta šim darba devējam?',
			hint: 'Tikai tur, kur ir grāmatiņa, piemēro neapliekamo minimumu un atvieglojumus (2018–2024 arī zemāko likmi).'
		},
		pension: {
			label: 'Vai darbinieks saņem pensiju?',
			hint: 'Pensijas saņēmējam neapliekamais minimums algai ir cits.'
		},
		dependants: {
			what: 'apgādājamo skaitu',
			label: 'Apgādībā esošo personu skaits',
			hint: 'Cik apgādājamo norādīts algas nodokļa grāmatiņā šajā darba vietā, piemēram, nepilngadīgi bērni.'
		},
		relief: {
			label: 'Papildu atvieglojums',
			options: {
				none: { label: 'Nav' },
				'disability-1-2': { label: 'I vai II invaliditātes grupa' },
				'disability-3': { label: 'III invaliditātes grupa' },
				repressed: { label: 'Politiski represētā persona vai nacionālās pretošanās kustības dalībnieks' }
			}
		},
		vidNtm: {
			what: 'VID prognozēto neapliekamo minimumu mēnesī',
			label: 'VID prognozētais mēneša neapliekamais minimums',
			hint: 'Tikai 2018.–2024. gadam. Summa ir jūsu algas nodokļa grāmatiņā EDS. Ja atstāsiet tukšu, to aptuveni aprēķināsim no šīs algas.',
			unit: '€'
		}
	},
	errors: {
		vidNtmAboveMax: 'Šajā periodā VID prognozētais neapliekamais minimums nevar būt lielāks par {{max}} mēnesī'
	},
	steps: {
		rates: 'Sociālo iemaksu likme darbiniekam',
		ratesDetail: '{{category}}: darbinieks maksā {{employee}}, darba devējs {{employer}} (kopā {{total}}).',
		employeeContributions: 'Darbinieka sociālās iemaksas',
		employeeContributionsDetail: '{{gross}} × {{rate}} = {{amount}}.',
		ntm: 'Neapliekamais minimums',
		ntmNoTaxBook: 'Algas nodokļa grāmatiņa nav iesniegta šim darba devējam, tāpēc neapliekamo minimumu un atvieglojumus nepiemēro.',
		ntmPensionNone:
			'Mēnešos, kad saņem pensiju, algai neapliekamo minimumu nepiemēro: pensionāra neapliekamo minimumu ({{pensionNtm}} mēnesī) piemēro pensijai.',
		ntmPensionShare:
			'Pensionāra neapliekamais minimums ir {{pensionNtm}} mēnesī; ja grāmatiņa ir pie darba devēja, algai piemēro {{available}}, pārējo — pensijai. Izmantots: {{applied}}.',
		ntmMonthlyMinimum:
			'Gada laikā darba devējs piemēro minimālo mēneša neapliekamo minimumu {{available}}. Lielāku gada diferencēto minimumu var saņemt gada ienākumu deklarācijā. Izmantots: {{applied}}.',
		ntmFixed: 'Neapliekamais minimums ir vienāds visiem: {{available}} mēnesī. Izmantots: {{applied}}.',
		ntmVidGiven: 'Izmantots jūsu ievadītais VID prognozētais neapliekamais minimums {{available}}. Izmantots: {{applied}}.',
		ntmEstimateMax:
			'Aptuvens aprēķins no šīs algas: alga {{gross}} nepārsniedz {{min}}, tāpēc piemērojams maksimālais neapliekamais minimums {{max}}.',
		ntmEstimateZero: 'Aptuvens aprēķins no šīs algas: alga {{gross}} sasniedz vai pārsniedz {{zero}}, tāpēc neapliekamais minimums ir 0.',
		ntmEstimateFormula:
			'Aptuvens aprēķins no šīs algas pēc perioda formulas: {{max}} − {{k}} × ({{gross}} − {{min}}) = {{available}}. Izmantots: {{applied}}.',
		dependants: 'Atvieglojums par apgādībā esošām personām',
		dependantsDetail: '{{n}} × {{per}} = {{available}}.',
		relief: 'Papildu atvieglojums',
		reliefDetail: '{{relief}}: {{available}} mēnesī.',
		taxable: 'Ar nodokli apliekamais ienākums',
		taxableDetail:
			'{{gross}} − {{contributions}} (iemaksas) − {{ntm}} (neapliekamais minimums) − {{reliefs}} (atvieglojumi) = {{taxable}} (ne mazāk par 0).',
		bracket: 'Ienākuma nodoklis {{rate}} — {{range}}',
		bracketDetail: '{{base}} × {{rate}}.',
		incomeTax: 'Iedzīvotāju ienākuma nodoklis',
		incomeTaxWithBook: 'Visu likmju daļu summa, noapaļota līdz centam.',
		incomeTaxWithoutBook: 'Bez algas nodokļa grāmatiņas piemēro {{rate}} visam apliekamajam ienākumam.',
		net: 'Izmaksājamā summa (neto)',
		netDetail: '{{gross}} − {{contributions}} − {{tax}} = {{net}}.',
		employerContributions: 'Darba devēja sociālās iemaksas',
		employerContributionsDetail: '{{gross}} × {{rate}} = {{amount}}.',
		employerCost: 'Darba devēja kopējās izmaksas',
		employerCostDetail: '{{gross}} + {{employer}} = {{cost}}.',
		cap: 'Maksimālais iemaksu objekts gadā',
		capDetail:
			'Ja šāda alga būtu visu gadu, gada laikā tiktu sasniegts maksimālais iemaksu objekts. Ienākumam virs tā iemaksu vietā maksā solidaritātes nodokli; gada laikā to ietur tādā pašā apmērā, tāpēc mēneša neto summa nemainās.',
		search: 'Meklētā bruto alga',
		searchOne: 'Bruto alga {{gross}} dod tieši {{net}} neto.',
		searchSeveral: 'Tieši {{net}} neto dod {{n}} bruto summas no {{from}} līdz {{to}} (centu noapaļošanas dēļ). Parādīta mazākā.',
		searchNone:
			'Centu noapaļošanas dēļ neviena bruto summa nedod tieši {{net}} neto. Parādīta mazākā bruto alga, kas dod vairāk: {{aboveGross}} → {{aboveNet}}.'
	},
	brackets: {
		all: 'viss apliekamais ienākums',
		above: 'daļa virs {{from}}',
		upTo: 'līdz {{upTo}}',
		between: 'no {{from}} līdz {{upTo}}'
	},
	ntmSources: {
		'no-tax-book': 'Nav piemērots (nav algas nodokļa grāmatiņas)',
		pensionNone: 'Nav piemērots (pensijas saņēmējs)',
		pensionShare: 'Pensionāra neapliekamā minimuma daļa',
		'monthly-minimum': 'Minimālais mēneša neapliekamais minimums',
		'vid-given': 'Jūsu ievadītais VID prognozētais',
		'vid-estimated': 'Aptuvens, aprēķināts no šīs algas',
		fixed: 'Fiksētais neapliekamais minimums'
	},
	notices: {
		reliefsNotUsed: 'Daļa neapliekamā minimuma vai atvieglojumu šajā mēnesī netika izmantota, jo ienākums pēc iemaksām bija mazāks.',
		ntmEstimated:
			'Neapliekamais minimums ir aptuvens: VID to prognozē no jūsu iepriekšējā perioda ienākumiem, nevis no šīs algas. Precīzo summu redzēsiet savā algas nodokļa grāmatiņā EDS; ievadiet to, lai aprēķins būtu precīzs.',
		vidNtmIgnored:
			'Jūsu ievadīto VID prognozēto neapliekamo minimumu šajā gadījumā neizmantojām: to piemēro tikai 2018.–2024. gadā, ja grāmatiņa ir pie šī darba devēja un darbinieks nesaņem pensiju.',
		pensionNtm: 'Pensionāra neapliekamo minimumu piemēro pensijai, ko izmaksā VSAA.',
		annualTopRate: 'Gada ienākumam virs {{threshold}} gada ienākumu deklarācijā piemēro {{rate}} likmi; mēneša ieturējums to neietver.',
		surcharge: 'Ja kopējais gada ienākums pārsniedz {{threshold}}, par pārsniegumu gada deklarācijā maksā papildu {{rate}}.',
		cap: 'Aprēķins pieņem, ka šogad maksimālais iemaksu objekts ({{cap}} gadā) vēl nav sasniegts.'
	},
	figures: {
		gross: 'Bruto alga',
		employeeContributions: 'Darbinieka sociālās iemaksas',
		ntmApplied: 'Piemērotais neapliekamais minimums',
		ntmSource: 'Neapliekamā minimuma avots',
		reliefs: 'Atvieglojumi',
		taxableIncome: 'Apliekamais ienākums',
		incomeTax: 'Iedzīvotāju ienākuma nodoklis',
		net: 'Neto alga',
		employerContributions: 'Darba devēja sociālās iemaksas',
		employerCost: 'Darba devēja kopējās izmaksas',
		highestGrossSameNet: 'Lielākā bruto alga ar tādu pašu neto',
		nearestBelowGross: 'Tuvākā mazākā bruto alga',
		nearestBelowNet: 'Tās neto',
		nearestAboveGross: 'Tuvākā lielākā bruto alga',
		nearestAboveNet: 'Tās neto'
	},
	tables: {
		brackets: { caption: 'Ienākuma nodoklis pa likmēm', range: 'Ienākuma daļa', rate: 'Likme', base: 'Summa', tax: 'Nodoklis' }
	},
	charts: {
		whereGrossGoes: 'Kur paliek bruto alga {{gross}}',
		net: 'Neto alga',
		incomeTax: 'Ienākuma nodoklis',
		employeeContributions: 'Darbinieka sociālās iemaksas'
	},
	summary: {
		grossToNet: 'No bruto algas {{gross}} jūs saņemsiet {{net}}; darba devējam tas izmaksās {{cost}}.',
		netToGross: 'Lai saņemtu {{net}}, bruto algai jābūt {{gross}}; darba devējam tas izmaksās {{cost}}.',
		noExact: 'Neviena bruto alga nedod tieši {{net}}: {{belowGross}} dod {{belowNet}}, bet {{aboveGross}} dod {{aboveNet}}.',
		noExactAbove: 'Neviena bruto alga nedod tieši {{net}}; tuvākā ir {{aboveGross}}, kas dod {{aboveNet}}.'
	},
	cannot: {
		rateNotSourced: 'Mūsu avotos nav šīs kategorijas iemaksu likmes sadalījuma (tabula “{{table}}”, no {{since}}). Jautājiet VID.'
	}
} satisfies Messages;

export default lv;
