import type { Rule } from '../types';
import azureResourceName from './azure-resource-name';

/** The naming/… rules, sorted by ID. */
export const namingRules = [azureResourceName] as const satisfies readonly Rule[];
