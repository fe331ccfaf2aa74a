/**
 * Strings shared by the state-benefit calculators (the timeline table and chart, the claim
 * period). Each calculator spreads them into its own namespace, so a Msg key `timeline.caption`
 * resolves in the calculator's messages.
 */
export const sharedLv = {
	timeline: {
		caption: 'Izmaksas pa mēnešiem',
		from: 'No',
		to: 'Līdz',
		months: 'Mēneši',
		perMonth: 'Mēnesī',
		total: 'Kopā',
		chart: 'Kopā pa kalendāra gadiem',
		year: '{{year}}',
		stopped: 'Grafiks beidzas {{last}}, jo tālākiem mēnešiem noteikumi nav zināmi. {{why}}',
		step: 'Izmaksas pa mēnešiem',
		stepDetail: '{{months}} ar izmaksu; nepilnā mēnesī summa ir proporcionāla dienām, kurās ir tiesības.',
		future: 'Nākotnes mēnešiem izmantoti šodien zināmie noteikumi; ja likumu grozīs, apmērs var mainīties.'
	},
	claim: {
		late: 'Pieprasot {{claim}}, pabalstu piešķir tikai no {{from}} — par {{months}} pirms pieprasīšanas dienas.'
	}
};

export const sharedEn: typeof sharedLv = {
	timeline: {
		caption: 'Payments month by month',
		from: 'From',
		to: 'To',
		months: 'Months',
		perMonth: 'Per month',
		total: 'Total',
		chart: 'Total per calendar year',
		year: '{{year}}',
		stopped: 'The schedule stops on {{last}} because the rules for later months are not known. {{why}}',
		step: 'Payments month by month',
		stepDetail: '{{months}} with a payment; in a part month the amount is in proportion to the days with a right.',
		future: 'Future months use the rules known today; if the law is amended, the amounts may change.'
	},
	claim: {
		late: 'If you claim on {{claim}}, the benefit is granted only from {{from}} — for {{months}} before the day of the claim.'
	}
};
