/**
 * Translation for the page language. The translator is i18next (`i18next.ts`); this module is the light
 * front every component imports.
 *
 * Page weight (issue #13, README "Page weight"): a calculator page or widget does not download i18next
 * or any message file before the person starts answering. When it is prerendered, every text the page
 * asked the translator for is recorded and written into the page as a JSON block
 * (`<script type="application/json" id="page-texts">`, not executed, so the CSP is untouched). In the
 * browser, `createTranslator` answers those same calls from that record until i18next and the messages
 * have been loaded (`loadTranslations`, on the first focus or touch in the form, and always before a
 * result, an error or a link's problems are shown); from then on i18next answers everything. The two
 * agree by construction: the record is i18next's own output for the same call. A call the record does not
 * have is a fault (it logs "[page-texts] missing" and shows the key); a browser test opens every calculator
 * page and widget in both languages and fails on it.
 *
 * Every other page loads i18next and its messages before it renders (the [lang] layout's load).
 */
import type { Messages } from '$lib/engine/calculator';
import type { Display, Msg } from '$lib/engine/explain';
import type { GrammaticalCase } from './format';

export const LANGS = ['lv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);

/**
 * The site-wide messages, in two files per language: `common.<lang>.ts` (what every page, every
 * calculator and the engine's messages use) and `pages.<lang>.ts` (the site's own pages: home, about,
 * rules and information pages, embedding). Both are merged into one `common` namespace. On the server
 * (prerendering, unit tests, the batch command) everything is there from the start; in the browser only
 * the page language is fetched, and a calculator page or widget fetches only its common part.
 */
export const commonMessages = {} as Record<Lang, Messages>;

const commonLoaders: Record<Lang, () => Promise<{ default: Messages }>> = {
	lv: () => import('./common.lv'),
	en: () => import('./common.en')
};
const pagesLoaders: Record<Lang, () => Promise<{ default: Messages }>> = {
	lv: () => import('./pages.lv'),
	en: () => import('./pages.en')
};
const withPages = new Set<Lang>();

/** `a` with `b`'s keys added, group by group (the two files split groups between them). */
function merge(a: Messages, b: Messages): Messages {
	const out: Messages = { ...a };
	for (const [k, v] of Object.entries(b)) {
		const mine = out[k];
		out[k] = typeof v === 'object' && typeof mine === 'object' ? merge(mine, v) : v;
	}
	return out;
}

type Impl = typeof import('./i18next');
let impl: Impl | undefined;

/**
 * Load i18next and the page language's common messages (unless `pages` is false — a calculator page
 * or widget — with the site pages' texts too). Safe to call again; a failed download (offline) is
 * retried on the next call.
 */
export async function loadTranslations(lang: Lang, pages = true): Promise<void> {
	const [i] = await Promise.all([
		impl ?? import('./i18next'),
		commonMessages[lang] ? undefined : commonLoaders[lang]().then((m) => (commonMessages[lang] ??= m.default))
	]);
	impl = i;
	if (pages && !withPages.has(lang)) {
		commonMessages[lang] = merge(commonMessages[lang], (await pagesLoaders[lang]()).default);
		withPages.add(lang);
	}
}

/** Whether the page language's translator is ready (i18next and the common messages loaded). */
export const hasCommon = (lang: Lang) => !!impl && !!commonMessages[lang];

// On the server both languages are loaded before anything renders (a top-level await; the branch is
// dropped from the browser build).
if (import.meta.env.SSR) await Promise.all(LANGS.map((l) => loadTranslations(l)));

export interface Translator {
	lang: Lang;
	/** Translate a key of the current namespace (or `common:…`). */
	t: (key: string | string[], params?: Record<string, unknown>) => string;
	/** Translate a Msg returned by the engine, formatting Display parameters for the language. */
	msg: (m: Msg) => string;
	/** Format a value for display, in a grammatical case where the language has one ("2026. gada novembrī"). */
	display: (d: Display, grammaticalCase?: GrammaticalCase) => string;
	/** Whether a key exists (used for optional hints). */
	has: (key: string) => boolean;
}

/** One translator call and its answer, as recorded at prerender and replayed in the browser. */
type Recorded = Map<string, string | boolean>;
const callKey = (kind: string, args: unknown[]) => `${kind}${JSON.stringify(args)}`;

/** Server: the recording of the page being prerendered (README "Page weight"), by path. */
const recordings = new Map<string, Recorded>();
let recording: Recorded | undefined;

/** Server, at the start of a calculator page's render (the [lang] layout): record its translator calls. */
export function recordTexts(path: string): void {
	recording = new Map();
	recordings.set(path, recording);
}

/**
 * Server, once the page is rendered (hooks.server.ts): the recorded calls as the page's JSON block, or
 * '' when the page was not recorded. `<` is escaped so that no text can close the script element.
 */
export function recordedTextsBlock(path: string): string {
	const r = recordings.get(path);
	recordings.delete(path);
	if (r === recording) recording = undefined;
	if (!r) return '';
	const json = JSON.stringify(Object.fromEntries(r)).replace(/</g, '\\u003c');
	return `<script type="application/json" id="page-texts" data-path="${encodeURI(path)}">${json}</script>`;
}

let replay: { path: string; texts: Recorded } | undefined;
/**
 * Browser: the recorded texts of the page at `path`, when the page was opened directly (after a
 * client-side navigation the block in the document is the first page's, with its own path).
 */
function replayed(path = location.pathname): Recorded | undefined {
	if (replay) return replay.path === path ? replay.texts : undefined;
	const el = typeof document === 'undefined' ? null : document.getElementById('page-texts');
	if (!el || el.dataset.path === undefined) return undefined;
	try {
		const texts = new Map(Object.entries(JSON.parse(el.textContent ?? '{}') as Record<string, string | boolean>));
		replay = { path: decodeURI(el.dataset.path), texts };
	} catch {
		return undefined;
	}
	return replay.path === path ? replay.texts : undefined;
}

/** Browser: whether the page at `path` came with its texts (a prerendered calculator page opened directly). */
export const hasPageTexts = (path: string): boolean => replayed(path) !== undefined;

/**
 * A translator for `lang` (and a calculator's namespace). `ns.messages` may be a function, for a
 * calculator whose messages arrive later in the browser.
 */
export function createTranslator(lang: Lang, ns?: { id: string; messages: Messages | (() => Messages | undefined) }): Translator {
	let real: Translator | undefined;
	const ready = (): Translator | undefined => {
		if (real) return real;
		const messages = typeof ns?.messages === 'function' ? ns.messages() : ns?.messages;
		if (!impl || !commonMessages[lang] || (ns && !messages)) return undefined;
		return (real = impl.i18nextTranslator(lang, commonMessages[lang], ns && messages ? { id: ns.id, messages } : undefined));
	};
	function call<T extends string | boolean>(kind: string, args: unknown[], run: (r: Translator) => T): T {
		const r = ready();
		const key = callKey(kind + (ns?.id ?? ''), args);
		if (r) {
			const out = run(r);
			if (import.meta.env.SSR && recording) recording.set(key, out);
			return out;
		}
		const out = replayed()?.get(key);
		if (out !== undefined) return out as T;
		console.error(`[page-texts] missing: ${kind} ${JSON.stringify(args)}`);
		return (kind === 'h' ? false : typeof args[0] === 'string' ? args[0] : '') as T;
	}
	return {
		lang,
		t: (key, params) => call('t', [key, params ?? null], (r) => r.t(key, params)),
		msg: (m) => call('m', [m], (r) => r.msg(m)),
		display: (d, c) => call('d', [d, c ?? null], (r) => r.display(d, c)),
		has: (key) => call('h', [key], (r) => r.has(key))
	};
}
