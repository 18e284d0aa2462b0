import type { Diagnostic } from '../../core/rules/types';

/**
 * Keys that name a finding by what it says, not by its place in the list: a finding added above the
 * others leaves their rows (and their DOM) in place. Identical findings are told apart by occurrence.
 */
export function findingKeys(items: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return items.map((d) => {
    const base = `${d.ruleId}|${d.detail ?? ''}|${d.elementIds.join(',')}|${d.message}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  });
}

/** A new validation makes new finding objects; a row whose finding reads the same need not be drawn again. */
export const sameFinding = (a: Diagnostic, b: Diagnostic): boolean =>
  a === b ||
  (a.ruleId === b.ruleId &&
    a.severity === b.severity &&
    a.detail === b.detail &&
    a.message === b.message &&
    a.fix?.hint === b.fix?.hint &&
    a.fix?.autofix?.label === b.fix?.autofix?.label &&
    a.elementIds.join(',') === b.elementIds.join(','));

