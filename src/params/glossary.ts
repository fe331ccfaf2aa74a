import type { ParamMatcher } from '@sveltejs/kit';
import { isInfoSlug } from '$lib/info/paths';

/** The information page's word in either language (see src/lib/info/paths.ts). */
export const match: ParamMatcher = (param) => isInfoSlug('glossary', param);
