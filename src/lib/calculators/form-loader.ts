/**
 * A calculator's form by id: all a calculator page opened directly loads before the first input (README
 * "Page weight"). Apart from `loader.ts`, whose maps of every calculator's module and messages load with
 * the engine, on the first input.
 */
import type { FieldDef } from '$lib/engine/calculator';

const formModules = import.meta.glob<{ fields: FieldDef[] }>('./*/form.ts');

/**
 * What a calculator page shows before the first input: the calculator's questions (its form.ts, which
 * reaches neither decimal.js nor the compute code nor the rule tables: tests/unit/form-modules.test.ts).
 */
export interface CalculatorForm {
	id: string;
	fields: FieldDef[];
}

/** A calculator's form alone; the rest (`loadCalculator`) follows on the first input. */
export async function loadCalculatorForm(id: string): Promise<CalculatorForm | undefined> {
	const load = formModules[`./${id}/form.ts`];
	return load ? { id, fields: (await load()).fields } : undefined;
}
