import type { Rule } from '../types';

/** The gateway/… rules, sorted by ID. */
export const gatewayRules = [] as const satisfies readonly Rule[];
