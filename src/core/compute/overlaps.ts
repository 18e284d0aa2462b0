import type { DesignIndex } from '../model/design-index';
import type { NatRule } from '../model/types';
import { overlappingPairs, type Placed } from '../net/sweep';
import { comparePrefixes, toPrefixes, type Prefix } from '../net/prefix';
import { applySnat, linkedNatRules } from './nat-translation';
import { routingDomains, SpaceCache, type GatewayDomain, type SeenSpace, type SpaceOwnerKind } from './reachability';

/** Which NAT produced a seen prefix: the site's IngressSNAT, or a VNet's EgressSNAT towards a site. */
export type NatMark = 'ingress' | 'egress';

/** Two address spaces that can reach each other and share addresses (judged after NAT). */
export interface SpaceOverlap {
  /** Each side: owner, its prefix as seen (after NAT), and nat when NAT produced that prefix. */
  readonly a: { readonly id: string; readonly kind: SpaceOwnerKind; readonly prefix: string; readonly nat?: NatMark };
  readonly b: { readonly id: string; readonly kind: SpaceOwnerKind; readonly prefix: string; readonly nat?: NatMark };
  /**
   * Where they meet: the gateways whose spaces they are (inside a BGP group, or the gateway whose
   * VNet-to-VNet link without BGP brings one of them in), the peering joining them, or the site that
   * both reach.
   */
  readonly where: readonly string[];
}

/**
 * Above this many pairs of owners meeting on one prefix (or one nested pair of prefixes) in one scope,
 * each owner is reported against the first owner of the other side instead of every pair.
 */
const MAX_PAIRS_PER_GROUP = 1_000;

/** Counters for tests and benchmarks: how much work the placement did. */
export interface OverlapStats {
  /** (owner, prefix, scope) entries placed. */
  placements: number;
}

interface Member {
  readonly ownerId: string;
  readonly kind: SpaceOwnerKind;
  /** Set when this prefix of the owner is a post-NAT one in at least one placement. */
  nat?: NatMark;
  /** Group scopes: the member gateways it belongs to. Site scopes: the groups it comes from. (Usually one.) */
  readonly origins: string[];
}

/** Every owner that has one distinct prefix, grouped by the scope it is seen in. */
interface Bucket {
  readonly prefix: Prefix;
  /** Members by scope: a short list (usually one owner), cheaper than a map per scope. */
  readonly byScope: Map<string, Member[]>;
  /** Plain scopes present in this bucket, by the group scope they are matched against. */
  plainByGroup?: Map<string, string[]>;
}

/**
 * Where spaces meet. A group scope holds each space of a BGP group once; a plain scope holds the far
 * VNets of one gateway's links without BGP and is matched within itself and against its gateway's
 * group scope (never against other plain scopes); a site scope holds the local spaces of the gateways
 * an on-premises site connects to, as the site sees them, and only pairs from different groups count.
 */
type Scope =
  | { readonly kind: 'group' }
  | { readonly kind: 'plain'; readonly gatewayId: string; readonly partner: string }
  | { readonly kind: 'peering'; readonly peeringId: string }
  | { readonly kind: 'site'; readonly siteIds: string[] };

/** A gateway's local spaces as one S2S connection shows them to its site (after the connection's EgressSNAT). */
interface SiteFacingView {
  readonly groupId: string;
  readonly spaces: readonly { readonly space: SeenSpace; readonly prefixes: readonly Prefix[]; readonly natted?: ReadonlySet<string> }[];
}

function egressView(d: GatewayDomain, egress: readonly NatRule[]): SiteFacingView {
  if (egress.length === 0) return { groupId: d.group.id, spaces: d.local.map((space) => ({ space, prefixes: space.prefixes })) };
  const vnets = d.local.filter((s) => s.ownerKind === 'vnet');
  const { byPrefix } = applySnat(vnets.flatMap((s) => s.prefixes), egress);
  const spaces: { space: SeenSpace; prefixes: readonly Prefix[]; natted?: Set<string> }[] = [];
  let at = 0;
  for (const space of vnets) {
    const prefixes: Prefix[] = [];
    const natted = new Set<string>();
    for (const t of byPrefix.slice(at, at + space.prefixes.length)) {
      const kept = new Set(t.remainder.map((r) => r.text));
      for (const q of t.post) {
        prefixes.push(q);
        if (!kept.has(q.text)) natted.add(q.text);
      }
    }
    at += space.prefixes.length;
    spaces.push({ space, prefixes, ...(natted.size > 0 ? { natted } : {}) });
  }
  // P2S pools are not translated by S2S NAT rules.
  for (const space of d.local) if (space.ownerKind === 'p2s') spaces.push({ space, prefixes: space.prefixes });
  return { groupId: d.group.id, spaces };
}

/**
 * All overlaps between spaces that reach each other (after NAT): inside each BGP group, between a
 * gateway's group and the far VNets of its VNet-to-VNet links without BGP, between the local spaces
 * of gateways that connect to the same site (as the site sees them, after EgressSNAT), and across
 * every peering.
 *
 * Each space is placed once per scope: a BGP chain of n gateways costs O(n), not one copy of the
 * group per gateway. Owners are grouped by distinct prefix, so one sort-and-sweep runs over distinct
 * prefixes only; CIDR blocks nest, so each has at most 33 (IPv4) or 129 (IPv6) distinct containers
 * and the sweep yields O(distinct prefixes) bucket pairs. Each bucket pair is matched scope by scope
 * (the smaller scope map is walked), so the work is O(n log n) plus the overlaps found; never all pairs.
 */
export function findSpaceOverlaps(index: DesignIndex, domains: readonly GatewayDomain[], stats?: OverlapStats): SpaceOverlap[] {
  const buckets = new Map<string, Bucket>();
  const scopes = new Map<string, Scope>();
  const place = (ownerId: string, kind: SpaceOwnerKind, prefix: Prefix, scope: string, nat: NatMark | undefined, origin?: string) => {
    if (stats) stats.placements++;
    let bucket = buckets.get(prefix.text);
    if (!bucket) {
      bucket = { prefix, byScope: new Map() };
      buckets.set(prefix.text, bucket);
    }
    let members = bucket.byScope.get(scope);
    if (!members) {
      members = [];
      bucket.byScope.set(scope, members);
      const info = scopes.get(scope);
      if (info?.kind === 'plain') {
        bucket.plainByGroup ??= new Map();
        const list = bucket.plainByGroup.get(info.partner);
        if (list) list.push(scope);
        else bucket.plainByGroup.set(info.partner, [scope]);
      }
    }
    let hit = members.find((m) => m.ownerId === ownerId);
    if (!hit) {
      hit = { ownerId, kind, origins: [] };
      members.push(hit);
    }
    if (nat) hit.nat ??= nat;
    if (origin !== undefined && !hit.origins.includes(origin)) hit.origins.push(origin);
  };
  const placeSpace = (s: SeenSpace, scope: string, origin?: string) => {
    const natted = s.nat && s.natPrefixes ? new Set(s.natPrefixes) : undefined;
    for (const p of s.prefixes) place(s.ownerId, s.ownerKind, p, scope, natted?.has(p.text) ? 'ingress' : undefined, origin);
  };

  // BGP groups, each space once; then each gateway's far VNets over links without BGP.
  const groupScopes = new Set<string>();
  for (const d of domains) {
    const scope = `g:${d.group.id}`;
    if (groupScopes.has(scope)) continue;
    groupScopes.add(scope);
    scopes.set(scope, { kind: 'group' });
    for (const s of d.group.spaces) placeSpace(s, scope, s.gatewayId);
  }
  for (const d of domains) {
    if (d.plain.length === 0) continue;
    const scope = `x:${d.gatewayId}`;
    scopes.set(scope, { kind: 'plain', gatewayId: d.gatewayId, partner: `g:${d.group.id}` });
    for (const s of d.plain) placeSpace(s, scope);
  }

  // Sites that gateways of different groups connect to: one scope per distinct set of site-facing
  // views (sites that the same gateways connect to, with the same EgressSNAT, share one scope).
  const domainById = new Map(domains.map((d) => [d.gatewayId, d]));
  const views = new Map<string, { domain: GatewayDomain; egress: NatRule[]; view?: SiteFacingView }>();
  const siteScopes = new Map<string, { scope: string; siteIds: string[]; viewKeys: string[] }>();
  for (const [siteId, conns] of index.s2sBySite) {
    if (conns.length < 2) continue;
    const keys = new Set<string>();
    const groupIds = new Set<string>();
    for (const c of conns) {
      const d = domainById.get(c.gatewayId);
      if (!d) continue;
      const egress = c.egressNatRuleIds.length === 0 ? [] : linkedNatRules(index, c).egress;
      const key = egress.length === 0 ? d.gatewayId : `${d.gatewayId}\u0000${egress.map((r) => r.id).join('\u0000')}`;
      keys.add(key);
      groupIds.add(d.group.id);
      if (!views.has(key)) views.set(key, { domain: d, egress });
    }
    if (groupIds.size < 2) continue;
    const viewKeys = [...keys].sort();
    const setKey = viewKeys.join('\u0001');
    const known = siteScopes.get(setKey);
    if (known) {
      known.siteIds.push(siteId);
      continue;
    }
    const scope = `s:${siteId}`;
    const siteIds = [siteId];
    scopes.set(scope, { kind: 'site', siteIds });
    siteScopes.set(setKey, { scope, siteIds, viewKeys });
  }
  for (const { scope, viewKeys } of siteScopes.values()) {
    for (const key of viewKeys) {
      const v = views.get(key)!;
      v.view ??= egressView(v.domain, v.egress);
      for (const { space, prefixes, natted } of v.view.spaces) {
        for (const p of prefixes) place(space.ownerId, space.ownerKind, p, scope, natted?.has(p.text) ? 'egress' : undefined, v.view.groupId);
      }
    }
  }

  for (const peering of index.peerings) {
    if (peering.vnetId === peering.remoteVnetId) continue;
    const scope = `p:${peering.id}`;
    scopes.set(scope, { kind: 'peering', peeringId: peering.id });
    for (const vnetId of [peering.vnetId, peering.remoteVnetId]) {
      const v = index.vnetById.get(vnetId);
      if (v) for (const p of toPrefixes(v.addressSpace)) place(v.id, 'vnet', p, scope, undefined);
    }
  }

  // Results keyed by (owner, prefix, owner, prefix) so that a pair met in several scopes is one entry.
  const found = new Map<string, { a: Member; ap: Prefix; b: Member; bp: Prefix; where: Set<string> }>();
  const record = (a: Member, ap: Prefix, b: Member, bp: Prefix, scope: string) => {
    if (a.ownerId === b.ownerId) return;
    // Same prefix: the owners in id order, whichever scope met them first.
    if (ap === bp && a.ownerId > b.ownerId) [a, b] = [b, a];
    const info = scopes.get(scope)!;
    let where: Iterable<string>;
    switch (info.kind) {
      case 'group':
        where = a.origins.length === 0 ? b.origins : b.origins.length === 0 ? a.origins : [...a.origins, ...b.origins];
        break;
      case 'plain':
        where = [info.gatewayId];
        break;
      case 'peering':
        where = [info.peeringId];
        break;
      case 'site':
        if (!fromDifferentGroups(a.origins, b.origins)) return;
        where = info.siteIds;
        break;
    }
    const key = `${a.ownerId}\u0000${ap.text}\u0000${b.ownerId}\u0000${bp.text}`;
    let hit = found.get(key);
    if (!hit) {
      hit = { a, ap, b, bp, where: new Set() };
      found.set(key, hit);
    }
    for (const w of where) hit.where.add(w);
  };
  /** Every pair (a from xs, b from ys). */
  const cross = (xs: readonly Member[] | undefined, ap: Prefix, ys: readonly Member[] | undefined, bp: Prefix, scope: string) => {
    if (!xs || !ys) return;
    if (xs.length * ys.length <= MAX_PAIRS_PER_GROUP) {
      for (const a of xs) for (const b of ys) record(a, ap, b, bp, scope);
      return;
    }
    // Very many owners on both sides: every owner is still reported, against the first of the other side.
    for (const a of xs) record(a, ap, ys[0]!, bp, scope);
    for (const b of ys.slice(1)) record(xs[0]!, ap, b, bp, scope);
  };

  // Same prefix: different owners of one scope, and a plain scope against its group scope.
  for (const bucket of buckets.values()) {
    for (const [scope, members] of bucket.byScope) {
      if (members.length >= 2) {
        const list = [...members].sort((x, y) => (x.ownerId < y.ownerId ? -1 : x.ownerId > y.ownerId ? 1 : 0));
        // Past a handful of owners, all pairs would bury the user (and the memory): each owner is
        // reported against the first one instead.
        if ((list.length * (list.length - 1)) / 2 <= MAX_PAIRS_PER_GROUP) {
          for (let i = 0; i < list.length; i++) {
            for (let j = i + 1; j < list.length; j++) record(list[i]!, bucket.prefix, list[j]!, bucket.prefix, scope);
          }
        } else {
          for (let j = 1; j < list.length; j++) record(list[0]!, bucket.prefix, list[j]!, bucket.prefix, scope);
        }
      }
      const info = scopes.get(scope)!;
      if (info.kind === 'plain') cross(bucket.byScope.get(info.partner), bucket.prefix, members, bucket.prefix, scope);
    }
  }

  // Nested distinct prefixes: the container first.
  const placed: Placed<Bucket>[] = [];
  for (const bucket of buckets.values()) placed.push({ prefix: bucket.prefix, item: bucket });
  for (const [x, y] of overlappingPairs(placed)) {
    const xb = x.item;
    const yb = y.item;
    const walkX = xb.byScope.size <= yb.byScope.size;
    for (const scope of (walkX ? xb : yb).byScope.keys()) {
      cross(xb.byScope.get(scope), xb.prefix, yb.byScope.get(scope), yb.prefix, scope);
      const info = scopes.get(scope)!;
      if (info.kind === 'plain') {
        // The plain scope against its gateway's group scope, in the other bucket.
        if (walkX) cross(xb.byScope.get(scope), xb.prefix, yb.byScope.get(info.partner), yb.prefix, scope);
        else cross(xb.byScope.get(info.partner), xb.prefix, yb.byScope.get(scope), yb.prefix, scope);
      } else if (info.kind === 'group') {
        // The group scope against the plain scopes of its members, in the other bucket.
        const other = walkX ? yb : xb;
        for (const plainScope of other.plainByGroup?.get(scope) ?? []) {
          if (walkX) cross(xb.byScope.get(scope), xb.prefix, yb.byScope.get(plainScope), yb.prefix, plainScope);
          else cross(xb.byScope.get(plainScope), xb.prefix, yb.byScope.get(scope), yb.prefix, plainScope);
        }
      }
    }
  }

  const out: SpaceOverlap[] = [];
  for (const { a, ap, b, bp, where } of found.values()) {
    out.push({
      a: { id: a.ownerId, kind: a.kind, prefix: ap.text, ...(a.nat ? { nat: a.nat } : {}) },
      b: { id: b.ownerId, kind: b.kind, prefix: bp.text, ...(b.nat ? { nat: b.nat } : {}) },
      where: [...where],
    });
  }
  return out;
}

/** Whether two members of a site scope come from different groups (pairs inside one group are the group scope's). */
function fromDifferentGroups(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== 1 || b.length !== 1) return a.length > 0 && b.length > 0;
  return a[0] !== b[0];
}

/**
 * Routing domains of every gateway in the design (see `routingDomains`): each BGP group's spaces
 * are one shared array, referenced by every member's domain, never copied.
 */
export function allDomains(index: DesignIndex): GatewayDomain[] {
  return routingDomains(index, new SpaceCache());
}

/**
 * A set of prefixes reduced to its outermost blocks, sorted, for fast containment and overlap
 * queries (binary search): O(n log n) to build, O(log n) per query.
 */
export class PrefixCover {
  /** Outermost blocks, disjoint, sorted by family then start. */
  readonly blocks: readonly Prefix[];

  constructor(prefixes: readonly Prefix[]) {
    const sorted = [...prefixes].sort(comparePrefixes);
    const blocks: Prefix[] = [];
    for (const p of sorted) {
      const last = blocks[blocks.length - 1];
      if (last && last.version === p.version && last.start <= p.start && p.end <= last.end) continue;
      blocks.push(p);
    }
    this.blocks = blocks;
  }

  /** The last block that starts at or before `start` in the family (undefined if none). */
  private floor(version: 4 | 6, start: bigint): Prefix | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = this.blocks[mid]!;
      if (b.version < version || (b.version === version && b.start <= start)) lo = mid + 1;
      else hi = mid - 1;
    }
    const b = this.blocks[hi];
    return b?.version === version ? b : undefined;
  }

  /** The block containing `p` entirely, if any. */
  containing(p: Prefix): Prefix | undefined {
    const b = this.floor(p.version, p.start);
    return b && b.end >= p.end ? b : undefined;
  }

  /** A block sharing at least one address with `p`, if any (the one starting last at or before p's end). */
  overlapping(p: Prefix): Prefix | undefined {
    const b = this.floor(p.version, p.end);
    return b && b.end >= p.start ? b : undefined;
  }
}
