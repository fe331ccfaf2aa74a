import { calculatorIds } from '$lib/calculators/registry';
import { LANGS } from '$lib/i18n';

/** Every calculator page and widget in both languages (used only when prerendering). */
export const calculatorEntries = () => LANGS.flatMap((lang) => calculatorIds.map((calc) => ({ lang, calc })));
