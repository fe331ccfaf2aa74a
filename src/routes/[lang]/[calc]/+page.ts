import type { PageLoad } from './$types';
import { calculatorEntries, loadCalculatorPage } from './load';

export const entries = calculatorEntries;
export const load: PageLoad = ({ params }) => loadCalculatorPage(params.calc);
