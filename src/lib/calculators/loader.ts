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
/**
 * `langs`: the languages whose messages the browser needs now (default both; none for a calculator page
 * opened directly, which loads its language's on the first input: `loadCalculatorMessages`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function loadCalculator(id: string, langs: readonly Lang[] = ['lv', 'en']): Promise<Calculator<any> | undefined> {
	const load = calcModules[`./${id}/index.ts`];
	if (!load) return undefined;
	const calc = (await load()).default;
	await Promise.all(langs.map((l) => loadCalculatorMessages(calc, l)));
	return calc;
}

/** Browser: add `lang`'s messages to the calculator, once (on the server they are always there). */
export async function loadCalculatorMessages(calc: Calculator<never>, lang: Lang): Promise<void> {
	if (import.meta.env.SSR || calc.messages[lang]) return;
	const m = messageModules[`./${calc.id}/messages.${lang}.ts`];
	if (m) calc.messages[lang] = (await m()).default;
}
