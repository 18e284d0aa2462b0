import type { Rule } from '../types';

/** The nat/… rules, sorted by ID. */
export const natRules = [] as const satisfies readonly Rule[];
