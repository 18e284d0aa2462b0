import type { Rule } from '../types';
import coexistence from './coexistence';
import maintenanceWindow from './window';

/** The maintenance/… rules, sorted by ID. */
export const maintenanceRules = [coexistence, maintenanceWindow] as const satisfies readonly Rule[];
