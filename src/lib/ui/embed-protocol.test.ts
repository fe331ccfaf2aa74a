import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { calculatorIds } from '$lib/calculators/registry';
import { embedAllPath, embedPagePath, isWidgetPath, pathInLanguage } from '$lib/ui/embed-paths';
import { checkColor, contrastWithWhite, hostOrigin, normalizeHex, readWidgetOptions, widgetMessage } from './embed-protocol';

describe('colour check (WCAG 2 contrast with white)', () => {
	it('normalises hex colours and refuses anything else', () => {
		expect(normalizeHex('#1D4F91')).toBe('1d4f91');
		expect(normalizeHex('17a')).toBe('1177aa');
		for (const bad of ['red', 'red;background:url(x)', '#12345', '#1d4f91;', 'rgb(0,0,0)', '', '#ggg']) {
			expect(normalizeHex(bad), bad).toBeUndefined();
		}
	});
	it('computes contrast ratios as WCAG does', () => {
		expect(contrastWithWhite('000000')).toBeCloseTo(21, 5);
		expect(contrastWithWhite('ffffff')).toBeCloseTo(1, 5);
		// #767676 is the well-known lightest grey that passes 4.5:1 on white; #777777 fails.
		expect(contrastWithWhite('767676')).toBeGreaterThanOrEqual(4.5);
		expect(contrastWithWhite('777777')).toBeLessThan(4.5);
	});
	it('accepts dark colours and rejects yellow with the reason', () => {
		expect(checkColor('#1d4f91')).toEqual({ ok: true, hex: '1d4f91' });
		const yellow = checkColor('#ffff00');
		expect(yellow.ok).toBe(false);
		expect(yellow).toMatchObject({ reason: 'contrast' });
		expect(checkColor('red;background:url(x)')).toEqual({ ok: false, reason: 'format' });
	});
});

describe('host origin', () => {
	it('is used only when the referrer is the same origin', () => {
		expect(hostOrigin('https://ministry.example', 'https://ministry.example/')).toBe('https://ministry.example');
		expect(hostOrigin('https://ministry.example', 'https://ministry.example/page?x=1')).toBe('https://ministry.example');
		expect(hostOrigin('https://ministry.example', 'https://evil.example/')).toBeUndefined();
		expect(hostOrigin('https://ministry.example', '')).toBeUndefined();
		expect(hostOrigin(null, 'https://ministry.example/')).toBeUndefined();
		expect(hostOrigin('*', 'https://ministry.example/')).toBeUndefined();
		expect(hostOrigin('https://ministry.example/path', 'https://ministry.example/')).toBeUndefined();
		expect(hostOrigin('javascript:alert(1)', 'javascript:alert(1)')).toBeUndefined();
	});
	it('reads the options and explains each value it drops', () => {
		const ok = readWidgetOptions('?host=https%3A%2F%2Fa.example&color=1d4f91&compact=1&date=2026-01-31', 'https://a.example/');
		expect(ok).toEqual({ host: 'https://a.example', color: '1d4f91', compact: true, date: '2026-01-31', warnings: [] });
		const bad = readWidgetOptions('?host=https%3A%2F%2Fa.example&color=ffff00&date=2026-02-30', 'https://b.example/');
		expect(bad.host).toBeUndefined();
		expect(bad.color).toBeUndefined();
		expect(bad.date).toBeUndefined();
		expect(bad.compact).toBe(false);
		expect(bad.warnings).toHaveLength(3);
		expect(bad.warnings.join(' ')).toMatch(/does not match.*contrast 1\.07:1.*not a date/s);
	});
});

describe('messages', () => {
	it('carry only the namespaced, versioned fields', () => {
		const m = widgetMessage('resize', 'retirement-age', 812.4);
		expect(m).toEqual({ source: 'lv-social-calculators', version: 1, type: 'resize', calculator: 'retirement-age', height: 813 });
	});
});

describe('the loader (static/embed.js)', () => {
	const loader = readFileSync('static/embed.js', 'utf8');
	it('is under 2 KB gzip', () => {
		expect(gzipSync(loader, { level: 9 }).length).toBeLessThan(2048);
	});
	it('knows exactly the calculators the site has (add a new one to its list)', () => {
		const list = /ids\s*=\s*'([a-z0-9 -]+)'/.exec(loader);
		expect(list).not.toBeNull();
		expect(list![1].split(' ').sort()).toEqual([...calculatorIds].sort());
	});
	it('never posts messages and checks both origin and source of what it receives', () => {
		expect(loader).not.toMatch(/postMessage/);
		expect(loader).toMatch(/e\.origin !== site/);
		expect(loader).toMatch(/contentWindow !== e\.source/);
		expect(loader).toMatch(/referrerPolicy = 'origin'/);
	});
});

describe('integration page paths', () => {
	it('have a slug per language and map between them', () => {
		expect(embedPagePath('lv')).toBe('/lv/iegult/');
		expect(embedPagePath('en')).toBe('/en/embed/');
		expect(embedAllPath('lv')).toBe('/lv/iegult/visi/');
		expect(embedAllPath('en')).toBe('/en/embed/all/');
		expect(pathInLanguage('/iegult/', 'lv', 'en')).toBe('/embed/');
		expect(pathInLanguage('/embed/all/', 'en', 'lv')).toBe('/iegult/visi/');
		expect(pathInLanguage('/retirement-age/', 'lv', 'en')).toBe('/retirement-age/');
		expect(pathInLanguage('/retirement-age/embed/', 'en', 'lv')).toBe('/retirement-age/embed/');
	});
	it('tell the widget from the English integration page', () => {
		expect(isWidgetPath('/lv/retirement-age/embed/')).toBe(true);
		expect(isWidgetPath('/en/embed/')).toBe(false);
		expect(isWidgetPath('/en/embed/all/')).toBe(false);
	});
});
