import type { NatRule } from '../../model/types';
import { toPrefixes } from '../../net/prefix';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { firstFew } from '../shared';

/** Rules that translate the same thing: same mode and same internal mapping. */
function groupKey(r: NatRule): string {
  const internal = toPrefixes(r.internalMappings).map((p) => p.text);
  return `${r.mode}\u0000${(internal.length > 0 ? internal : r.internalMappings).join(',')}`;
}

export default defineRule({
  meta: {
    id: 'nat/active-active',
    severities: ['warning'],
    title: 'An active-active gateway whose NAT translation is pinned to only one instance, or a Dynamic rule with no instance.',
    source: 'FAQ "Does NAT work on active-active VPN gateways?", "What do I choose as the IP configuration ID?"; facts §7, §11 item 10',
    docs: {
      why: 'An active-active gateway has two instances, each with its own IP configuration (by default named `default` and `activeActive`) and its own tunnel to each site. A NAT rule pinned to one IP configuration translates only on that instance, so traffic through the other instance is not translated.',
      example: 'Active-active gateway `hub-gw` with one EgressSnat rule for 10.0.0.0/16 pinned to `default` and no rule for `activeActive`.',
      fix: 'Create a second rule with the same internal mapping pinned to the other IP configuration (with its own external mapping, or the same one for Static NAT) and link it to the same connections.',
      reading:
        'The FAQ says each rule applies to a single instance and active-active gateways need a rule per instance; Microsoft\'s AVM Bicep module says the IP configuration applies to Dynamic rules only and Static rules cover both instances automatically. This rule follows both where they agree: rules that translate the same internal prefix in the same mode are grouped, and a group whose pinned rules all name one instance (with no unpinned rule) is reported as `one-instance`. An unpinned Static rule is taken to cover both instances (AVM reading). An unpinned Dynamic rule is reported as `dynamic-unpinned`; facts.md would treat the instance as required there, but the catalog makes this rule a warning, so it stays a warning.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      if (!g.activeActive || g.natRules.length === 0) continue;
      const groups = new Map<string, NatRule[]>();
      for (const r of g.natRules) {
        const key = groupKey(r);
        const list = groups.get(key);
        if (list) list.push(r);
        else groups.set(key, [r]);
      }
      for (const rules of groups.values()) {
        const unpinned = rules.filter((r) => r.ipConfigurationId === undefined);
        for (const r of unpinned) {
          if (r.type !== 'Dynamic') continue;
          yield {
            elementIds: [r.id, g.id],
            message: `Dynamic NAT rule ${r.name} on active-active gateway ${g.name} names no IP configuration; pin it to one instance and add a matching rule for the other.`,
            detail: 'dynamic-unpinned',
            data: { ruleId: r.id },
            fix: { hint: `Set the IP configuration of ${r.name} (for example "default") and add a rule for the other instance (for example "activeActive").` },
          };
        }
        if (unpinned.length > 0) continue;
        const instances = new Set(rules.map((r) => r.ipConfigurationId!));
        if (instances.size !== 1) continue;
        const [instance] = instances;
        const first = rules[0]!;
        const internal = first.internalMappings.join(', ') || '(no internal mapping)';
        yield {
          elementIds: [...rules.map((r) => r.id), g.id],
          message: `On active-active gateway ${g.name}, ${first.mode} translation of ${internal} (rule${rules.length === 1 ? '' : 's'} ${firstFew(rules.map((r) => r.name))}) is pinned only to IP configuration "${instance}"; traffic through the other instance is not translated.`,
          detail: 'one-instance',
          data: { instance: instance!, ruleIds: rules.map((r) => r.id), mode: first.mode, internal: first.internalMappings },
          fix: { hint: `Add a ${first.mode} rule for ${internal} pinned to the gateway's other IP configuration and link it to the same connections.` },
        };
      }
    }
  },
});
