/**
 * The calculators by life situation: what the home page shows, and what a later "what could I be
 * entitled to" check will walk through. Data only, in both languages; the ids are calculator folder
 * names (`src/lib/calculators/<id>/`). A unit test (`situations.test.ts`) fails when a calculator is in
 * no situation, a situation names an unknown calculator, or a calculator has no one-line summary.
 *
 * A calculator may sit under more than one situation (sickness benefit: illness, and a sick child);
 * within a situation the calculators are listed in the order people in it usually need them.
 */
import type { Localized } from '$lib/engine/tables';

export interface Situation {
	/** Stable, kebab-case: the page anchor (`#situation-<id>`) and the key a later check will use. */
	id: string;
	title: Localized;
	/** One sentence: what this situation's calculators answer. */
	description: Localized;
	/** Calculator ids, most needed first. */
	calculators: readonly string[];
}

export const SITUATIONS: readonly Situation[] = [
	{
		id: 'work-and-pay',
		title: { lv: 'Darbs un alga', en: 'Working and pay' },
		description: {
			lv: 'Cik saņemsiet “uz rokas”, cik jums jāsamaksā vismaz par nostrādātajām stundām un cik lieli ir nodokļi un sociālās iemaksas.',
			en: 'What you take home, the least you must be paid for your hours, and the taxes and social contributions on your pay.'
		},
		calculators: [
			'net-gross-salary',
			'minimum-pay-for-hours',
			'minimum-hourly-rate',
			'minimum-hourly-rate-year',
			'social-contributions',
			'annual-tax-free-minimum'
		]
	},
	{
		id: 'having-a-child',
		title: { lv: 'Bērna gaidīšana un audzināšana', en: 'Having a child' },
		description: {
			lv: 'Pabalsti pirms un pēc dzemdībām, par bērna kopšanu un audzināšanu, kā arī minimālie uzturlīdzekļi.',
			en: 'Benefits before and after the birth, for caring for and raising a child, and the minimum child maintenance.'
		},
		calculators: [
			'maternity-benefit',
			'paternity-benefit',
			'birth-grant',
			'parental-benefit',
			'childcare-benefit',
			'family-state-benefit',
			'sickness-benefit',
			'disabled-child-benefits',
			'child-maintenance'
		]
	},
	{
		id: 'illness-and-disability',
		title: { lv: 'Slimība un invaliditāte', en: 'Illness and disability' },
		description: {
			lv: 'Ko saņemat, kamēr slimojat, pēc nelaimes gadījuma darbā un ja jums vai jūsu bērnam ir invaliditāte.',
			en: 'What you get while you are ill, after an accident at work, and when you or your child has a disability.'
		},
		calculators: [
			'sickness-benefit',
			'work-injury-compensation',
			'minimum-disability-pension',
			'state-social-security-benefit',
			'disabled-child-benefits'
		]
	},
	{
		id: 'losing-a-job',
		title: { lv: 'Darba zaudēšana', en: 'Losing a job' },
		description: {
			lv: 'Bezdarbnieka pabalsts un nodoklis, ko varat atgūt, ja gada ienākumi ir sarukuši.',
			en: 'Unemployment benefit, and the tax you may get back when your income for the year fell.'
		},
		calculators: ['unemployment-benefit', 'annual-tax-free-minimum']
	},
	{
		id: 'retiring',
		title: { lv: 'Pensionēšanās', en: 'Retiring' },
		description: {
			lv: 'Kad varat saņemt vecuma pensiju, cik liela tā būs, kā to palielina indeksācija un cik paliek pēc nodokļa, kāds pabalsts pienākas, ja pensijas nav, un cik saņemsiet par darbu, saņemot pensiju.',
			en: 'When you can get the old-age pension, how much it will be, what indexation adds and what is left after tax, the benefit if you have no pension, and your pay if you work while receiving a pension.'
		},
		calculators: [
			'retirement-age',
			'old-age-pension',
			'pension-indexation',
			'pension-after-tax',
			'state-social-security-benefit',
			'net-gross-salary'
		]
	},
	{
		id: 'death-in-the-family',
		title: { lv: 'Tuvinieka nāve', en: 'A death in the family' },
		description: {
			lv: 'Apbedīšanas pabalsts, izmaksa mirušā pensionāra laulātajam un atbalsts tiem, kas zaudējuši apgādnieku.',
			en: 'The funeral benefit, the payment to a pensioner’s surviving spouse, and support for those who lost their provider.'
		},
		calculators: ['funeral-benefit', 'survivor-spouse-benefit', 'work-injury-compensation', 'state-social-security-benefit']
	}
];

/**
 * One line per calculator: what it answers, in words a person in the situation would use. Kept here,
 * not in the calculator's messages, so that the catalogue is one module.
 */
export const CALCULATOR_SUMMARIES: Readonly<Record<string, Localized>> = {
	'net-gross-salary': {
		lv: 'Neto alga no bruto un otrādi — ar nodokļiem, iemaksām un darba devēja izmaksām.',
		en: 'Net pay from gross and back, with the taxes, contributions and the employer’s cost.'
	},
	'minimum-pay-for-hours': {
		lv: 'Mazākā samaksa par nepilna laika darbu, nostrādātajām stundām vai summēto darba laiku.',
		en: 'The least pay for part-time work, for the hours worked, or for summed working time.'
	},
	'minimum-hourly-rate': {
		lv: 'Minimālā stundas tarifa likme izvēlētajā mēnesī un šī mēneša darba laika kalendārs.',
		en: 'The minimum hourly rate in a chosen month, with that month’s working-time calendar.'
	},
	'minimum-hourly-rate-year': {
		lv: 'Minimālās stundas tarifa likmes visiem gada mēnešiem vienā tabulā.',
		en: 'The minimum hourly rates for every month of a year in one table.'
	},
	'social-contributions': {
		lv: 'Sociālās apdrošināšanas iemaksas katrai maksātāju kategorijai — darbinieka un darba devēja daļa.',
		en: 'Social insurance contributions for each payer category: the employee’s and the employer’s share.'
	},
	'annual-tax-free-minimum': {
		lv: 'Gada diferencētais neapliekamais minimums un nodoklis, ko var atgūt gada ienākumu deklarācijā.',
		en: 'The annual differentiated non-taxable minimum, and the tax you can get back in the annual income return.'
	},
	'maternity-benefit': {
		lv: 'Pabalsts grūtniecības un dzemdību atvaļinājumā: cik liels un par kurām dienām.',
		en: 'The benefit for pregnancy and maternity leave: how much and for which days.'
	},
	'paternity-benefit': {
		lv: 'Pabalsts tēvam par atvaļinājumu pēc bērna piedzimšanas.',
		en: 'The benefit for the father’s leave after the child’s birth.'
	},
	'birth-grant': {
		lv: 'Vienreizējais pabalsts par bērna piedzimšanu vai aizbildnības nodibināšanu un termiņš tā pieprasīšanai.',
		en: 'The one-off grant for a birth or for taking on guardianship, and the deadline to claim it.'
	},
	'parental-benefit': {
		lv: 'Vecāku pabalsts pa mēnešiem īsākajā un garākajā variantā, arī ja strādājat, un termiņš tā pieprasīšanai.',
		en: 'The parental benefit month by month in the shorter and the longer option, also while you work, and the deadline to claim it.'
	},
	'childcare-benefit': {
		lv: 'Valsts pabalsts par maza bērna kopšanu: apmērs, ilgums un pieprasīšanas termiņš.',
		en: 'The state benefit for caring for a small child: the amount, how long, and the deadline to claim it.'
	},
	'family-state-benefit': {
		lv: 'Ģimenes valsts pabalsts un piemaksas par katru bērnu līdz pilngadībai vai mācību beigām.',
		en: 'The family state benefit and supplements for each child, until adulthood or the end of studies.'
	},
	'disabled-child-benefits': {
		lv: 'Piemaksa par bērnu ar invaliditāti un pabalsti par personas ar invaliditāti kopšanu.',
		en: 'The supplement for a child with a disability, and the benefits for caring for a person with a disability.'
	},
	'child-maintenance': {
		lv: 'Minimālie uzturlīdzekļi bērnam pēc viņa vecuma un pabalsts aizbildnim par bērna uzturēšanu.',
		en: 'The minimum child maintenance by the child’s age, and the guardian’s benefit for the child’s keep.'
	},
	'sickness-benefit': {
		lv: 'Slimības nauda no darba devēja un VSAA slimības pabalsts, arī kopjot slimu bērnu.',
		en: 'Sick pay from the employer and the VSAA sickness benefit, also when caring for a sick child.'
	},
	'work-injury-compensation': {
		lv: 'Atlīdzība pēc nelaimes gadījuma darbā vai arodslimības un par apgādnieka zaudējumu.',
		en: 'Compensation after a work accident or occupational disease, and for the loss of a provider.'
	},
	'minimum-disability-pension': {
		lv: 'Mazākā invaliditātes pensija katrai invaliditātes grupai.',
		en: 'The lowest disability pension for each disability group.'
	},
	'state-social-security-benefit': {
		lv: 'Pabalsts tiem, kam nav tiesību uz pensiju: pensijas vecumā, ar invaliditāti vai pēc apgādnieka zaudējuma.',
		en: 'The benefit for people with no right to a pension: at pension age, with a disability, or after losing a provider.'
	},
	'unemployment-benefit': {
		lv: 'Vai pienākas bezdarbnieka pabalsts, cik liels tas ir katrā posmā un cik ilgi to maksā.',
		en: 'Whether you can get unemployment benefit, how much in each stage, and for how long.'
	},
	'retirement-age': {
		lv: 'Kad varat saņemt vecuma pensiju — vispārējā kārtībā, priekšlaicīgi vai pēc īpašiem noteikumiem.',
		en: 'When you can get the old-age pension: in the general case, early, or under special rules.'
	},
	'old-age-pension': {
		lv: 'Cik liela būs vecuma pensija pēc likuma formulas — no algas, iemaksu algām pa gadiem vai uzkrātā kapitāla.',
		en: 'How much the old-age pension will be by the law’s formula — from your salary, your yearly wages or your capital.'
	},
	'pension-indexation': {
		lv: 'Cik pensija palielinājusies katrā indeksācijā kopš piešķiršanas un cik liela ir piemaksa par stāžu līdz 1996. gadam.',
		en: 'How much the pension grew at each indexation since it was granted, and the supplement for record before 1996.'
	},
	'pension-after-tax': {
		lv: 'Cik pensijas izmaksā pēc iedzīvotāju ienākuma nodokļa — mēnesī un gadā, ar pensionāra neapliekamo minimumu un atvieglojumiem.',
		en: 'How much of the pension is paid after income tax — a month and a year, with the pensioners’ non-taxable minimum and reliefs.'
	},
	'funeral-benefit': {
		lv: 'Apbedīšanas pabalsts tam, kurš kārto apbedīšanu, un termiņš tā pieprasīšanai.',
		en: 'The funeral benefit for whoever arranges the funeral, and the deadline to claim it.'
	},
	'survivor-spouse-benefit': {
		lv: 'Cik saņemsiet no mirušā laulātā pensijas, cik ilgi un līdz kuram datumam tas jāpieprasa.',
		en: 'What you get from your late spouse’s pension, for how long, and by when to claim it.'
	}
};

/** The situations a calculator is listed under, in page order (empty for an unknown id). */
export function situationsOf(calculatorId: string): Situation[] {
	return SITUATIONS.filter((s) => s.calculators.includes(calculatorId));
}
