/** The questions of the minimum hourly rate calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { followsTransfersField, monthField, scheduleField } from '$lib/calendar/fields';

export const fields: FieldDef[] = [monthField, scheduleField, followsTransfersField];
