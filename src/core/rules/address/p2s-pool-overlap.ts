import type { NatMark } from '../../compute/overlaps';
import { peeringSides } from '../../model/design-index';
import { toPrefixes } from '../../net/prefix';
import { crossOverlappingPairs, type Placed } from '../../net/sweep';
import { describeElement, firstFew } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { describePrefixes, describeWhere, distinct, groupByOwners, spaceOverlaps } from './space-overlaps';

/** One P2S pool against one other network, with the prefixes that collide. */
interface PoolClash {
  readonly poolId: string;
  readonly otherId: string;
  /** vnet | site | pool (routing domain), peered-vnet, client-site. */
  readonly detail: string;
  readonly poolPrefixes: string[];
  readonly otherPrefixes: string[];
  /** Gateways / peerings where they meet (routing-domain cases). */
  readonly where: string[];
  /** The other side's prefixes that are post-NAT, with the NAT that produced them. */
  readonly otherNatted: ReadonlyMap<string, NatMark>;
}

const NO_NAT: ReadonlyMap<string, NatMark> = new Map();

/**
 * Pool-vs-other overlaps between a gateway's pools and candidate networks. Two-sided: pairs inside
 * one side (pools among themselves, or many nested peered VNets) are never formed.
 */
function poolPairs(pools: readonly Placed<string>[], others: readonly Placed<string>[]): Map<string, { pool: string; other: string; pp: string[]; op: string[] }> {
  const out = new Map<string, { pool: string; other: string; pp: string[]; op: string[] }>();
  for (const [pool, other] of crossOverlappingPairs(pools, others)) {
    const key = `${pool.item}\u0000${other.item}`;
    let hit = out.get(key);
    if (!hit) {
      hit = { pool: pool.item, other: other.item, pp: [], op: [] };
      out.set(key, hit);
    }
    hit.pp.push(pool.prefix.text);
    hit.op.push(other.prefix.text);
  }
  return out;
}

function* clashes(ctx: RuleContext): Generator<PoolClash> {
  const { index } = ctx;
  const seen = new Set<string>();
  // 1. Inside gateway routing domains (the VNet, transit spokes, VNet-to-VNet VNets, sites, other pools).
  const pairs = groupByOwners(spaceOverlaps(ctx), (o) => o.a.kind === 'p2s' || o.b.kind === 'p2s');
  for (const pair of pairs) {
    const [pool, other, poolPrefixes, otherPrefixes] =
      pair.first.kind === 'p2s'
        ? [pair.first, pair.second, pair.prefixPairs.map((p) => p[0]), pair.prefixPairs.map((p) => p[1])]
        : [pair.second, pair.first, pair.prefixPairs.map((p) => p[1]), pair.prefixPairs.map((p) => p[0])];
    seen.add(`${pool.id}\u0000${other.id}`);
    seen.add(`${other.id}\u0000${pool.id}`);
    yield {
      poolId: pool.id,
      otherId: other.id,
      detail: other.kind === 'p2s' ? 'pool' : other.kind,
      poolPrefixes: distinct(poolPrefixes),
      otherPrefixes: distinct(otherPrefixes),
      where: pair.where,
      otherNatted: other.natted,
    };
  }
  // 2. VNets peered with the gateway's VNet without gateway transit, and 3. the sites P2S users sit at.
  for (const g of ctx.doc.gateways) {
    const configs = index.p2sByGateway.get(g.id);
    if (!configs) continue;
    const pools: Placed<string>[] = [];
    for (const p of configs) for (const prefix of toPrefixes(p.addressPool)) pools.push({ prefix, item: p.id });
    if (pools.length === 0) continue;
    const peered: Placed<string>[] = [];
    for (const peering of index.peeringsByVnet.get(g.vnetId) ?? []) {
      const { otherVnetId } = peeringSides(peering, g.vnetId);
      const v = otherVnetId === g.vnetId ? undefined : index.vnetById.get(otherVnetId);
      if (v) for (const prefix of toPrefixes(v.addressSpace)) peered.push({ prefix, item: v.id });
    }
    for (const hit of poolPairs(pools, peered).values()) {
      const key = `${hit.pool}\u0000${hit.other}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield { poolId: hit.pool, otherId: hit.other, detail: 'peered-vnet', poolPrefixes: distinct(hit.pp), otherPrefixes: distinct(hit.op), where: [], otherNatted: NO_NAT };
    }
    for (const p of configs) {
      if (p.usersAtSiteIds.length === 0) continue;
      const pool: Placed<string>[] = toPrefixes(p.addressPool).map((prefix) => ({ prefix, item: p.id }));
      const sites: Placed<string>[] = [];
      for (const siteId of new Set(p.usersAtSiteIds)) {
        const s = index.siteById.get(siteId);
        if (s) for (const prefix of toPrefixes(s.addressPrefixes)) sites.push({ prefix, item: s.id });
      }
      for (const hit of poolPairs(pool, sites).values()) {
        const key = `${hit.pool}\u0000${hit.other}`;
        if (seen.has(key)) continue;
        seen.add(key);
        yield { poolId: hit.pool, otherId: hit.other, detail: 'client-site', poolPrefixes: distinct(hit.pp), otherPrefixes: distinct(hit.op), where: [], otherNatted: NO_NAT };
      }
    }
  }
}

export default defineRule({
  meta: {
    id: 'address/p2s-pool-overlap',
    severities: ['error'],
    title: 'A P2S client address pool overlaps a network its clients reach or connect from.',
    source: 'FAQ "How do I troubleshoot an RDP connection to a VM" (overlapping address space); facts §5',
    docs: {
      why: 'P2S clients get their addresses from the pool, and the gateway routes the pool back to them. If the pool shares addresses with the gateway VNet, a spoke or peered VNet, a connected site or another pool, replies for the shared range go the wrong way. If it overlaps the network the client sits on, the client keeps that traffic on its local network and it never reaches Azure.',
      example: 'Gateway `hub-gw` in VNet `hub` (10.0.0.0/16) with P2S pool 10.0.200.0/24.',
      fix: 'Pick a pool from a private range that no connected network uses, for example a free /24 in 172.16.0.0/12 or 192.168.0.0/16.',
      reading:
        'Checked against everything in the gateway\'s routing domain after NAT (its VNet, transit spokes, VNet-to-VNet VNets, connected sites, its other pools, and the sites and pools of gateways reached over BGP VNet-to-VNet hops), against the VNets of other gateways that connect to the same site (as that site sees them), against every VNet peered with the gateway VNet (with or without gateway transit, since the pool\'s route and the peered VNet\'s route meet in the gateway VNet), and against the sites listed as where the P2S users sit. address/overlap reports every pair without a pool; this rule reports the pairs with one, once per pair.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const c of clashes(ctx)) {
      const pool = describeElement(ctx, c.poolId);
      const other = describeElement(ctx, c.otherId);
      const otherText = `${other} (${describePrefixes(c.otherNatted, c.otherPrefixes)})`;
      const how =
        c.detail === 'peered-vnet'
          ? 'which is peered with the gateway VNet'
          : c.detail === 'client-site'
            ? 'where its users connect from: their traffic to the pool range stays on the local network'
            : `reachable through ${describeWhere(ctx, c.where)}`;
      yield {
        elementIds: [c.poolId, c.otherId],
        message: `${pool.charAt(0).toUpperCase()}${pool.slice(1)} (${firstFew(c.poolPrefixes)}) overlaps ${otherText}, ${how}.`,
        detail: c.detail,
        data: { pool: c.poolId, other: c.otherId, poolPrefixes: c.poolPrefixes, otherPrefixes: c.otherPrefixes, where: c.where },
        fix: { hint: 'Choose a P2S address pool in a private range that no connected or client-side network uses.' },
      };
    }
  },
});
