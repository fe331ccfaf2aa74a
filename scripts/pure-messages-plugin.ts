/**
 * Vite plugin: message files are data — importing one does nothing but define objects. Rolldown cannot
 * see that when a file spreads another (`{ ...sharedLv, … }` might run a getter), so it kept, for
 * example, a benefit calculator's English messages in a Latvian page's bundle although nothing used
 * them. Declaring these modules free of side effects lets the unused language be left out
 * (calculators/loader.ts loads the page language's file only).
 */
import type { Plugin } from 'vite';

const MESSAGES =
	/\/src\/lib\/(calculators\/[^/]+\/messages\.(lv|en)|benefits\/messages\.(lv|en)|state-benefits\/messages|i18n\/(common|pages)\.(lv|en))\.ts$/;

export function pureMessagesPlugin(): Plugin {
	return {
		name: 'pure-message-modules',
		transform(code, id) {
			if (!MESSAGES.test(id.split('?')[0])) return null;
			return { code, map: null, moduleSideEffects: false };
		}
	};
}
