/** Latvian labels of the shared fields (fields.ts), spread into each calculator's `fields`. */
export const scheduleFieldLv = {
	label: 'Normālais darba laiks',
	hint: '35 stundas nedēļā strādā pusaudži un darbinieki, kuru darbs saistīts ar īpašu risku. Sešu darba dienu nedēļa ir pieļaujama tikai tad, ja piecu darba dienu nedēļu nav iespējams ievērot; pusaudžiem vienmēr ir piecu darba dienu nedēļa.',
	options: {
		40: { label: '40 stundas nedēļā, piecas dienas (8 stundas dienā)' },
		35: { label: '35 stundas nedēļā, piecas dienas (7 stundas dienā)', hint: 'Pusaudži; darbs, kas saistīts ar īpašu risku' },
		'40-6': { label: '40 stundas nedēļā, sešas dienas (7 stundas dienā, sestdienā 5)' },
		'35-6': { label: '35 stundas nedēļā, sešas dienas (6 stundas dienā, sestdienā 5)', hint: 'Darbs, kas saistīts ar īpašu risku' }
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
