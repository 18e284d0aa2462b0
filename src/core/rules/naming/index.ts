import type { Rule } from '../types';

/** The naming/… rules, sorted by ID. */
export const namingRules = [] as const satisfies readonly Rule[];
