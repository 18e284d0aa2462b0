import type { Rule } from '../types';

/** The connection/… rules, sorted by ID. */
export const connectionRules = [] as const satisfies readonly Rule[];
