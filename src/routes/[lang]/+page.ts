import { LANGS } from '$lib/i18n';

export const entries = () => LANGS.map((lang) => ({ lang }));
// The list of calculators needs no JavaScript: none is shipped (links work as plain links).
export const csr = false;
