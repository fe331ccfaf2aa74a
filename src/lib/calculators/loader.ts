/**
 * A calculator's module by id, loaded only on its page. Kept apart from `registry.ts` (which reads
 * every calculator's meta eagerly for the home page) so a calculator page does not download the
 * titles of all the others.
 *
 * Messages: on the server (prerendering, unit tests, the batch command) a calculator carries both
 * languages from its index.ts. In the browser its index.ts carries none (the imports sit behind
 * `import.meta.env.SSR` and are dropped from the browser build) and this loader fetches the page
 * language's file only, so a page does not download the other language's texts.
 */
import type { Calculator, Messages } from '$lib/engine/calculator';
import type { Lang } from '$lib/i18n';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const calcModules = import.meta.glob<{ default: Calculator<any> }>('./*/index.ts');
const messageModules = import.meta.glob<{ default: Messages }>('./*/messages.*.ts');

/** `langs`: the languages whose messages the browser needs (default both). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function loadCalculator(id: string, langs: readonly Lang[] = ['lv', 'en']): Promise<Calculator<any> | undefined> {
	const load = calcModules[`./${id}/index.ts`];
	if (!load) return undefined;
	const calc = (await load()).default;
	if (!import.meta.env.SSR) {
		await Promise.all(
			langs.map(async (l) => {
				if (calc.messages[l]) return;
				const m = messageModules[`./${id}/messages.${l}.ts`];
				if (m) calc.messages[l] = (await m()).default;
			})
		);
	}
	return calc;
}
