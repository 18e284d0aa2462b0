import { natMapping } from '../../compute/nat-translation';
import type { SeenSpace, SpaceOwnerKind } from '../../compute/reachability';
import type { VpnGateway } from '../../model/types';
import { BITS, formatIp, parseIp } from '../../net/ip';
import { containsAddress, translateAddress, type Prefix } from '../../net/prefix';
import { isApipaAddress } from '../../net/ranges';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { collisions, domains, natLinks, withGateway, type NatLink } from './shared';
import { describeElement, firstFew } from '../shared';

export default defineRule({
  meta: {
    id: 'nat/bgp-translation',
    severities: ['warning', 'error'],
    title: 'BGP with NAT: route translation off, a BGP peer IP left untranslated or entered pre-NAT, or NAT with an APIPA BGP peer.',
    source: 'FAQ "Does NAT work with BGP connections?"; facts §7, §11 item 10',
    docs: {
      why: 'On a BGP connection with NAT, the gateway must translate the routes too: "Enable BGP Route Translation" makes it advertise the VNet under its EgressSnat external prefixes and translate learned routes to their IngressSnat external prefixes. The on-premises BGP speaker must itself have a unique address in Azure: when its address collides with the VNet or with another network the gateway connects, an IngressSnat rule has to translate it, and the local network gateway must hold the translated (post-NAT) address. NAT is not supported together with APIPA BGP addresses.',
      example: 'Site `branch` (10.0.0.0/16, BGP peer IP 10.0.0.1) on a BGP connection to a gateway in VNet 10.0.0.0/16, with an IngressSnat rule 10.0.0.0/16 to 100.64.0.0/16: the peer IP should be 100.64.0.1.',
      fix: 'Turn on enableBgpRouteTranslationForNat on the gateway; cover the device\'s BGP address with an IngressSnat rule and enter its translated address as the site\'s BGP peer IP; use a regular (non-APIPA) BGP address on NAT connections.',
      reading:
        'Detail `route-translation` (warning) is one finding per gateway. `peer-pre-nat` (error): the peer IP lies in an IngressSnat rule\'s internal mapping, so it was entered before translation. `peer-untranslated` (error): no linked IngressSnat rule translates the peer IP, and it either lies in one of the site\'s address prefixes that overlaps the VNet side (gateway VNet and transit spokes), or lies inside another network of the gateway\'s routing domain as the gateway sees it after NAT: another site, a P2S pool, a transit spoke, a VNet reached by VNet-to-VNet, or what BGP transit brings in (data `ownerId` names it). A peer IP inside the gateway\'s own VNet is bgp/peer-ip\'s finding. `apipa` (error): the nat-overview article says an APIPA peer needs no NAT rule, but the FAQ, the newer source, says NAT is not supported with APIPA BGP addresses; this rule follows the FAQ.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const bgpByGateway = new Map<string, NatLink[]>();
    for (const link of natLinks(ctx)) {
      const { connection: c, site, gateway, nat } = link;
      if (!c.enableBgp) continue;
      const list = bgpByGateway.get(gateway.id);
      if (list) list.push(link);
      else bgpByGateway.set(gateway.id, [link]);
      if (!site.bgp) continue;
      const peerText = site.bgp.peerIp.trim();
      const ip = parseIp(peerText);
      if (!ip) continue; // bgp/peer-ip reports unreadable addresses
      if (isApipaAddress(peerText)) {
        yield {
          elementIds: [c.id, site.id],
          severity: 'error',
          message: `Connection ${c.name} uses NAT with BGP, but site ${site.name} has APIPA BGP peer IP ${peerText}; NAT is not supported with APIPA BGP addresses.`,
          detail: 'apipa',
          data: { peerIp: peerText },
          fix: { hint: `Give the device on site ${site.name} a regular BGP address (translated by an IngressSnat rule if it collides), or remove NAT from connection ${c.name}.` },
        };
        continue;
      }
      const mappings = nat.ingress.flatMap((r) => {
        const m = r.mode === 'IngressSnat' ? natMapping(r) : undefined;
        return m ? [m] : [];
      });
      if (mappings.some((m) => containsAddress(m.external, ip.version, ip.value))) continue;
      const covering = mappings.find((m) => containsAddress(m.internal, ip.version, ip.value));
      if (covering) {
        const translated = covering.rule.type === 'Static' ? translateAddress(ip.value, covering.internal, covering.external) : undefined;
        const post = translated !== undefined ? formatIp(ip.version, translated) : undefined;
        const allLink = linkedOnEveryConnection(ctx, site.id, covering.rule.id);
        yield {
          elementIds: [site.id, c.id, covering.rule.id],
          severity: 'error',
          message: `Site ${site.name} has BGP peer IP ${peerText}, which IngressSnat rule ${covering.rule.name} translates${post ? ` to ${post}` : ` into ${covering.external.text}`}; the local network gateway must hold the post-NAT address.`,
          detail: 'peer-pre-nat',
          data: { peerIp: peerText, ruleId: covering.rule.id, ...(post ? { postNat: post } : { externalPool: covering.external.text }) },
          fix: {
            hint: post ? `Set the BGP peer IP of site ${site.name} to ${post}.` : `Set the BGP peer IP of site ${site.name} to its translated address in ${covering.external.text}.`,
            ...(post && allLink
              ? {
                  autofix: {
                    label: `Set BGP peer IP to ${post}`,
                    apply: (doc) => ({
                      ...doc,
                      sites: doc.sites.map((s) => (s.id === site.id && s.bgp ? { ...s, bgp: { ...s.bgp, peerIp: post } } : s)),
                    }),
                  },
                }
              : {}),
          },
        };
        continue;
      }
      const clash = collidingPrefix(ctx, link, ip.version, ip.value);
      if (clash) {
        yield {
          elementIds: [site.id, c.id],
          severity: 'error',
          message: `Site ${site.name} has BGP peer IP ${peerText}, inside ${clash.text}, which collides with the VNet side of connection ${c.name}, and no IngressSnat rule translates it.`,
          detail: 'peer-untranslated',
          data: { peerIp: peerText, prefix: clash.text },
          fix: { hint: `Link an IngressSnat rule covering ${peerText} on connection ${c.name} and enter the translated address as the site's BGP peer IP.` },
        };
        continue;
      }
      const other = otherNetworkAt(ctx, gateway, site.id, ip.version, ip.value);
      if (!other) continue;
      yield {
        elementIds: [site.id, c.id, other.ownerId],
        severity: 'error',
        message: `Site ${site.name} has BGP peer IP ${peerText}, inside ${describeElement(ctx, other.ownerId)} (${other.prefix.text}), which gateway ${gateway.name} also routes to, and no IngressSnat rule on connection ${c.name} translates it.`,
        detail: 'peer-untranslated',
        data: { peerIp: peerText, prefix: other.prefix.text, ownerId: other.ownerId, ownerKind: other.ownerKind },
        fix: { hint: `Link an IngressSnat rule covering ${peerText} to a unique range on connection ${c.name} and enter the translated address as the site's BGP peer IP.` },
      };
    }
    for (const [gatewayId, links] of bgpByGateway) {
      const gateway = links[0]!.gateway;
      if (gateway.enableBgpRouteTranslationForNat) continue;
      const names = links.map((l) => l.connection.name);
      yield {
        elementIds: [gatewayId, ...links.map((l) => l.connection.id)],
        severity: 'warning',
        message: `Gateway ${gateway.name} has BGP connections with NAT (${firstFew(names)}) but "Enable BGP Route Translation" is off; routes are exchanged with their pre-NAT prefixes.`,
        detail: 'route-translation',
        data: { connectionIds: links.map((l) => l.connection.id) },
        fix: {
          hint: `Turn on enableBgpRouteTranslationForNat on gateway ${gateway.name}.`,
          autofix: { label: 'Enable BGP route translation', apply: (doc) => withGateway(doc, gatewayId, (g) => ({ ...g, enableBgpRouteTranslationForNat: true })) },
        },
      };
    }
  },
});

/** The site prefix holding the peer address, when that prefix overlaps the Azure side (VNet or transit spoke). */
function collidingPrefix(ctx: RuleContext, link: NatLink, version: 4 | 6, value: bigint): Prefix | undefined {
  for (const hit of collisions(ctx, link)) if (containsAddress(hit.sitePrefix, version, value)) return hit.sitePrefix;
  return undefined;
}

/** Whether every connection of the site links the rule as an ingress rule (counted once per site, not per question). */
function linkedOnEveryConnection(ctx: RuleContext, siteId: string, ruleId: string): boolean {
  const memo = ctx.memo('nat:ingress-links-by-site', () => new Map<string, { connections: number; byRule: Map<string, number> }>());
  let entry = memo.get(siteId);
  if (!entry) {
    const connections = ctx.index.s2sBySite.get(siteId) ?? [];
    const byRule = new Map<string, number>();
    for (const c of connections) for (const id of new Set(c.ingressNatRuleIds)) byRule.set(id, (byRule.get(id) ?? 0) + 1);
    entry = { connections: connections.length, byRule };
    memo.set(siteId, entry);
  }
  return (entry.byRule.get(ruleId) ?? 0) === entry.connections;
}

/** A network of a routing domain: one distinct prefix and (at most three of) the owners that hold it. */
interface DomainBlock {
  readonly prefix: Prefix;
  readonly owners: { readonly ownerId: string; readonly ownerKind: SpaceOwnerKind }[];
}

type Blocks = ReadonlyMap<string, DomainBlock>;

const blockKey = (version: 4 | 6, start: bigint, length: number) => `${version}/${start}/${length}`;

/** Spaces by distinct prefix. Three distinct owners are enough: at most two are left out by a query (the site and the gateway's VNet). */
function blocksOf(spaces: readonly SeenSpace[]): Blocks {
  const blocks = new Map<string, DomainBlock>();
  for (const space of spaces) {
    for (const p of space.prefixes) {
      const key = blockKey(p.version, p.start, p.length);
      const block = blocks.get(key);
      const owner = { ownerId: space.ownerId, ownerKind: space.ownerKind };
      if (!block) blocks.set(key, { prefix: p, owners: [owner] });
      else if (block.owners.length < 3 && !block.owners.some((o) => o.ownerId === space.ownerId)) block.owners.push(owner);
    }
  }
  return blocks;
}

/**
 * The networks of a gateway's routing domain (as it sees them, after IngressSnat) by distinct prefix:
 * its BGP group's spaces, built once per group and shared by the members, and the far VNets of its own
 * VNet-to-VNet links without BGP. Built only for the gateways asked about.
 */
function domainBlocks(ctx: RuleContext, gateway: VpnGateway): readonly Blocks[] {
  const memo = ctx.memo('nat:bgp-domain-blocks', () => ({
    byGateway: new Map(domains(ctx).map((d) => [d.gatewayId, d])),
    groups: new Map<string, Blocks>(),
    plain: new Map<string, Blocks>(),
  }));
  const domain = memo.byGateway.get(gateway.id);
  if (!domain) return [];
  let group = memo.groups.get(domain.group.id);
  if (!group) {
    group = blocksOf(domain.group.spaces);
    memo.groups.set(domain.group.id, group);
  }
  let plain = memo.plain.get(gateway.id);
  if (!plain) {
    plain = blocksOf(domain.plain);
    memo.plain.set(gateway.id, plain);
  }
  return [group, plain];
}

/**
 * The most specific network of the gateway's routing domain, other than the site itself and the
 * gateway's own VNet (a peer IP there is bgp/peer-ip's finding), that holds the address: one map
 * lookup per possible prefix length.
 */
function otherNetworkAt(
  ctx: RuleContext,
  gateway: VpnGateway,
  siteId: string,
  version: 4 | 6,
  value: bigint,
): { prefix: Prefix; ownerId: string; ownerKind: SpaceOwnerKind } | undefined {
  const all = domainBlocks(ctx, gateway);
  const bits = BITS[version];
  for (let length = bits; length >= 0; length--) {
    const hostBits = BigInt(bits - length);
    const key = blockKey(version, (value >> hostBits) << hostBits, length);
    for (const blocks of all) {
      const block = blocks.get(key);
      const owner = block?.owners.find((o) => o.ownerId !== siteId && !(o.ownerKind === 'vnet' && o.ownerId === gateway.vnetId));
      if (block && owner) return { prefix: block.prefix, ...owner };
    }
  }
  return undefined;
}
