import { addressRules } from './address';
import { bgpRules } from './bgp';
import { connectionRules } from './connection';
import { gatewayRules } from './gateway';
import { gatewaySubnetRules } from './gateway-subnet';
import { maintenanceRules } from './maintenance';
import { namingRules } from './naming';
import { natRules } from './nat';
import { p2sRules } from './p2s';
import type { Rule } from './types';

const all = [
  ...addressRules,
  ...bgpRules,
  ...connectionRules,
  ...gatewayRules,
  ...gatewaySubnetRules,
  ...maintenanceRules,
  ...namingRules,
  ...natRules,
  ...p2sRules,
] as const;

/** Every rule's ID: a typo in an ID used anywhere fails to compile. */
export type RuleId = (typeof all)[number]['meta']['id'];

/** Every rule, sorted by ID. */
export const RULES: readonly Rule<RuleId>[] = [...all].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));

const byId = new Map<string, Rule<RuleId>>(RULES.map((r) => [r.meta.id, r]));

/** The rule with this ID, if there is one. */
export function ruleById(id: string): Rule<RuleId> | undefined {
  return byId.get(id);
}
