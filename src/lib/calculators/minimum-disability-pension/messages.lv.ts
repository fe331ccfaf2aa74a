import type { Messages } from '$lib/engine/calculator';
import { sharedLv } from '$lib/state-benefits/messages';

const lv = {
	...sharedLv,
	title: 'Minimālā invaliditātes pensija',
	question: 'Cik liela ir minimālā invaliditātes pensija manai invaliditātes grupai?',
	intro:
		'Uzziniet minimālo invaliditātes pensiju pēc invaliditātes grupas un tā, vai invaliditāte ir kopš bērnības, jebkurā datumā kopš 2016. gada. Ja zināt savu aprēķināto pensiju, redzēsiet, vai to paaugstina līdz minimumam.',
	notCovered:
		'Kalkulators neaprēķina pašu invaliditātes pensiju no apdrošināšanas iemaksām un stāža, piemaksas par stāžu līdz 1996. gadam un indeksāciju. Jautājiet VSAA (tālrunis 8001 0021).',
	fields: {
		group: {
			label: 'Invaliditātes grupa',
			options: { I: { label: 'I grupa' }, II: { label: 'II grupa' }, III: { label: 'III grupa' } }
		},
		sinceChildhood: { label: 'Vai invaliditāte ir kopš bērnības?' },
		pension: {
			what: 'aprēķināto invaliditātes pensiju',
			label: 'Jūsu aprēķinātā invaliditātes pensija (ja zināt)',
			hint: 'Summa VSAA lēmumā, euro mēnesī. Var atstāt tukšu.',
			unit: '€'
		}
	},
	steps: {
		base: 'Minimālās pensijas aprēķina bāze',
		baseChildhood: 'Minimālās pensijas aprēķina bāze personām ar invaliditāti kopš bērnības',
		coefficient: 'Koeficients {{group}} grupai',
		minimum: 'Minimālā invaliditātes pensija',
		minimumDetail: '{{base}} × {{coef}}.',
		paid: 'Izmaksājamā pensija',
		paidOwn: 'Aprēķinātā pensija {{own}} nav mazāka par minimālo {{minimum}}.',
		paidMinimum: 'Aprēķinātā pensija {{own}} ir mazāka par minimālo, tāpēc izmaksā {{minimum}}.'
	},
	figures: {
		minimum: 'Minimālā pensija mēnesī',
		paid: 'Izmaksā mēnesī',
		topUp: 'Paaugstinājums līdz minimumam'
	},
	groups: {
		caption: 'Minimālā invaliditātes pensija pēc grupas',
		group: 'Grupa',
		general: 'Vispārējā gadījumā',
		childhood: 'Invaliditāte kopš bērnības'
	},
	summary: {
		minimum: 'Minimālā invaliditātes pensija {{group}} grupai ir {{minimum}} mēnesī.',
		own: 'Jūsu pensija {{paid}} ir lielāka par minimālo ({{minimum}}), to izmaksā aprēķinātajā apmērā.',
		raised: 'Jūsu pensiju paaugstina līdz minimālajai: {{paid}} mēnesī (par {{topUp}} vairāk).'
	}
} satisfies Messages;

export default lv;
