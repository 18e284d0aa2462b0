import type { SpaceOwnerKind } from '../../compute/reachability';
import type { NatRule } from '../../model/types';
import { toPrefixes, type Prefix } from '../../net/prefix';
import { overlappingPairs, type Placed } from '../../net/sweep';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { describeElement } from '../shared';
import { domains, natLinks, siteNetworkKey, type NatLink } from './shared';

interface RuleUse {
  readonly rule: NatRule;
  readonly connectionIds: Set<string>;
  /** Network keys of the sites the rule is linked towards (undefined entries: unknown site space). */
  readonly siteKeys: Set<string | undefined>;
}

type Item = { readonly kind: 'external'; readonly use: RuleUse } | { readonly kind: 'network'; readonly ownerId: string; readonly ownerKind: SpaceOwnerKind };

const sameTranslation = (a: NatRule, b: NatRule) =>
  a.type === b.type && a.internalMappings.join(',') === b.internalMappings.join(',') && a.externalMappings.join(',') === b.externalMappings.join(',');

/** Whether two rules' overlapping external mappings are a real clash (see the reading). */
function externalsClash(a: RuleUse, b: RuleUse): boolean {
  if (a.rule.mode === 'EgressSnat' && b.rule.mode === 'EgressSnat') {
    for (const id of a.connectionIds) if (b.connectionIds.has(id)) return true;
    return false;
  }
  if (a.rule.mode === 'IngressSnat' && b.rule.mode === 'IngressSnat' && sameTranslation(a.rule, b.rule)) {
    const keys = new Set([...a.siteKeys, ...b.siteKeys]);
    return keys.size !== 1 || keys.has(undefined);
  }
  return true;
}

export default defineRule({
  meta: {
    id: 'nat/external-overlap',
    severities: ['error'],
    title: 'External (post-NAT) mappings that overlap each other, or overlap a network the gateway reaches untranslated.',
    source: 'facts §7 (NAT overview: external mappings must not overlap); FAQ "What IP ranges can I use for external mapping?"',
    docs: {
      why: 'The external mapping is the address a network has on the other side of the gateway. If two networks are translated into overlapping external ranges, or into a range some other connected network already uses, routing cannot tell them apart. Any range may be used, public or private, as long as it is unique in everything the gateway connects.',
      example: 'Rule `in-a` maps branch A to 100.64.1.0/24 and rule `in-b` maps branch B to 100.64.0.0/16; or an IngressSnat rule maps a branch onto 10.1.0.0/16 while spoke VNet `app` uses 10.1.0.0/16.',
      fix: 'Pick external ranges that no connected network uses and that do not overlap one another (a reserved block such as part of 100.64.0.0/10 per gateway works well).',
      reading:
        'Checked per gateway, over the rules its connections link (an unlinked rule translates nothing), against the gateway\'s routing domain: its VNet and transit spokes, connected sites (their untranslated parts), P2S pools, VNet-to-VNet and BGP-transit networks. Two EgressSnat rules may share an external range when they are linked on different connections, since each site sees only its own connection\'s translation (the FAQ allows several egress rules for one VNet on different connections); on a common connection they clash. Two IngressSnat rules with the same translation towards sites that are the same network (equal prefixes) are redundancy, not a clash. Overlaps between untranslated networks are address/overlap\'s finding.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const linksByGateway = new Map<string, NatLink[]>();
    for (const link of natLinks(ctx)) {
      const list = linksByGateway.get(link.gateway.id);
      if (list) list.push(link);
      else linksByGateway.set(link.gateway.id, [link]);
    }
    if (linksByGateway.size === 0) return;
    for (const domain of domains(ctx)) {
      const links = linksByGateway.get(domain.gatewayId);
      if (!links) continue;
      const gatewayName = describeElement(ctx, domain.gatewayId);
      const uses = new Map<string, RuleUse>();
      const natByConnection = new Map<string, NatLink>();
      for (const link of links) {
        natByConnection.set(link.connection.id, link);
        const key = siteNetworkKey(link.site);
        for (const rule of [...link.nat.ingress, ...link.nat.egress]) {
          let u = uses.get(rule.id);
          if (!u) {
            u = { rule, connectionIds: new Set(), siteKeys: new Set() };
            uses.set(rule.id, u);
          }
          u.connectionIds.add(link.connection.id);
          u.siteKeys.add(key);
        }
      }
      const placed: Placed<Item>[] = [];
      for (const use of uses.values()) {
        for (const prefix of toPrefixes(use.rule.externalMappings)) placed.push({ prefix, item: { kind: 'external', use } });
      }
      for (const space of domain.spaces) {
        const link = space.via === 's2s' && space.viaId !== undefined ? natByConnection.get(space.viaId) : undefined;
        const prefixes: readonly Prefix[] = link ? link.nat.onPrem.translations.flatMap((t) => t.remainder) : space.prefixes;
        for (const prefix of prefixes) placed.push({ prefix, item: { kind: 'network', ownerId: space.ownerId, ownerKind: space.ownerKind } });
      }
      const reported = new Set<string>();
      for (const [x, y] of overlappingPairs(placed)) {
        if (x.item.kind === 'network' && y.item.kind === 'network') continue;
        if (x.item.kind === 'external' && y.item.kind === 'external') {
          const a = x.item.use;
          const b = y.item.use;
          if (a.rule.id === b.rule.id || !externalsClash(a, b)) continue;
          const key = [a.rule.id, b.rule.id].sort().join('\u0000');
          if (reported.has(key)) continue;
          reported.add(key);
          yield {
            elementIds: [a.rule.id, b.rule.id, domain.gatewayId],
            message: `External mapping ${x.prefix.text} of ${a.rule.mode} rule ${a.rule.name} overlaps external mapping ${y.prefix.text} of ${b.rule.mode} rule ${b.rule.name} on ${gatewayName}.`,
            detail: 'externals',
            data: { ruleId: a.rule.id, otherRuleId: b.rule.id, prefix: x.prefix.text, otherPrefix: y.prefix.text, gatewayId: domain.gatewayId },
            fix: { hint: `Move one of the two rules to an external range nothing else uses.` },
          };
          continue;
        }
        const [ext, net] = x.item.kind === 'external' ? [x, y] : [y, x];
        if (ext.item.kind !== 'external' || net.item.kind !== 'network') continue;
        const rule = ext.item.use.rule;
        const key = `${rule.id}\u0000${net.item.ownerId}`;
        if (reported.has(key)) continue;
        reported.add(key);
        yield {
          elementIds: [rule.id, net.item.ownerId, domain.gatewayId],
          message: `External mapping ${ext.prefix.text} of ${rule.mode} rule ${rule.name} overlaps ${describeElement(ctx, net.item.ownerId)} (${net.prefix.text}), which ${gatewayName} reaches untranslated.`,
          detail: 'network',
          data: { ruleId: rule.id, prefix: ext.prefix.text, ownerId: net.item.ownerId, ownerKind: net.item.ownerKind, ownerPrefix: net.prefix.text, gatewayId: domain.gatewayId },
          fix: { hint: `Give rule ${rule.name} an external range outside every network ${gatewayName} connects.` },
        };
      }
    }
  },
});
