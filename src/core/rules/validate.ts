import { indexDesign, type DesignIndex } from '../model/design-index';
import type { TopologyDocument } from '../model/types';
import { RULES, type RuleId } from './registry';
import type { Diagnostic, RuleContext, Severity, ValidateOptions } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Builds the context rules share: indexes, a per-run memo, and today's date. */
export function createContext(doc: TopologyDocument, options: ValidateOptions = {}, index?: DesignIndex): RuleContext {
  const cache = new Map<string, unknown>();
  return {
    doc,
    index: index ?? indexDesign(doc),
    // An invalid date would make every date rule meaningless: fall back to the clock.
    today: options.today && !Number.isNaN(options.today.getTime()) ? options.today : new Date(),
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}

/** Runs every rule over a document and returns its diagnostics, errors first. */
export function validate(doc: TopologyDocument, options: ValidateOptions = {}): Diagnostic<RuleId>[] {
  return runRules(createContext(doc, options));
}

/** Runs every rule on a prepared context. */
export function runRules(ctx: RuleContext): Diagnostic<RuleId>[] {
  const out: Diagnostic<RuleId>[] = [];
  for (const rule of RULES) {
    const { id, severities, source } = rule.meta;
    for (const f of rule.check(ctx)) {
      out.push({ ...f, ruleId: id, source, severity: f.severity ?? severities[0] });
    }
  }
  return out.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
