import type { Messages } from '$lib/engine/calculator';

const lv = {
	title: 'Gada neapliekamais minimums un nodokļa atmaksa',
	question: 'Cik liels bija mans gada neapliekamais minimums un cik nodokļa varu atgūt?',
	intro:
		'No 2016. līdz 2024. gadam neapliekamais minimums bija atkarīgs no gada ienākumiem: jo mazāki ienākumi, jo lielāks minimums. Gada laikā darba devējs piemēroja mazāku vai prognozētu summu, bet precīzo gada summu VID aprēķina gada ienākumu deklarācijā. Ievadiet gadu, savus gada ienākumus (bruto) un darba devēju piemēroto neapliekamo minimumu — aprēķināsim gada minimumu un aptuveno atmaksu. Datums, kuram rēķināt, šeit nav svarīgs.',
	notCovered:
		'Aprēķins neaptver: nepilnu gadu (mēnešus bez ienākumiem), ienākumus, kas nav darba alga, attaisnotos izdevumus (izglītība, ārstniecība, ziedojumi), atvieglojumus par apgādājamiem un citus atvieglojumus, kā arī pensiju. Precīzu summu aprēķina VID, kad iesniedzat gada ienākumu deklarāciju EDS (eds.vid.gov.lv); jautājumi — VID, tālr. 6712 0000.',
	fields: {
		year: { what: 'taksācijas gadu', label: 'Gads', hint: 'Taksācijas gads, piemēram, 2023' },
		income: {
			what: 'gada ienākumus pirms nodokļiem',
			label: 'Gada ienākumi (bruto)',
			hint: 'Visa gada ar nodokli apliekamie ienākumi pirms nodokļiem, piemēram, 12 × mēnešalga.',
			unit: '€'
		},
		incomeH1: {
			what: 'ienākumus no 1. janvāra līdz 30. jūnijam',
			label: 'Ienākumi no 1. janvāra līdz 30. jūnijam (bruto)',
			hint: 'Šajā gadā katru pusgadu rēķina atsevišķi.',
			unit: '€'
		},
		incomeH2: { what: 'ienākumus no 1. jūlija līdz 31. decembrim', label: 'Ienākumi no 1. jūlija līdz 31. decembrim (bruto)', unit: '€' },
		applied: {
			what: 'gadā piemēroto neapliekamo minimumu',
			label: 'Gada laikā piemērotais neapliekamais minimums',
			hint: 'Visu mēnešu summa, ko piemēroja darba devējs (piemēram, 2016. gadā 12 × 75 = 900). Redzams algas nodokļa grāmatiņā vai algas lapiņās.',
			unit: '€'
		},
		contributions: {
			what: 'darbinieka sociālās iemaksas gadā',
			label: 'Darbinieka sociālās iemaksas gadā',
			hint: 'Ja atstāsiet tukšu, aprēķināsim tās pēc vispārējās likmes.',
			unit: '€'
		}
	},
	steps: {
		fixed: 'Neapliekamais minimums {{year}}. gadā',
		fixedDetail:
			'Šajā gadā neapliekamais minimums ir fiksēts: {{monthly}} mēnesī jeb {{annual}} gadā, neatkarīgi no ienākumiem. Gada diferencētā minimuma nav.',
		year: 'Gada diferencētais neapliekamais minimums',
		halfYear: '{{n}}. pusgada diferencētais neapliekamais minimums',
		periodMax: 'Ienākumi {{income}} nepārsniedz {{min}}, tāpēc piemēro maksimālo summu {{max}}.',
		periodFloor: 'Ienākumi {{income}} sasniedz vai pārsniedz {{zero}}, tāpēc piemēro tikai {{floor}}.',
		periodFormula: '{{max}} − {{k}} × ({{income}} − {{min}}) = {{result}}.',
		annualNtm: 'Gada neapliekamais minimums kopā',
		annualNtmSum: 'Abu pusgadu summa.',
		difference: 'Neizmantotais neapliekamais minimums',
		differenceDetail: '{{annual}} − {{applied}} = {{difference}}.',
		overApplied: 'Gada laikā piemērots vairāk, nekā pienākas',
		overAppliedDetail:
			'{{applied}} − {{annual}} = {{difference}}: darba devējs gada laikā piemēroja vairāk neapliekamā minimuma, nekā pienākas par gadu.',
		contributionsEstimated: 'Darbinieka sociālās iemaksas (aptuveni)',
		contributionsEstimatedDetail: '{{income}} × {{rate}}.',
		contributionsGiven: 'Darbinieka sociālās iemaksas (jūsu ievadītās)',
		baseApplied: 'Apliekamais ienākums ar gada laikā piemēroto minimumu',
		baseAnnual: 'Apliekamais ienākums ar gada diferencēto minimumu',
		baseDetail: '{{income}} − {{contributions}} − {{ntm}} = {{base}} (ne mazāk par 0).',
		refund: 'Aptuvenā nodokļa atmaksa',
		extraTax: 'Aptuveni jāpiemaksā nodoklis',
		refundDetail: 'Nodoklis pēc gada likmēm: {{taxApplied}} − {{taxAnnual}}.'
	},
	ranges: {
		all: 'viss ienākums',
		above: 'daļa virs {{from}}',
		upTo: 'līdz {{upTo}}',
		between: 'no {{from}} līdz {{upTo}}'
	},
	tables: {
		annualBrackets: {
			caption: 'Gada nodoklis pa likmēm {{year}}. gadā',
			range: 'Ienākuma daļa',
			rate: 'Likme',
			taxApplied: 'Ar piemēroto minimumu',
			taxAnnual: 'Ar gada minimumu'
		}
	},
	figures: {
		fixedMonthly: 'Neapliekamais minimums mēnesī',
		fixedAnnual: 'Neapliekamais minimums gadā',
		annualNtm: 'Gada diferencētais neapliekamais minimums',
		applied: 'Gada laikā piemērots',
		difference: 'Starpība',
		overApplied: 'Piemērots vairāk, nekā pienākas',
		refund: 'Aptuvenā atmaksa',
		extraTax: 'Aptuveni jāpiemaksā'
	},
	summary: {
		fixed: '{{year}}. gadā diferencētā neapliekamā minimuma nav: visiem piemēro fiksētu {{monthly}} mēnesī ({{annual}} gadā).',
		refund:
			'Jūsu {{year}}. gada diferencētais neapliekamais minimums ir {{annual}}; gada ienākumu deklarācijā varat atgūt aptuveni {{refund}}.',
		extraTax:
			'Jūsu {{year}}. gada diferencētais neapliekamais minimums ir {{annual}}; gada laikā piemērots vairāk, tāpēc deklarācijā būs jāpiemaksā aptuveni {{tax}}.',
		none: 'Jūsu {{year}}. gada diferencētais neapliekamais minimums ir {{annual}}; tas ir tieši izmantots, atmaksas nav.'
	},
	notices: {
		fixed:
			'Ja darba devējs fiksēto minimumu nav piemērojis (piemēram, nebija iesniegta algas nodokļa grāmatiņa), jautājiet VID, kā to ņem vērā gada deklarācijā.',
		contributionsEstimated: 'Sociālās iemaksas aprēķinātas pēc vispārējās darbinieka likmes; ievadiet savas, ja tās atšķiras.',
		otherIncome: 'Aprēķins ir aptuvens: citi ienākumi, atvieglojumi un attaisnotie izdevumi maina gala summu.'
	},
	cannot: {
		income: 'Ievadiet gada ienākumus.',
		halfYearIncomes: 'Šajā gadā ievadiet katra pusgada ienākumus atsevišķi.'
	}
} satisfies Messages;

export default lv;
