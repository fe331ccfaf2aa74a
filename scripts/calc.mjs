#!/usr/bin/env node
// The engine from the command line — the same code the site runs, loaded through Vite's module
// runner (so TypeScript, the $lib/$data aliases and import.meta.glob work without a build).
//   npm run --silent calc -- --batch FILE     JSON lines in, one JSON outcome per line out ("-" = stdin)
//   npm run --silent calc -- --readme         the calculators section of README.md (generated)
//   npm run --silent calc -- --readme --write replace that section in README.md
import { readFileSync, writeFileSync } from 'node:fs';
import { withEngine } from './engine.mjs';

const args = process.argv.slice(2);
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
await withEngine(async (load) => {
	const batch = await load('/src/lib/engine/batch.ts');

	if (args.includes('--readme')) {
		const md = await batch.calculatorsMarkdown();
		if (args.includes('--write')) {
			const readme = readFileSync('README.md', 'utf8');
			const start = '<!-- calculators:start -->';
			const end = '<!-- calculators:end -->';
			const i = readme.indexOf(start);
			const j = readme.indexOf(end);
			if (i < 0 || j < 0) throw new Error('README.md has no calculators markers');
			writeFileSync('README.md', readme.slice(0, i + start.length) + '\n\n' + md + '\n' + readme.slice(j));
		} else process.stdout.write(md + '\n');
		return;
	}

	const fi = args.indexOf('--fixtures');
	if (fi >= 0) {
		writeFileSync(args[fi + 1], JSON.stringify(await batch.goldenFixtures(), null, 1));
		return;
	}
	const bi = args.indexOf('--batch');
	if (bi < 0 || !args[bi + 1]) {
		console.error('Usage: npm run --silent calc -- --batch FILE   (JSON lines: {"calculator": ID, "input": {...}, "asOf": "YYYY-MM-DD"})');
		process.exitCode = 2;
		return;
	}
	const file = args[bi + 1];
	const text = readFileSync(file === '-' ? 0 : file, 'utf8');
	for (const line of text.split('\n')) {
		if (line.trim() === '') continue;
		// runBatchLine never throws; the guard keeps the rest of the batch even if it someday did.
		let out;
		try {
			out = await batch.runBatchLine(line);
		} catch (e) {
			out = { outcome: 'error', errors: [{ field: null, message: `Unexpected error: ${e?.message ?? 'unknown'}` }] };
		}
		process.stdout.write(JSON.stringify(out) + '\n');
	}
});
