import { readdirSync, existsSync } from 'node:fs';

/** The calculator ids, read from their folders (the same rule the registry uses). */
export const calculatorIds = readdirSync('src/lib/calculators', { withFileTypes: true })
	.filter(
		(d) => d.isDirectory() && existsSync(`src/lib/calculators/${d.name}/index.ts`) && existsSync(`src/lib/calculators/${d.name}/meta.ts`)
	)
	.map((d) => d.name);
