import type { Rule } from '../types';

/** The maintenance/… rules, sorted by ID. */
export const maintenanceRules = [] as const satisfies readonly Rule[];
