import type { Rule } from '../types';
import invalidCidr from './invalid-cidr';

/** The address/… rules, sorted by ID. */
export const addressRules = [invalidCidr] as const satisfies readonly Rule[];
