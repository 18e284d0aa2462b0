import { linkedNatRules } from '../../compute/nat-translation';
import type { NatRule, SiteToSiteConnection } from '../../model/types';
import { toPrefixes } from '../../net/prefix';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { firstFew } from '../shared';

/** Rules that translate the same thing: same mode and same internal mapping. */
function translationKey(r: NatRule): string {
  const internal = toPrefixes(r.internalMappings).map((p) => p.text);
  return `${r.mode}\u0000${(internal.length > 0 ? internal : r.internalMappings).join(',')}`;
}

/** One translation pinned to a single instance, and the connections where that is all there is. */
interface OneInstance {
  readonly rules: readonly NatRule[];
  readonly instance: string;
  readonly connections: SiteToSiteConnection[];
}

export default defineRule({
  meta: {
    id: 'nat/active-active',
    severities: ['warning'],
    title: 'An active-active gateway where a connection\'s NAT translation is pinned to only one instance, or a rule names no instance.',
    source: 'FAQ "Does NAT work on active-active VPN gateways?", "What do I choose as the IP configuration ID?"; facts §7, §11 item 10',
    docs: {
      why: 'An active-active gateway has two instances, each with its own IP configuration (by default named `default` and `activeActive`) and its own tunnel to each site. A NAT rule pinned to one IP configuration translates only on that instance, so traffic of a connection through the other instance is not translated.',
      example: 'Active-active gateway `hub-gw` whose connection `to-branch` links one EgressSnat rule for 10.0.0.0/16 pinned to `default` and no rule for `activeActive`.',
      fix: 'Create a second rule with the same internal mapping pinned to the other IP configuration (with its own external mapping, or the same one for Static NAT) and link it to the same connections. Give every rule an IP configuration.',
      reading:
        'The FAQ says each rule applies to a single instance and active-active gateways need a rule per instance; Microsoft\'s AVM Bicep module says the IP configuration applies to Dynamic rules only and Static rules cover both instances automatically. facts §7 settles it as: require the instance for Dynamic rules, warn for Static ones. So an unpinned Dynamic rule is reported as `dynamic-unpinned` (a warning, as the catalog rates this rule) and an unpinned Static rule as `static-unpinned`, naming both sources; both are properties of the rule, reported whether or not a connection links it. `one-instance` is judged per connection, over the rules that connection links (a rule translates only where it is linked): rules that translate the same internal prefix in the same mode are grouped, and a group whose rules are all pinned to one instance is reported once for every set of connections in that situation. A group holding an unpinned rule is left to the unpinned warnings.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const { index } = ctx;
    for (const g of ctx.doc.gateways) {
      if (!g.activeActive || g.natRules.length === 0) continue;
      for (const r of g.natRules) {
        if (r.ipConfigurationId !== undefined) continue;
        if (r.type === 'Dynamic') {
          yield {
            elementIds: [r.id, g.id],
            message: `Dynamic NAT rule ${r.name} on active-active gateway ${g.name} names no IP configuration; pin it to one instance and add a matching rule for the other.`,
            detail: 'dynamic-unpinned',
            data: { ruleId: r.id, type: r.type },
            fix: { hint: `Set the IP configuration of ${r.name} (for example "default") and add a rule for the other instance (for example "activeActive").` },
          };
        } else {
          yield {
            elementIds: [r.id, g.id],
            message: `Static NAT rule ${r.name} on active-active gateway ${g.name} names no IP configuration. The VPN Gateway FAQ says each NAT rule applies to a single instance (one rule per instance is needed), while Microsoft's AVM module says Static rules are applied to both instances; pin it and add a rule for the other instance to be safe under either reading.`,
            detail: 'static-unpinned',
            data: { ruleId: r.id, type: r.type, sources: ['FAQ: one rule per instance', 'AVM module: Static applied to both instances'] },
            fix: { hint: `Set the IP configuration of ${r.name} (for example "default") and add an equal rule pinned to the other instance (for example "activeActive"), linked to the same connections.` },
          };
        }
      }

      // Per connection: the linked rules grouped by translation; connections with the same pinned-only group share one finding.
      const found = new Map<string, OneInstance>();
      const keyOf = new Map<string, string>();
      for (const c of index.s2sByGateway.get(g.id) ?? []) {
        const { ingress, egress } = linkedNatRules(index, c);
        const groups = new Map<string, NatRule[]>();
        const seen = new Set<string>();
        for (const r of [...ingress, ...egress]) {
          if (seen.has(r.id)) continue;
          seen.add(r.id);
          let key = keyOf.get(r.id);
          if (key === undefined) keyOf.set(r.id, (key = translationKey(r)));
          const list = groups.get(key);
          if (list) list.push(r);
          else groups.set(key, [r]);
        }
        for (const [key, rules] of groups) {
          if (rules.some((r) => r.ipConfigurationId === undefined)) continue;
          const instances = new Set(rules.map((r) => r.ipConfigurationId!));
          if (instances.size !== 1) continue;
          const ruleIds = rules.map((r) => r.id).sort();
          const groupKey = `${key}\u0000${ruleIds.join('\u0000')}`;
          const hit = found.get(groupKey);
          if (hit) hit.connections.push(c);
          else found.set(groupKey, { rules, instance: [...instances][0]!, connections: [c] });
        }
      }
      for (const { rules, instance, connections } of found.values()) {
        const first = rules[0]!;
        const internal = first.internalMappings.join(', ') || '(no internal mapping)';
        const connectionNames = firstFew(connections.map((c) => c.name));
        yield {
          elementIds: [...rules.map((r) => r.id), ...connections.map((c) => c.id), g.id],
          message: `On active-active gateway ${g.name}, ${first.mode} translation of ${internal} on connection${connections.length === 1 ? '' : 's'} ${connectionNames} (rule${rules.length === 1 ? '' : 's'} ${firstFew(rules.map((r) => r.name))}) is pinned only to IP configuration "${instance}"; traffic through the other instance is not translated.`,
          detail: 'one-instance',
          data: { instance, ruleIds: rules.map((r) => r.id), connectionIds: connections.map((c) => c.id), mode: first.mode, internal: first.internalMappings },
          fix: { hint: `Add a ${first.mode} rule for ${internal} pinned to the gateway's other IP configuration and link it to connection${connections.length === 1 ? '' : 's'} ${connectionNames}.` },
        };
      }
    }
  },
});
