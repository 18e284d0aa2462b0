import type { Rule } from '../types';

/** The p2s/… rules, sorted by ID. */
export const p2sRules = [] as const satisfies readonly Rule[];
