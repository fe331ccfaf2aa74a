import type { SourceId } from './sources';
import type { Text } from './types';

/**
 * Terms the calculators use, in both languages. A term may point to the rule table that holds its
 * values (`table`, shown with that table's legal basis) and to the pages that explain it.
 */
export interface Term {
	id: string;
	term: Text;
	/** A short form people meet on forms and letters (VSNP, VSAOI, G). */
	abbr?: string;
	definition: Text;
	sources: SourceId[];
	/** Rule table ids whose legal basis is shown with the term. */
	tables?: string[];
}

export const GLOSSARY: Term[] = [
	{
		id: 'insurance-record',
		term: { lv: 'Apdrošināšanas stāžs', en: 'Insurance record' },
		definition: {
			lv: 'Laiks, par kuru par jums ir veiktas sociālās apdrošināšanas iemaksas (no 1996. gada), kopā ar darba stāžu un tam pielīdzinātajiem periodiem līdz 1995. gada beigām. No tā atkarīgas tiesības uz vecuma pensiju un bezdarbnieka pabalstu un to apmērs.',
			en: 'The time for which social insurance contributions were paid for you (from 1996), together with work and equivalent periods up to the end of 1995. It decides whether you can get the old-age pension and the unemployment benefit, and how much.'
		},
		sources: ['recordBefore1996', 'pensionPortal'],
		tables: ['pension/minimum-record-general']
	},
	{
		id: 'contribution-wage',
		term: { lv: 'Apdrošināšanas iemaksu alga', en: 'Contribution wage' },
		abbr: 'iemaksu alga',
		definition: {
			lv: 'Alga (vai pašnodarbinātā ienākumi), no kuras aprēķinātas sociālās apdrošināšanas iemaksas. Pabalstus aprēķina no vidējās iemaksu algas noteiktā laikā pirms pabalsta pieprasīšanas.',
			en: 'The pay (or self-employed income) on which social insurance contributions were worked out. Benefits are worked out from the average contribution wage over a set period before the claim.'
		},
		sources: ['parental', 'firstPillarCapital'],
		tables: ['benefits/average-wage-reference-period']
	},
	{
		id: 'contributions',
		term: { lv: 'Valsts sociālās apdrošināšanas obligātās iemaksas', en: 'Compulsory state social insurance contributions' },
		abbr: 'VSAOI',
		definition: {
			lv: 'Obligātais maksājums no darba ienākumiem, ko maksā darba devējs un darba ņēmējs (vai pašnodarbinātais). Tas dod tiesības uz pensiju un sociālās apdrošināšanas pabalstiem.',
			en: 'The compulsory payment on earnings, paid by the employer and the employee (or the self-employed). It gives the right to a pension and to social insurance benefits.'
		},
		sources: ['firstPillarCapital', 'pensionPortal'],
		tables: ['social-insurance/rate-employee']
	},
	{
		id: 'socially-insured',
		term: { lv: 'Sociāli apdrošināta persona', en: 'Socially insured person' },
		definition: {
			lv: 'Darba ņēmējs vai pašnodarbinātais, par kuru veic sociālās apdrošināšanas iemaksas. Slimības, maternitātes, paternitātes un vecāku pabalstu saņem tikai apdrošinātas personas.',
			en: 'An employee or self-employed person for whom social insurance contributions are paid. Only insured people get the sickness, maternity, paternity and parental benefits.'
		},
		sources: ['a1Explained', 'parental']
	},
	{
		id: 'non-taxable-minimum',
		term: { lv: 'Neapliekamais minimums', en: 'Non-taxable minimum' },
		definition: {
			lv: 'Ienākumu daļa, no kuras neietur iedzīvotāju ienākuma nodokli. Darba algai to piemēro tikai tur, kur iesniegta algas nodokļa grāmatiņa.',
			en: 'The part of income on which no personal income tax is withheld. On a salary it is applied only by the employer who holds your tax book.'
		},
		sources: [],
		tables: ['tax/non-taxable-minimum', 'tax/pensioner-non-taxable-minimum']
	},
	{
		id: 'tax-book',
		term: { lv: 'Algas nodokļa grāmatiņa', en: 'Tax book' },
		definition: {
			lv: 'Ieraksts VID Elektroniskās deklarēšanas sistēmā, kas norāda, kuram darba devējam jāpiemēro jūsu neapliekamais minimums un atvieglojumi (par apgādājamiem, invaliditāti). To var iesniegt tikai vienam darba devējam.',
			en: 'A record in the State Revenue Service’s e-filing system telling which employer applies your non-taxable minimum and reliefs (for dependants, disability). Only one employer can hold it.'
		},
		sources: [],
		tables: ['tax/dependant-relief']
	},
	{
		id: 'vsnp',
		term: { lv: 'Valsts sociālā nodrošinājuma pabalsts', en: 'State social security benefit' },
		abbr: 'VSNP',
		definition: {
			lv: 'Pabalsts cilvēkiem, kam nav tiesību uz pensiju: pēc pensijas vecuma, ar invaliditāti vai apgādnieka zaudējuma gadījumā. Tā apmērs ir arī pamats citiem pabalstiem.',
			en: 'A benefit for people who have no right to a pension: after pension age, with a disability, or after losing a breadwinner. Its amount is also the basis for other benefits.'
		},
		sources: [],
		tables: ['state-benefits/vsnp-pension-age', 'state-benefits/vsnp-conditions']
	},
	{
		id: 'g',
		term: { lv: 'Plānotais vecuma pensijas izmaksas laiks', en: 'Planned pension payment period' },
		abbr: 'G',
		definition: {
			lv: 'Gadu skaits, cik ilgi vidēji izmaksās vecuma pensiju, ja to piešķir noteiktā vecumā. Pensiju aprēķina, uzkrāto kapitālu dalot ar G; to nosaka katram gadam un vecumam.',
			en: 'The number of years the old-age pension is expected to be paid on average when it is granted at a given age. The pension is the accumulated capital divided by G; G is set for each year and age.'
		},
		sources: ['gValues']
	},
	{
		id: 'first-pillar',
		term: { lv: 'Pensiju 1. līmeņa kapitāls', en: 'First-pillar pension capital' },
		definition: {
			lv: 'Jūsu kontā reģistrētās pensiju apdrošināšanas iemaksas kopš 1996. gada, katru gadu indeksētas pēc algu pieauguma valstī. No tā aprēķina vecuma pensiju.',
			en: 'The pension contributions recorded in your account since 1996, indexed each year to the growth of wages in the country. The old-age pension is worked out from it.'
		},
		sources: ['firstPillarCapital']
	},
	{
		id: 'sick-leave-b',
		term: { lv: 'Darbnespējas lapa B', en: 'Sick-leave certificate B' },
		definition: {
			lv: 'Ārsta izsniegta darbnespējas lapa, pēc kuras VSAA maksā slimības pabalstu (slimības 10. dienā vai vēlāk, slimam bērnam no pirmās dienas) vai maternitātes pabalstu.',
			en: 'The sick-leave certificate issued by a doctor on which VSAA pays sickness benefit (from the 10th day of illness, or from the first day for a sick child) or maternity benefit.'
		},
		sources: ['maternity', 'sicknessDecision'],
		tables: ['benefits/sickness-benefit']
	},
	{
		id: 'unemployed-status',
		term: { lv: 'Bezdarbnieka statuss', en: 'Unemployed status' },
		definition: {
			lv: 'Statuss, ko piešķir Nodarbinātības valsts aģentūra; tikai ar to var saņemt bezdarbnieka pabalstu.',
			en: 'The status granted by the State Employment Agency (NVA); only with it can you get the unemployment benefit.'
		},
		sources: ['unemployedStatus', 'unemployment']
	},
	{
		id: 'minimum-wage',
		term: { lv: 'Minimālā mēneša darba alga', en: 'Minimum monthly wage' },
		definition: {
			lv: 'Mazākā alga par pilnu darba laiku mēnesī, ko nosaka Ministru kabinets. No tās aprēķina arī minimālo stundas likmi.',
			en: 'The lowest pay for a full-time month, set by the Cabinet of Ministers. The minimum hourly rate is worked out from it.'
		},
		sources: [],
		tables: ['labour/minimum-monthly-wage']
	},
	{
		id: 'a1',
		term: { lv: 'A1 sertifikāts', en: 'A1 certificate' },
		definition: {
			lv: 'Dokuments, kas apliecina, kuras valsts sociālās apdrošināšanas tiesības uz jums attiecas, strādājot citā ES/EEZ valstī vai Šveicē. Latvijā to izsniedz VSAA.',
			en: 'A document showing which country’s social security law applies to you when you work in another EU/EEA country or Switzerland. In Latvia VSAA issues it.'
		},
		sources: ['a1Vsaa', 'a1Card']
	},
	{
		id: 'ehic',
		term: { lv: 'Eiropas veselības apdrošināšanas karte', en: 'European Health Insurance Card' },
		abbr: 'EVAK / EHIC',
		definition: {
			lv: 'Bezmaksas karte, ar kuru, īslaicīgi uzturoties citā ES/EEZ valstī vai Šveicē, var saņemt neatliekamo un nepieciešamo valsts apmaksāto veselības aprūpi. Latvijā to izsniedz Nacionālais veselības dienests.',
			en: 'A free card that gives necessary and emergency state-provided health care during a temporary stay in another EU/EEA country or Switzerland. In Latvia the National Health Service (NVD) issues it.'
		},
		sources: ['ehic']
	}
];
