import type { DesignIndex } from '../model/design-index';
import type { NatRule, SiteToSiteConnection } from '../model/types';
import { contains, toPrefix, translatePrefix, type Prefix } from '../net/prefix';

/** One row of a connection's NAT table: what a prefix becomes and by which rule. */
export interface TranslationRow {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly type: NatRule['type'];
  readonly mode: NatRule['mode'];
  readonly internal: string;
  readonly external: string;
}

/** The NAT rules a connection links, by direction, resolved on its gateway. */
export function linkedNatRules(index: DesignIndex, c: SiteToSiteConnection): { ingress: NatRule[]; egress: NatRule[] } {
  const resolve = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const hit = index.natRuleById.get(id);
      return hit && hit.gateway.id === c.gatewayId ? [hit.rule] : [];
    });
  return { ingress: resolve(c.ingressNatRuleIds), egress: resolve(c.egressNatRuleIds) };
}

/**
 * What a set of prefixes looks like after the given SNAT rules. A prefix inside a rule's internal
 * mapping is translated (static: host part kept; dynamic: the external pool as a whole). A prefix
 * no rule covers stays as it is; `untranslated` lists those.
 */
export function applySnat(prefixes: readonly Prefix[], rules: readonly NatRule[]): { seen: Prefix[]; untranslated: Prefix[] } {
  if (rules.length === 0) return { seen: [...prefixes], untranslated: [...prefixes] };
  const seen: Prefix[] = [];
  const untranslated: Prefix[] = [];
  for (const p of prefixes) {
    let translated = false;
    for (const rule of rules) {
      const internal = rule.internalMappings.length === 1 ? toPrefix(rule.internalMappings[0]!) : undefined;
      const external = rule.externalMappings.length === 1 ? toPrefix(rule.externalMappings[0]!) : undefined;
      if (!internal || !external) continue;
      if (contains(internal, p)) {
        const out = rule.type === 'Static' ? translatePrefix(p, internal, external) : external;
        if (out) {
          seen.push(out);
          translated = true;
          break;
        }
      } else if (contains(p, internal)) {
        // The rule covers part of the prefix: that part is translated, the rest is not.
        seen.push(rule.type === 'Static' ? external : external);
      }
    }
    if (!translated) {
      seen.push(p);
      untranslated.push(p);
    }
  }
  return { seen, untranslated };
}

/** The NAT translation table of one connection (rows for every linked rule). */
export function natTable(index: DesignIndex, c: SiteToSiteConnection): TranslationRow[] {
  const { ingress, egress } = linkedNatRules(index, c);
  return [...ingress, ...egress].map((r) => ({
    ruleId: r.id,
    ruleName: r.name,
    type: r.type,
    mode: r.mode,
    internal: r.internalMappings.join(', '),
    external: r.externalMappings.join(', '),
  }));
}
