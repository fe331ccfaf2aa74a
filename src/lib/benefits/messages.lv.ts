/**
 * Latviešu teksti, kas kopīgi visiem pabalstu kalkulatoriem (vidējā alga, iemaksu nosacījums,
 * pieprasīšanas termiņš, izmaksu grafiks). Tās pašas atslēgas kā messages.en.ts.
 */
export const sharedFieldsLv = {
	wageMode: {
		label: 'Kā norādīsiet savus ienākumus?',
		options: {
			monthly: { label: 'Viena vidējā mēneša summa', hint: 'Vidējā bruto alga mēnesī, no kuras maksātas sociālās iemaksas.' },
			list: { label: '12 mēnešu summas', hint: 'Vidējo algu aprēķināsim tāpat kā VSAA.' }
		}
	},
	averageWage: {
		what: 'vidējo mēneša iemaksu algu',
		label: 'Vidējā mēneša apdrošināšanas iemaksu alga',
		hint: 'Bruto alga pirms nodokļiem, no kuras maksātas sociālās iemaksas, vidēji mēnesī par 12 mēnešiem, kas beidzas divus mēnešus pirms gadījuma mēneša. To var redzēt latvija.gov.lv (VSAA e-pakalpojums par iemaksām).',
		unit: '€'
	},
	monthlyWages: {
		what: 'iemaksu algas par 12 mēnešiem',
		label: 'Iemaksu alga katrā no 12 mēnešiem',
		hint: 'Sāciet ar senāko mēnesi, katru summu jaunā rindā. Rezultātā redzēsiet, kuri tie ir mēneši. Mēnesim bez algas ierakstiet 0.'
	},
	months6: {
		what: 'mēnešu skaitu ar iemaksām pēdējos 6 mēnešos',
		label: 'Cik no pēdējiem 6 mēnešiem par jums maksātas sociālās iemaksas?',
		hint: 'Skaitiet 6 kalendāra mēnešus pirms gadījuma mēneša.',
		unit: 'mēneši'
	},
	months24: {
		what: 'mēnešu skaitu ar iemaksām pēdējos 24 mēnešos',
		label: 'Un cik no pēdējiem 24 mēnešiem?',
		hint: 'Skaitiet 24 kalendāra mēnešus pirms gadījuma mēneša.',
		unit: 'mēneši'
	}
};

export const sharedLv = {
	wage: {
		values: { period: '{{from}} – {{to}}' },
		figureFrom: 'Vidējā alga aprēķināta no mēneša',
		figureTo: 'līdz mēnesim',
		steps: {
			referencePeriod: 'Mēneši, no kuriem aprēķina vidējo algu',
			referencePeriodDetail: '{{length}} kalendāra mēneši, kas beidzas {{gap}} mēnešus pirms mēneša, kurā ir {{event}} ({{days}}).',
			average: 'Jūsu vidējā mēneša apdrošināšanas iemaksu alga',
			averageEntered: 'Jūs norādījāt {{monthly}} mēnesī; {{length}} mēnešos tas ir {{sum}}.',
			averageFromList: 'Norādīto {{count}} mēnešu summa: {{sum}}.',
			averageExcluded:
				'Mēnesi ar viszemāko algu ({{lowMonth}}, {{low}}) un mēnesi ar visaugstāko algu ({{highMonth}}, {{high}}) neņem vērā; pārējo {{keptMonths}} mēnešu summa ir {{kept}}, kas {{scaled}} mēnešiem atbilst {{sum}}.',
			daily: 'Vidējā apdrošināšanas iemaksu alga kalendāra dienā',
			dailyDetail: '{{sum}}, dalīts ar {{days, acc}}.',
			workingDay: 'Vidējā apdrošināšanas iemaksu alga darba dienā',
			workingDayDetail: '{{sum}}, dalīts ar {{weekdays, acc}} (pirmdienas–piektdienas periodā).'
		},
		table: { caption: 'Jūsu iemaksu alga pa mēnešiem', month: 'Mēnesis', amount: 'Iemaksu alga', used: 'Ņemts vērā vidējā algā' },
		notices: {
			zeroMonths:
				'Dažiem mēnešiem norādījāt 0. Ja tajos algas nebija slimības lapas B, grūtniecības un dzemdību, paternitātes vai bērna kopšanas atvaļinājuma dēļ, likums šīs dienas vidējā algā neieskaita, tāpēc pabalsts var būt lielāks. VSAA to aprēķinās pēc saviem datiem.',
			monthlyNoExclusion:
				'Bezdarbnieka pabalstam VSAA neņem vērā mēnesi ar viszemāko un mēnesi ar visaugstāko algu. Ar vienu vidējo summu to nevar izdarīt; precīzākam aprēķinam norādiet 12 mēnešu summas.'
		}
	},
	deceasedWage: {
		steps: { average: 'Mirušā vidējā mēneša apdrošināšanas iemaksu alga' }
	},
	condition: {
		step: 'Vai ir veiktas pietiekamas iemaksas?',
		detail:
			'Vajag vismaz {{need6}} iemaksu mēnešus pēdējos {{window6}} mēnešos (norādīti {{have6}}) vai vismaz {{need24}} pēdējos {{window24}} mēnešos (norādīti {{have24}}).',
		reasonShort: 'Jums ir {{have}} no {{need}} iemaksu mēnešiem, kas vajadzīgi pēdējos {{window}} mēnešos.',
		reasonLong: 'Jums ir {{have}} no {{need}} iemaksu mēnešiem, kas vajadzīgi pēdējos {{window}} mēnešos.'
	},
	claim: {
		step: 'Pabalsts jāpieprasa līdz',
		detail: '{{months}} mēnešu laikā no {{from}}',
		passed: 'Pieprasīšanas termiņš ({{deadline}}) bija pirms datuma, kuram rēķināt ({{asOf}}). Jautājiet VSAA, vai vēl varat pieprasīt.'
	},
	timeline: {
		caption: 'Izmaksu grafiks',
		chart: 'Izmaksātā summa pa periodiem',
		bar: '{{from}} – {{to}}',
		month: '{{month}}',
		columns: { from: 'No', to: 'Līdz', what: 'Kas tiek maksāts', days: 'Dienas', perDay: 'Dienā', amount: 'Summa' },
		calendarDays_zero: '{{count}} kalendāra dienas',
		calendarDays_one: '{{count}} kalendāra diena',
		calendarDays_other: '{{count}} kalendāra dienas',
		workingDays_zero: '{{count}} darba dienas',
		workingDays_one: '{{count}} darba diena',
		workingDays_other: '{{count}} darba dienas',
		notComputed: 'nav aprēķināts',
		oneOff: 'vienreizējs maksājums',
		notApplicable: '—'
	}
};
