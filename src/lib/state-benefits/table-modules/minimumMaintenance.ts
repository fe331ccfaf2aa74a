import json from '$data/state-benefits/minimum-child-maintenance.json';
import { defineTable } from '$lib/engine/tables';
import type { MaintenanceRow } from '../tables';

export const minimumMaintenance = defineTable<MaintenanceRow>(json);
