/**
 * Page weight: a calculator page shows its form before the person types anything, so the form must
 * not wait for decimal.js, the compute code or the rule tables (they load on the first input). Each
 * calculator's `form.ts` holds its fields and the little they need; this test follows the static
 * imports of every `form.ts` and fails if one of them reaches a module the form must not load.
 * Type-only imports are erased by the compiler and are not followed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Calculator, FieldDef } from '$lib/engine/calculator';
import { defaultRaw, defaultValues, visibleOf } from '$lib/engine/form-fields';
import { parseField, visibleFields } from '$lib/engine/inputs';

const CALCULATORS = 'src/lib/calculators';

/** What a form must not load, each with the reason shown when it does. */
const FORBIDDEN: Array<{ test: (module: string) => boolean; why: string }> = [
	{ test: (m) => m === 'decimal.js', why: 'decimal.js' },
	{ test: (m) => m === 'src/lib/engine/decimal.ts', why: 'the decimal helpers (decimal.js)' },
	{ test: (m) => m === 'src/lib/engine/run.ts', why: 'the runner' },
	{ test: (m) => m === 'src/lib/engine/explain.ts', why: 'the explanation code' },
	{ test: (m) => /^src\/lib\/calculators\/[^/]+\/compute\.ts$/.test(m), why: 'a compute module' },
	// A domain's or a calculator's tables.ts gathers all its rule tables; engine/tables.ts (lookups, no data) is allowed.
	{ test: (m) => /^src\/lib\/(?!engine\/)(.+\/)?tables\.ts$/.test(m), why: 'a module of rule tables' }
];

/** The modules a source file imports at run time: `import … from`, `export … from`, `import '…'`; not `import type`/`export type`. */
function importsOf(source: string): string[] {
	// Comments that start a line (a `/*` inside a string, as in a glob pattern, is not one).
	const code = source.replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/^\s*\/\/.*$/gm, '');
	const found: string[] = [];
	for (const m of code.matchAll(/(?:^|[;\n])\s*(import|export)\s+(type\s+)?([\w*$\s{},]*?)\s*from\s*['"]([^'"]+)['"]/g)) {
		if (!m[2]) found.push(m[4]);
	}
	for (const m of code.matchAll(/(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
	// An eager glob is a static import too (a lazy one loads later, like a dynamic import).
	for (const m of code.matchAll(/import\.meta\.glob(?:<[^(]*>)?\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")\s*,\s*\{([^}]*)\}/g)) {
		if (/eager:\s*true/.test(m[2])) for (const p of m[1].matchAll(/['"]([^'"]+)['"]/g)) found.push(`glob:${p[1]}`);
	}
	return found;
}

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? files(p) : [p];
	});
}

/** A module id: a project path (`src/lib/engine/dates.ts`, `data/x/y.json`) or a package name (`date-fns`). */
function resolve(spec: string, from: string): string[] {
	const bare = spec.split('?')[0];
	if (bare.startsWith('glob:')) {
		const glob = bare.slice('glob:'.length);
		const pattern = glob.startsWith('.') ? posix.join(dirname(from), glob) : glob.replace(/^\//, '');
		if (!pattern.includes('*')) return [pattern];
		const re = new RegExp(
			`^${pattern
				.replace(/[.+^${}()|[\]\\]/g, '\\$&')
				.replace(/\*\*\//g, '(.+/)?')
				.replace(/\*/g, '[^/]*')}$`
		);
		return files(pattern.slice(0, pattern.indexOf('*')).replace(/[^/]*$/, '')).filter((f) => re.test(f));
	}
	let path: string;
	if (bare.startsWith('$lib/')) path = `src/lib/${bare.slice(5)}`;
	else if (bare.startsWith('$data/')) path = `data/${bare.slice(6)}`;
	else if (bare.startsWith('.')) path = posix.join(dirname(from), bare);
	else return [bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0]];
	for (const p of [path, `${path}.ts`, `${path}.js`, `${path}/index.ts`, `${path}/index.js`]) {
		if (existsSync(p) && statSync(p).isFile()) return [p];
	}
	throw new Error(`${from}: cannot resolve '${spec}'`);
}

/** Every module `entry` loads, each with the chain of imports that reaches it. */
function importGraph(entry: string): Map<string, string[]> {
	const chains = new Map<string, string[]>([[entry, [entry]]]);
	const queue = [entry];
	while (queue.length > 0) {
		const file = queue.shift()!;
		// Packages (by name) and data files are leaves: only the project's own code is followed.
		if (!/^src\/.*\.(ts|js)$/.test(file)) continue;
		for (const spec of importsOf(readFileSync(file, 'utf8'))) {
			for (const target of resolve(spec, file)) {
				if (chains.has(target)) continue;
				chains.set(target, [...chains.get(file)!, target]);
				queue.push(target);
			}
		}
	}
	return chains;
}

/** The forbidden modules `entry` reaches, as import chains. */
function violations(entry: string): string[] {
	return [...importGraph(entry)]
		.flatMap(([module, chain]) => FORBIDDEN.filter((f) => f.test(module)).map((f) => `${f.why}: ${chain.join(' → ')}`))
		.sort();
}

const formModules = import.meta.glob<{ fields: FieldDef[] }>('/src/lib/calculators/*/form.ts');
const indexModules = import.meta.glob<{ default: Calculator }>('/src/lib/calculators/*/index.ts');

const ids = readdirSync(CALCULATORS)
	.filter((n) => statSync(join(CALCULATORS, n)).isDirectory())
	.sort();

it('checks every calculator folder', () => {
	expect(ids).toHaveLength(25);
});

describe.each(ids)('%s', (id) => {
	it('form.ts loads no decimal.js, compute code, rule-table module, runner or explanation code', () => {
		expect(violations(`${CALCULATORS}/${id}/form.ts`)).toEqual([]);
	});

	it('index.ts uses the fields of form.ts (one definition)', async () => {
		const form = await formModules[`/${CALCULATORS}/${id}/form.ts`]();
		const calc = (await indexModules[`/${CALCULATORS}/${id}/index.ts`]()).default;
		expect(form.fields.length).toBeGreaterThan(0);
		expect(calc.fields).toBe(form.fields);
	});

	it('the questions shown before the engine loads are those the engine shows for the default answers', async () => {
		const calc = (await indexModules[`/${CALCULATORS}/${id}/index.ts`]()).default as Calculator<never>;
		const raw = defaultRaw(calc.fields);
		const parsed: Record<string, unknown> = {};
		for (const f of calc.fields) {
			const r = parseField(f, raw[f.name]);
			if (r.ok && r.value !== undefined) parsed[f.name] = r.value;
		}
		expect(defaultValues(calc.fields)).toEqual(parsed);
		const names = (fs: FieldDef[]) => fs.map((f) => f.name);
		expect(names(visibleOf(calc.fields, defaultValues(calc.fields)))).toEqual(names(visibleFields(calc, parsed)));
	});
});

/**
 * The other modules a calculator page loads before the first input (README "Page weight"): the form's
 * field helpers, the widget options and the translator's front, which must not reach i18next either
 * (its record of prerendered texts answers until then: i18n/index.ts).
 */
describe.each(['src/lib/engine/form-fields.ts', 'src/lib/ui/embed-protocol.ts', 'src/lib/i18n/index.ts'])('%s', (entry) => {
	it('loads no decimal.js, engine code, rule tables or i18next', () => {
		const graph = [...importGraph(entry).keys()];
		expect(graph.length).toBeGreaterThan(0);
		expect(violations(entry)).toEqual([]);
		expect(graph).not.toContain('i18next');
		expect(graph).not.toContain('src/lib/engine/inputs.ts');
	});
});

describe('the check can fail', () => {
	it('reads runtime imports and re-exports, and skips type-only ones', () => {
		const src = [
			"import type { Dec } from 'decimal.js';",
			"import { a, type B } from './a';",
			'import {',
			'\tc,',
			'\td',
			"} from '$lib/c';",
			"export type { E } from '$lib/engine/decimal';",
			"export { f } from './f';",
			"export * from './g';",
			"import './side-effect';",
			"// import { x } from './commented';",
			"const t = import.meta.glob('/data/x/*.json', { query: '?docs' });",
			"const u = import.meta.glob<{ default: unknown }>(['/data/y.json'], { eager: true, import: 'default' });",
			"import { h } from './h';",
			'/**',
			" * import { i } from './in-a-doc-comment';",
			' */'
		].join('\n');
		expect(importsOf(src)).toEqual(['./a', '$lib/c', './f', './g', './h', './side-effect', 'glob:/data/y.json']);
	});

	it('i18n/i18next.ts reaches i18next', () => {
		expect([...importGraph('src/lib/i18n/i18next.ts').keys()]).toContain('i18next');
	});

	it('retirement-age/index.ts reaches decimal.js, its compute module and its tables', () => {
		const found = violations(`${CALCULATORS}/retirement-age/index.ts`);
		expect(found.some((v) => v.startsWith('decimal.js: '))).toBe(true);
		expect(found.some((v) => v.startsWith('a compute module: '))).toBe(true);
		expect(found.some((v) => v.startsWith('a module of rule tables: ') && v.endsWith('retirement-age/tables.ts'))).toBe(true);
	});

	it('a domain module of rule tables is forbidden, the table lookups of the engine are not', () => {
		const forbidden = (m: string) => FORBIDDEN.some((f) => f.test(m));
		expect(forbidden('src/lib/tax/tables.ts')).toBe(true);
		expect(forbidden('src/lib/calculators/retirement-age/tables.ts')).toBe(true);
		expect(forbidden('src/lib/engine/tables.ts')).toBe(false);
		expect(forbidden('src/lib/tax/table-modules/nonTaxableMinimum.ts')).toBe(false);
	});
});
