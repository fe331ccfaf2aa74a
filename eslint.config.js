import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// External source links are plain URLs from data, not app routes.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// The engine must stay pure: no clock, no Svelte, no DOM (STYLE.md principle 4).
		files: [
			'src/lib/engine/**/*.ts',
			'src/lib/calculators/**/*.ts',
			'src/lib/pension/**/*.ts',
			'src/lib/calendar/**/*.ts',
			'src/lib/tax/**/*.ts',
			'src/lib/benefits/**/*.ts'
		],
		ignores: ['**/*.test.ts', 'src/lib/engine/validate-tables.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: ['svelte', 'svelte/*', '$app/*', 'node:*'] }],
			'no-restricted-syntax': [
				'error',
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'The engine never reads the clock: take the as-of date as an argument.'
				},
				{ selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The engine never reads the clock.' }
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] }
);
