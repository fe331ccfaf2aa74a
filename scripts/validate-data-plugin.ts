/**
 * Vite plugin: validates every rule table in data/ when a build starts, so that a malformed table
 * stops the build with a message naming the file and the row (STYLE.md principle 3).
 */
import type { Plugin } from 'vite';
import { validateAllTables } from '../src/lib/engine/validate-tables.ts';

export function validateDataPlugin(): Plugin {
	return {
		name: 'validate-rule-tables',
		buildStart() {
			if (process.env.VITEST) return; // the test suite validates the tables itself
			const problems = validateAllTables('data');
			if (problems.length > 0) {
				this.error(`Rule tables in data/ are invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
			}
		}
	};
}
