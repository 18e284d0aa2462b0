import type { TopologyDocument } from '../model/types';
import type { RuleId } from '../rules/registry';
import type { Diagnostic, ValidateOptions } from '../rules/types';
import { validate } from '../rules/validate';

/** A fixed "today" for tests, so date-based rules are deterministic. */
export const TEST_TODAY = new Date('2026-11-24T12:00:00Z');

/** The diagnostics one rule reports for a document (validated with TEST_TODAY unless given). */
export function findings(doc: TopologyDocument, ruleId: RuleId, options: ValidateOptions = {}): Diagnostic<RuleId>[] {
  return validate(doc, { today: TEST_TODAY, ...options }).filter((d) => d.ruleId === ruleId);
}

/** The compact shape rule tests assert on: severity, element ids (sorted) and the optional detail. */
export function summary(d: Diagnostic): { severity: string; elementIds: string[]; detail?: string } {
  return { severity: d.severity, elementIds: [...d.elementIds].sort(), ...(d.detail ? { detail: d.detail } : {}) };
}
