/**
 * "No legal number in code" (STYLE.md principle 1), as a test: every rate, amount, age, threshold
 * and date lives in data/. This walks the TypeScript of the engine and the calculators and fails on
 * a numeric literal, or a decimal string fed to arithmetic, that is not clearly structural (0–7, 10–12,
 * 100, 1000), a form bound (`min`, `max`, `order` …), a named limit (`MAX_…`), or string slicing.
 */
import { expect, it } from 'vitest';
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = 'src/lib';
const SKIP = /\.test\.ts$|golden\.ts$|messages|fields\.(lv|en)\.ts$|testing\.ts$|harness\.ts$|testkit\.ts$|\/ui\/|\/i18n\//;
/** Files whose numbers are not law, with the reason. */
const FILE_EXCEPTIONS: Record<string, string> = {
	'src/lib/calendar/easter.ts': 'the Gregorian computus (astronomy, not law)',
	'src/lib/engine/table-schema.ts': 'schema bounds (an age in months is 0–11, years 0–120)',
	'src/lib/engine/table-values.ts': 'sanity bounds of the tables’ value schemas (a day of the month is at most 31), not rule values',
	'src/lib/engine/dates.ts': 'the Gregorian calendar (month lengths, leap years) and the milliseconds of a day',
	'src/lib/engine/decimal.ts': 'decimal.js precision settings',
	'src/lib/engine/inputs.ts': 'the dates any field accepts (1900–2100) and the length of a field',
	'src/lib/engine/form-fields.ts': 'what a typed year may be (1900–2100)',
	'src/lib/engine/rules-version.ts': 'the constants of the FNV-1a string hash',
	'src/lib/engine/prng.ts': 'the constants of the mulberry32 generator (property tests only)',
	'src/lib/state-benefits/timeline.ts': 'a loop guard'
};
const SMALL = new Set([0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 100, 1000]);
const FORM_PROPS = new Set(['min', 'max', 'order', 'minItems', 'maxItems', 'places', 'default']);
const ARITH = /(^|\.)(Dec|dec|percent|roundTo|roundMoney|times|div|mul|plus|minus|gt|gte|lt|lte|eq|max|min)$/;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !SKIP.test(p) ? [p] : [];
	});
}

function allowedContext(n: ts.Node): boolean {
	const p = n.parent;
	if (ts.isPropertyAssignment(p) && FORM_PROPS.has(p.name.getText())) return true;
	if (ts.isPrefixUnaryExpression(p) && ts.isPropertyAssignment(p.parent) && FORM_PROPS.has(p.parent.name.getText())) return true;
	if (ts.isVariableDeclaration(p) && /^(MAX|MIN)_/.test(p.name.getText())) return true;
	if (ts.isCallExpression(p) && /\.(slice|padStart|substring)$/.test(p.expression.getText())) return true;
	return false;
}

/** Literals that look like law in one parsed file. */
function scan(f: string, source: string): string[] {
	const found: string[] = [];
	const sf = ts.createSourceFile(f, source, ts.ScriptTarget.Latest, true);
	const at = (n: ts.Node) => `${f}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
	const visit = (n: ts.Node) => {
		if (ts.isNumericLiteral(n) && !SMALL.has(Number(n.text)) && !allowedContext(n)) found.push(`${at(n)} ${n.text}`);
		if (ts.isStringLiteral(n) && /^-?\d+(\.\d+)?$/.test(n.text) && !SMALL.has(Number(n.text))) {
			const p = n.parent;
			const callee = ts.isCallExpression(p) || ts.isNewExpression(p) ? p.expression.getText() : '';
			if (ARITH.test(callee.replace(/^new /, ''))) found.push(`${at(n)} '${n.text}'`);
		}
		ts.forEachChild(n, visit);
	};
	visit(sf);
	return found;
}

it('no legal number is written in code', () => {
	const list = files(ROOT);
	expect(list.length).toBeGreaterThan(50);
	const found = list.filter((f) => !FILE_EXCEPTIONS[f]).flatMap((f) => scan(f, readFileSync(f, 'utf8')));
	expect(found, 'move these values to a dated, sourced table in data/').toEqual([]);
});

it('the check catches a rate and a day count written in code, and lets form bounds pass', () => {
	const hits = scan('x.ts', "const benefit = new Dec(wage).times('0.8'); const days = 56; const f = { max: 70 }; const v = dec('0.8');");
	expect(hits).toEqual(["x.ts:1 '0.8'", 'x.ts:1 56', "x.ts:1 '0.8'"]);
});
