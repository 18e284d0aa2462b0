import type { Rule } from '../types';

/** The bgp/… rules, sorted by ID. */
export const bgpRules = [] as const satisfies readonly Rule[];
