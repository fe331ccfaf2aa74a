/** Latvian labels of the shared fields (fields.ts), spread into each calculator's `fields`. */
export const scheduleFieldLv = {
	label: 'Normālais darba laiks',
	hint: 'Piecu darba dienu nedēļa. 35 stundas nedēļā strādā pusaudži un darbinieki, kuru darbs saistīts ar īpašu risku.',
	options: {
		40: { label: '40 stundas nedēļā (8 stundas dienā)' },
		35: { label: '35 stundas nedēļā (7 stundas dienā)', hint: 'Pusaudži; darbs, kas saistīts ar īpašu risku' }
	}
};

export const followsTransfersFieldLv = {
	label: 'Darba devējs ievēro MK rīkojumu par darba dienu pārcelšanu',
	hint: 'Valsts budžeta iestādēm tas ir obligāti, citiem darba devējiem — ieteicams. Mēneša kopējās stundas un likme no tā nemainās, mainās tikai stundu sadalījums.'
};

export const monthFieldLv = {
	what: 'mēnesi',
	label: 'Mēnesis'
};
