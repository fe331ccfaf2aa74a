import { describe } from 'vitest';
import { calculatorContractTests } from '$lib/calendar/calculator-harness';
import type { Calculator } from '$lib/engine/calculator';
import calculator from './index';

describe('minimum-pay-for-hours', () => calculatorContractTests(calculator as Calculator<never>));
