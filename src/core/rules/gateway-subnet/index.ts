import type { Rule } from '../types';

/** The gateway-subnet/… rules, sorted by ID. */
export const gatewaySubnetRules = [] as const satisfies readonly Rule[];
