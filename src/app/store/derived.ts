import type { TopologyDocument } from '../../core/model/types';
import type { RuleId } from '../../core/rules/registry';
import type { Diagnostic, Severity } from '../../core/rules/types';
import { validate } from '../../core/rules/validate';

/**
 * Data derived from the document, never stored beside it. Each function is memoized on the parts of the
 * document it reads, so zustand selectors built on them return the same value until those parts change.
 */

/** The parts of a document validation reads: everything but `layout`. */
const domainKey = (doc: TopologyDocument) =>
  [doc.schemaVersion, doc.name, doc.vnets, doc.gateways, doc.sites, doc.p2sConfigurations, doc.connections] as const;

let lastKey: ReturnType<typeof domainKey> | undefined;
let lastDiagnostics: readonly Diagnostic<RuleId>[] = [];

/** The document's diagnostics; moving nodes (a layout-only change) returns the previous array unchanged. */
export function diagnosticsOf(doc: TopologyDocument): readonly Diagnostic<RuleId>[] {
  const key = domainKey(doc);
  if (lastKey && key.every((part, i) => part === lastKey![i])) return lastDiagnostics;
  lastDiagnostics = validate(doc);
  lastKey = key;
  return lastDiagnostics;
}

export type Worst = Severity | 'none';

/** How many findings of each severity involve one element. */
export interface ElementSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

const ZERO: ElementSummary = { error: 0, warning: 0, info: 0 };
const RANK: Record<Worst, number> = { none: 0, info: 1, warning: 2, error: 3 };

const summaries = new WeakMap<readonly Diagnostic[], ReadonlyMap<string, ElementSummary>>();

/**
 * Per element id, the findings that involve it. A NAT rule's findings also count on its gateway, which
 * is the node the canvas draws for it. Each finding counts once per element.
 */
export function elementSummaries(doc: TopologyDocument): ReadonlyMap<string, ElementSummary> {
  const diagnostics = diagnosticsOf(doc);
  const cached = summaries.get(diagnostics);
  if (cached) return cached;
  const gatewayOfNatRule = new Map<string, string>();
  for (const g of doc.gateways) for (const r of g.natRules) gatewayOfNatRule.set(r.id, g.id);
  const out = new Map<string, { error: number; warning: number; info: number }>();
  const seen = new Set<string>();
  for (const d of diagnostics) {
    seen.clear();
    for (const id of d.elementIds) {
      seen.add(id);
      const gateway = gatewayOfNatRule.get(id);
      if (gateway !== undefined) seen.add(gateway);
    }
    for (const id of seen) {
      let s = out.get(id);
      if (!s) out.set(id, (s = { error: 0, warning: 0, info: 0 }));
      s[d.severity] += 1;
    }
  }
  summaries.set(diagnostics, out);
  return out;
}

/** The findings that involve one element (zero counts when none do). */
export function summaryOf(doc: TopologyDocument, id: string): ElementSummary {
  return elementSummaries(doc).get(id) ?? ZERO;
}

/** The worst severity among findings involving any of the elements. */
export function worstOf(doc: TopologyDocument, ids: readonly string[]): Worst {
  const all = elementSummaries(doc);
  let worst: Worst = 'none';
  for (const id of ids) {
    const s = all.get(id);
    if (!s) continue;
    const w: Worst = s.error ? 'error' : s.warning ? 'warning' : s.info ? 'info' : 'none';
    if (RANK[w] > RANK[worst]) worst = w;
  }
  return worst;
}
