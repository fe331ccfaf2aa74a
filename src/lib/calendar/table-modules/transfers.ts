import json from '$data/calendar/transferred-working-days.json';
import { defineTable } from '$lib/engine/tables';
import type { TransferYear } from '../tables';

export const transfers = defineTable<TransferYear>(json);
