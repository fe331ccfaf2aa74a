import type { ParamMatcher } from '@sveltejs/kit';
import { SLUGS } from '$lib/rules/paths';

/** The changes section's word in either language; the page checks that it is the word of its own language. */
export const match: ParamMatcher = (p) => Object.values(SLUGS.changes).includes(p as never);
