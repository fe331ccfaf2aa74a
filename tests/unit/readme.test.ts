import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { calculatorsMarkdown } from '$lib/engine/batch';

it('the README lists every calculator and its inputs as generated from the schemas', async () => {
	const readme = readFileSync('README.md', 'utf8');
	const section = readme.split('<!-- calculators:start -->')[1]?.split('<!-- calculators:end -->')[0] ?? '';
	const md = await calculatorsMarkdown();
	expect(md).toContain('`retirement-age`');
	expect(section.trim(), 'run: npm run docs:calculators -- --write').toBe(md.trim());
});
