/** The calculator page and its widget: they load neither i18next nor messages before the first input (i18n/index.ts). */
export const CALCULATOR_ROUTES = new Set(['/[lang]/[calc]', '/[lang]/[calc]/embed']);
