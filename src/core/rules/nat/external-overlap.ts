import type { SeenSpace, SpaceOwnerKind } from '../../compute/reachability';
import type { DesignIndex } from '../../model/design-index';
import type { NatRule } from '../../model/types';
import { toPrefixes } from '../../net/prefix';
import { crossOverlappingPairs, overlappingPairs, type Placed } from '../../net/sweep';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { describeElement } from '../shared';
import { domains, natLinks, siteNetworkKey, type NatLink } from './shared';

interface RuleUse {
  readonly rule: NatRule;
  /** The gateway the rule belongs to. */
  readonly gatewayId: string;
  readonly connectionIds: Set<string>;
  /** Network keys of the sites the rule is linked towards (undefined entries: unknown site space). */
  readonly siteKeys: Set<string | undefined>;
}

interface Network {
  readonly ownerId: string;
  readonly ownerKind: SpaceOwnerKind;
  /**
   * For a prefix that a site's IngressSNAT produced: the gateway whose rule produced it. That gateway's
   * own externals are not judged against it (overlaps among one gateway's externals are the
   * `externals` sub-case); other gateways' externals are.
   */
  readonly producedOn?: string;
}

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

/** Spaces as networks, each (owner, prefix) once; prefixes a site's IngressSNAT produced are marked with their gateway. */
function networksOf(index: DesignIndex, spaces: readonly SeenSpace[]): Placed<Network>[] {
  const out = new Map<string, Placed<Network>>();
  for (const space of spaces) {
    const natted = space.nat && space.natPrefixes ? new Set(space.natPrefixes) : undefined;
    const via = natted && space.viaId !== undefined ? index.connectionById.get(space.viaId) : undefined;
    const producedOn = via && via.kind === 's2s' ? via.gatewayId : undefined;
    for (const prefix of space.prefixes) {
      const mark = natted?.has(prefix.text) ? producedOn : undefined;
      const key = `${space.ownerId}\u0000${prefix.text}\u0000${mark ?? ''}`;
      if (out.has(key)) continue;
      out.set(key, { prefix, item: { ownerId: space.ownerId, ownerKind: space.ownerKind, ...(mark !== undefined ? { producedOn: mark } : {}) } });
    }
  }
  return [...out.values()];
}

/** Externals that overlap networks, each (rule, owner) reported once across the whole check. */
function* networkFindings(ctx: RuleContext, externals: readonly Placed<RuleUse>[], networks: readonly Placed<Network>[], reported: Set<string>): Iterable<Finding> {
  if (externals.length === 0 || networks.length === 0) return;
  for (const [ext, net] of crossOverlappingPairs(externals, networks)) {
    const { rule, gatewayId } = ext.item;
    if (net.item.producedOn === gatewayId) continue;
    const key = `${rule.id}\u0000${net.item.ownerId}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const gatewayName = describeElement(ctx, gatewayId);
    yield {
      elementIds: [rule.id, net.item.ownerId, gatewayId],
      message: `External mapping ${ext.prefix.text} of ${rule.mode} rule ${rule.name} overlaps ${describeElement(ctx, net.item.ownerId)} (${net.prefix.text}), which ${gatewayName} also routes to.`,
      detail: 'network',
      data: { ruleId: rule.id, prefix: ext.prefix.text, ownerId: net.item.ownerId, ownerKind: net.item.ownerKind, ownerPrefix: net.prefix.text, gatewayId },
      fix: { hint: `Give rule ${rule.name} an external range outside every network ${gatewayName} connects.` },
    };
  }
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
        'Checked per gateway, over the rules its connections link (an unlinked rule translates nothing, nor does any rule on a SKU without NAT or a connection with policy-based selectors), against the gateway\'s routing domain: its VNet and transit spokes, connected sites, P2S pools, VNet-to-VNet networks and everything its BGP group routes (sites as the gateways see them after IngressSnat; the ranges a gateway\'s own rules produce are not held against that gateway\'s rules, which the `externals` sub-case compares instead). Two EgressSnat rules may share an external range when they are linked on different connections, since each site sees only its own connection\'s translation (the FAQ allows several egress rules for one VNet on different connections); on a common connection they clash. Two IngressSnat rules with the same translation towards sites that are the same network (equal prefixes) are redundancy, not a clash. Overlaps between untranslated networks are address/overlap\'s finding.',
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
    const reported = new Set<string>();
    // BGP groups whose members have NAT links: their shared spaces are judged once per group.
    const groups = new Map<string, { spaces: readonly SeenSpace[]; externals: Placed<RuleUse>[] }>();
    for (const domain of domains(ctx)) {
      const links = linksByGateway.get(domain.gatewayId);
      if (!links) continue;
      const gatewayName = describeElement(ctx, domain.gatewayId);
      const uses = new Map<string, RuleUse>();
      for (const link of links) {
        const key = siteNetworkKey(link.site);
        for (const rule of [...link.nat.ingress, ...link.nat.egress]) {
          let u = uses.get(rule.id);
          if (!u) {
            u = { rule, gatewayId: domain.gatewayId, connectionIds: new Set(), siteKeys: new Set() };
            uses.set(rule.id, u);
          }
          u.connectionIds.add(link.connection.id);
          u.siteKeys.add(key);
        }
      }
      // Each rule's external prefixes once.
      const externals: Placed<RuleUse>[] = [];
      for (const use of uses.values()) {
        const texts = new Set<string>();
        for (const prefix of toPrefixes(use.rule.externalMappings)) {
          if (texts.has(prefix.text)) continue;
          texts.add(prefix.text);
          externals.push({ prefix, item: use });
        }
      }
      for (const [x, y] of overlappingPairs(externals)) {
        const a = x.item;
        const b = y.item;
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
      }
      // The far VNets of this gateway's own VNet-to-VNet links without BGP.
      yield* networkFindings(ctx, externals, networksOf(ctx.index, domain.plain), reported);
      const group = groups.get(domain.group.id);
      if (group) group.externals.push(...externals);
      else groups.set(domain.group.id, { spaces: domain.group.spaces, externals: [...externals] });
    }
    // Externals against networks only, one two-sided sweep per group: networks overlapping each other are address/overlap's concern.
    for (const { spaces, externals } of groups.values()) yield* networkFindings(ctx, externals, networksOf(ctx.index, spaces), reported);
  },
});
