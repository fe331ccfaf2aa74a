/** Kept for the tax calculators' imports: the shared helper lives in the engine. */
export { coverageOf } from '$lib/engine/coverage';
