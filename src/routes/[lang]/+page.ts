import { LANGS } from '$lib/i18n';

export const entries = () => LANGS.map((lang) => ({ lang }));
