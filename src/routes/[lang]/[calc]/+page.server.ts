import { resolvedFieldLinks } from '$lib/info/field-links.server';
import type { PageServerLoad } from './$types';
import { calculatorEntries } from './entries.server';

export const entries = calculatorEntries;
export const load: PageServerLoad = ({ params }) => ({ fieldLinks: resolvedFieldLinks(params.calc) });
