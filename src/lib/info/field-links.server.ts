/**
 * The glossary term and e-service names under a calculator's questions, resolved when the page is
 * prerendered (the calculator page's `+page.server.ts`), so the browser receives a few names instead
 * of the whole glossary and services catalogue (≈ 7 KB gzip of JavaScript per calculator page).
 */
import { FIELD_LINKS, type ResolvedFieldLink } from './field-links';
import { GLOSSARY } from './glossary';
import { E_SERVICES } from './services';

export function resolvedFieldLinks(calculatorId: string): Record<string, ResolvedFieldLink> {
	const out: Record<string, ResolvedFieldLink> = {};
	for (const [key, link] of Object.entries(FIELD_LINKS)) {
		const [calc, field] = key.split('.');
		if (calc !== calculatorId) continue;
		const term = link.term ? GLOSSARY.find((g) => g.id === link.term) : undefined;
		const eService = link.eService ? E_SERVICES.find((e) => e.id === link.eService) : undefined;
		out[field] = {
			...(term && { term: { id: term.id, name: term.term } }),
			...(eService && { eService: { id: eService.id, name: eService.name } })
		};
	}
	return out;
}
