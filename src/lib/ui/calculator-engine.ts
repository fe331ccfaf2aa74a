/**
 * What a calculator page loads on the first input, with the calculator itself (README "Page weight"):
 * reading and checking the answers (decimal.js), computing, and share links. The page's first load has
 * only the form (calculators/loader.ts `loadCalculatorForm`, engine/form-fields.ts).
 */
export { parseField, validateInput, visibleFields } from '$lib/engine/inputs';
export { computeSafely } from '$lib/engine/run';
export { decodeFragment, encodeFragment } from '$lib/engine/share';
export { checkRulesVersion, rulesVersion } from '$lib/engine/rules-version';
