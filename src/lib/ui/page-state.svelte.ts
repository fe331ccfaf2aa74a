/**
 * The current share-link fragment, written by the calculator page and read by the language switch
 * in the header so that switching language keeps the calculation.
 */
export const pageState = $state({ fragment: '' });
