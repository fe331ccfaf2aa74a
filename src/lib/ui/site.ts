/** When the rule data was last checked against its sources (shown in the footer). */
export const RULES_LAST_CHECKED = '2026-11-22';
