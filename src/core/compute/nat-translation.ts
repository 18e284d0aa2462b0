import { GATEWAY_LIMITS, skuFacts } from '../facts/skus';
import type { DesignIndex } from '../model/design-index';
import type { NatRule, SiteToSiteConnection } from '../model/types';
import { BITS } from '../net/ip';
import { comparePrefixes, contains, makePrefix, overlaps, toPrefix, toPrefixes, translatePrefix, type Prefix } from '../net/prefix';
import { crossOverlappingPairs } from '../net/sweep';
import { vnetsBehindGateway } from './reachability';

/** One row of a connection's NAT table: what a prefix becomes and by which rule. */
export interface TranslationRow {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly type: NatRule['type'];
  readonly mode: NatRule['mode'];
  /** The list the connection links the rule in (normally matches `mode`). */
  readonly linkedAs: 'ingress' | 'egress';
  readonly internal: string;
  readonly external: string;
}

/**
 * Why Azure applies none of a connection's NAT rules, or undefined when it applies them: the
 * gateway's SKU has no NAT (only VpnGw2–5 and VpnGw2AZ–5AZ do; an unknown SKU counts as none), or
 * the connection uses policy-based traffic selectors (facts §7). nat/sku and nat/connection-type
 * report these; translation computations treat such a connection as having no NAT at all.
 */
export function natInactiveReason(index: DesignIndex, c: SiteToSiteConnection): 'sku' | 'policy-based-selectors' | undefined {
  const gateway = index.gatewayById.get(c.gatewayId);
  if (!gateway || !skuFacts(gateway.sku)?.nat) return 'sku';
  if (c.usePolicyBasedTrafficSelectors) return 'policy-based-selectors';
  return undefined;
}

/**
 * The NAT rules a connection links, by direction, resolved on its gateway: the rules Azure applies,
 * for translation. Both lists are empty when Azure applies no NAT on the connection (see
 * `natInactiveReason`); `{ asWritten: true }` lists what the connection links regardless, as the
 * NAT table shows it.
 */
export function linkedNatRules(
  index: DesignIndex,
  c: SiteToSiteConnection,
  options: { readonly asWritten?: boolean } = {},
): { ingress: NatRule[]; egress: NatRule[] } {
  if (!options.asWritten && natInactiveReason(index, c) !== undefined) return { ingress: [], egress: [] };
  const resolve = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const hit = index.natRuleById.get(id);
      return hit && hit.gateway.id === c.gatewayId ? [hit.rule] : [];
    });
  return { ingress: resolve(c.ingressNatRuleIds), egress: resolve(c.egressNatRuleIds) };
}

/** A rule as a translation: its single internal and external prefix. */
export interface NatMapping {
  readonly rule: NatRule;
  readonly internal: Prefix;
  readonly external: Prefix;
}

/**
 * The rule as a usable translation, or undefined when Azure would refuse or ignore it: not exactly
 * one readable prefix per side, sides of different families, an IPv6 rule (NAT is IPv4 only, no
 * NAT64), a Static rule whose sides differ in length, or a Dynamic rule whose external pool is larger
 * than /26. Such a rule translates nothing, so overlaps it seems to resolve are still judged.
 */
export function natMapping(rule: NatRule): NatMapping | undefined {
  if (rule.internalMappings.length !== 1 || rule.externalMappings.length !== 1) return undefined;
  const internal = toPrefix(rule.internalMappings[0]!);
  const external = toPrefix(rule.externalMappings[0]!);
  if (!internal || !external || internal.version !== external.version || internal.version !== 4) return undefined;
  if (rule.type === 'Static' && internal.length !== external.length) return undefined;
  if (rule.type === 'Dynamic' && external.length < GATEWAY_LIMITS.dynamicNatMaxExternalLength) return undefined;
  return { rule, internal, external };
}

/** What one prefix becomes after a set of SNAT rules. */
export interface PrefixTranslation {
  /** The prefix before NAT. */
  readonly pre: Prefix;
  /** What it looks like after NAT: translated parts and the untranslated remainder. */
  readonly post: readonly Prefix[];
  /** The parts of `pre` that no rule covers (all of it when no rule applies). */
  readonly remainder: readonly Prefix[];
  /** The rules that translate (part of) it. */
  readonly ruleIds: readonly string[];
  /** `full`: rules translate all of it; `partial`: rules translate parts of it; `none`: no rule applies. */
  readonly coverage: 'full' | 'partial' | 'none';
}

/** The result of applying SNAT rules to a list of prefixes. */
export interface SnatResult {
  /** Every prefix after NAT (translated prefixes and untranslated parts). */
  readonly seen: Prefix[];
  /** The input prefixes that rules do not translate as a whole (untouched or only partly translated). */
  readonly untranslated: Prefix[];
  /** The address ranges left untranslated: untouched prefixes and the uncovered parts of partly translated ones. */
  readonly remainder: Prefix[];
  /** Per input prefix, in input order. */
  readonly byPrefix: PrefixTranslation[];
}

/** `p` minus the `holes` (each inside or overlapping `p`), as CIDR blocks in address order. */
export function subtractPrefixes(p: Prefix, holes: readonly Prefix[]): Prefix[] {
  const relevant = holes.filter((h) => overlaps(h, p));
  if (relevant.length === 0) return [p];
  if (relevant.some((h) => contains(h, p))) return [];
  // A hole overlaps p without containing it, so it sits strictly inside p and p can be halved.
  const half = 1n << BigInt(BITS[p.version] - p.length - 1);
  const lo = makePrefix(p.version, p.start, p.length + 1);
  const hi = makePrefix(p.version, p.start + half, p.length + 1);
  return [...subtractPrefixes(lo, relevant), ...subtractPrefixes(hi, relevant)];
}

/** Below this many prefix × rule pairs, applySnat compares directly instead of sweeping. */
const SMALL = 256;

/** The usable rules that share one internal mapping, in rule order (the first one wins a tie). */
interface MappingGroup {
  readonly internal: Prefix;
  readonly mappings: NatMapping[];
}

/**
 * What a set of prefixes looks like after the given SNAT rules. A prefix inside a rule's internal
 * mapping is translated as a whole (static: host part kept; dynamic: the external pool); when several
 * rules contain it, the most specific internal mapping wins (the first rule listed among rules with
 * the same one). A prefix that only contains internal mappings is translated in those parts, and the
 * rest of it stays as it is. Rules Azure would refuse or ignore (see `natMapping`) translate nothing.
 *
 * Repeated prefixes (by canonical text) are translated once and share one result, and rules are
 * grouped by internal mapping; one two-sided sort-and-sweep then pairs distinct prefixes with rule
 * groups only, never prefixes with prefixes or rules with rules: O(n log n) plus the pairs found.
 */
export function applySnat(prefixes: readonly Prefix[], rules: readonly NatRule[]): SnatResult {
  const groupByText = new Map<string, MappingGroup>();
  for (const r of rules) {
    const m = natMapping(r);
    if (!m) continue;
    const g = groupByText.get(m.internal.text);
    if (g) g.mappings.push(m);
    else groupByText.set(m.internal.text, { internal: m.internal, mappings: [m] });
  }
  const groups = [...groupByText.values()];

  const distinct: Prefix[] = [];
  const slotByText = new Map<string, number>();
  const slots: number[] = [];
  for (const p of prefixes) {
    let slot = slotByText.get(p.text);
    if (slot === undefined) {
      slot = distinct.length;
      distinct.push(p);
      slotByText.set(p.text, slot);
    }
    slots.push(slot);
  }

  const containers: MappingGroup[][] = distinct.map(() => []);
  const inside: MappingGroup[][] = distinct.map(() => []);
  if (groups.length > 0) {
    if (distinct.length * groups.length <= SMALL) {
      // Few pairs: comparing them directly is cheaper than sorting.
      distinct.forEach((p, at) => {
        for (const g of groups) {
          if (contains(g.internal, p)) containers[at]!.push(g);
          else if (contains(p, g.internal)) inside[at]!.push(g);
        }
      });
    } else {
      const left = distinct.map((prefix, at) => ({ prefix, item: at }));
      const right = groups.map((g) => ({ prefix: g.internal, item: g }));
      for (const [p, g] of crossOverlappingPairs(left, right)) {
        if (contains(g.prefix, p.prefix)) containers[p.item]!.push(g.item);
        else inside[p.item]!.push(g.item);
      }
    }
  }
  const translated = distinct.map((p, at) => translateOne(p, containers[at]!, inside[at]!));
  return collect(slots.map((slot) => translated[slot]!));
}

function collect(byPrefix: PrefixTranslation[]): SnatResult {
  const seen: Prefix[] = [];
  const untranslated: Prefix[] = [];
  const remainder: Prefix[] = [];
  for (const t of byPrefix) {
    seen.push(...t.post);
    remainder.push(...t.remainder);
    if (t.coverage !== 'full') untranslated.push(t.pre);
  }
  return { seen, untranslated, remainder, byPrefix };
}

function translateOne(p: Prefix, containers: readonly MappingGroup[], insideGroups: readonly MappingGroup[]): PrefixTranslation {
  if (containers.length > 0) {
    let best = containers[0]!;
    for (const g of containers) if (g.internal.length > best.internal.length) best = g;
    const m = best.mappings[0]!;
    const out = m.rule.type === 'Static' ? translatePrefix(p, m.internal, m.external) : m.external;
    if (out) return { pre: p, post: [out], remainder: [], ruleIds: [m.rule.id], coverage: 'full' };
  }
  if (insideGroups.length > 0) {
    // Address order, whichever way the groups were found.
    const inside = [...insideGroups].sort((a, b) => comparePrefixes(a.internal, b.internal));
    const remainder = subtractPrefixes(p, inside.map((g) => g.internal));
    const externals: Prefix[] = [];
    const seenText = new Set<string>();
    const ruleIds: string[] = [];
    const seenRule = new Set<string>();
    for (const g of inside) {
      for (const m of g.mappings) {
        if (!seenRule.has(m.rule.id)) {
          seenRule.add(m.rule.id);
          ruleIds.push(m.rule.id);
        }
        if (seenText.has(m.external.text)) continue;
        seenText.add(m.external.text);
        externals.push(m.external);
      }
    }
    return { pre: p, post: [...externals, ...remainder], remainder, ruleIds, coverage: remainder.length === 0 ? 'full' : 'partial' };
  }
  return { pre: p, post: [p], remainder: [p], ruleIds: [], coverage: 'none' };
}

/** The NAT translation table of one connection (rows for every linked rule of its gateway, ingress first, whether or not Azure applies it). */
export function natTable(index: DesignIndex, c: SiteToSiteConnection): TranslationRow[] {
  const { ingress, egress } = linkedNatRules(index, c, { asWritten: true });
  const row = (linkedAs: TranslationRow['linkedAs']) => (r: NatRule): TranslationRow => ({
    ruleId: r.id,
    ruleName: r.name,
    type: r.type,
    mode: r.mode,
    linkedAs,
    internal: r.internalMappings.join(', '),
    external: r.externalMappings.join(', '),
  });
  return [...ingress.map(row('ingress')), ...egress.map(row('egress'))];
}

/** One owner's prefixes (a VNet, or the site) on one side of a connection, before and after NAT. */
export interface OwnerTranslation {
  readonly ownerId: string;
  readonly ownerKind: 'vnet' | 'site';
  readonly translations: readonly PrefixTranslation[];
}

/** A connection's NAT, computed: the rules Azure applies (see `linkedNatRules`) and both sides before and after NAT. */
export interface ConnectionNat {
  readonly connectionId: string;
  readonly gatewayId: string;
  readonly siteId: string;
  readonly ingress: readonly NatRule[];
  readonly egress: readonly NatRule[];
  /** The gateway's VNet and its transit spokes, through the connection's EgressSNAT rules. */
  readonly azure: readonly OwnerTranslation[];
  /** The site's address prefixes, through the connection's IngressSNAT rules. */
  readonly onPrem: OwnerTranslation;
}

/**
 * Reusable parts of `connectionNat` across the connections of one validation: the Azure side of a
 * gateway, and its translation for a given set of EgressSNAT rules (connections of one gateway
 * usually share their egress rules). Create one per document; never share it across documents.
 */
export interface NatComputeCache {
  readonly azureOwners: Map<string, readonly { id: string; prefixes: readonly Prefix[] }[]>;
  readonly azureTranslations: Map<string, readonly OwnerTranslation[]>;
}

export function createNatCache(): NatComputeCache {
  return { azureOwners: new Map(), azureTranslations: new Map() };
}

/** The gateway's VNet and transit spokes with their readable prefixes. */
function azureOwners(index: DesignIndex, gatewayId: string, cache: NatComputeCache): readonly { id: string; prefixes: readonly Prefix[] }[] {
  const hit = cache.azureOwners.get(gatewayId);
  if (hit) return hit;
  const owners: { id: string; prefixes: readonly Prefix[] }[] = [];
  const gateway = index.gatewayById.get(gatewayId);
  if (gateway) {
    for (const { vnetId } of vnetsBehindGateway(index, gateway)) {
      const v = index.vnetById.get(vnetId);
      if (v) owners.push({ id: v.id, prefixes: toPrefixes(v.addressSpace) });
    }
  }
  cache.azureOwners.set(gatewayId, owners);
  return owners;
}

/** Computes a connection's NAT on both sides (prefixes as values, for rules and other computations). */
export function connectionNat(index: DesignIndex, c: SiteToSiteConnection, cache: NatComputeCache = createNatCache()): ConnectionNat {
  const { ingress, egress } = linkedNatRules(index, c);
  const key = `${c.gatewayId}\u0000${egress.map((r) => r.id).join('\u0000')}`;
  let azure = cache.azureTranslations.get(key);
  if (!azure) {
    const owners = azureOwners(index, c.gatewayId, cache);
    const azureResult = applySnat(
      owners.flatMap((o) => o.prefixes),
      egress,
    ).byPrefix;
    const list: OwnerTranslation[] = [];
    let at = 0;
    for (const o of owners) {
      list.push({ ownerId: o.id, ownerKind: 'vnet', translations: azureResult.slice(at, at + o.prefixes.length) });
      at += o.prefixes.length;
    }
    azure = list;
    cache.azureTranslations.set(key, azure);
  }
  const site = index.siteById.get(c.siteId);
  const onPrem: OwnerTranslation = {
    ownerId: c.siteId,
    ownerKind: 'site',
    translations: applySnat(site ? toPrefixes(site.addressPrefixes) : [], ingress).byPrefix,
  };
  return { connectionId: c.id, gatewayId: c.gatewayId, siteId: c.siteId, ingress, egress, azure, onPrem };
}

/** One prefix's translation, as text. */
export interface PrefixMappingView {
  readonly ownerId: string;
  readonly pre: string;
  readonly post: readonly string[];
  readonly ruleIds: readonly string[];
  readonly coverage: PrefixTranslation['coverage'];
}

/** One side of a connection before and after NAT, as CIDR strings (duplicates removed, input order). */
export interface NatSideView {
  readonly pre: readonly string[];
  readonly post: readonly string[];
  /** Address ranges that stay untranslated on this side. */
  readonly untranslated: readonly string[];
  readonly mappings: readonly PrefixMappingView[];
}

/** What the UI draws and the CLI prints for one S2S connection. */
export interface ConnectionNatView {
  readonly connectionId: string;
  readonly gatewayId: string;
  readonly siteId: string;
  readonly rows: readonly TranslationRow[];
  /** Set when Azure applies none of the linked rules (then neither side is translated). */
  readonly inactive?: 'sku' | 'policy-based-selectors';
  /** The gateway VNet and its transit spokes; `post` is what the site sees (after EgressSNAT). */
  readonly azureSide: NatSideView;
  /** The site's address prefixes; `post` is what Azure sees (after IngressSNAT). */
  readonly onPremSide: NatSideView;
}

function sideView(owners: readonly OwnerTranslation[]): NatSideView {
  const uniq = (list: Iterable<Prefix>) => [...new Set([...list].map((p) => p.text))];
  const ts = owners.flatMap((o) => o.translations.map((t) => ({ ownerId: o.ownerId, t })));
  return {
    pre: uniq(ts.map(({ t }) => t.pre)),
    post: uniq(ts.flatMap(({ t }) => t.post)),
    untranslated: uniq(ts.flatMap(({ t }) => t.remainder)),
    mappings: ts.map(({ ownerId, t }) => ({
      ownerId,
      pre: t.pre.text,
      post: t.post.map((p) => p.text),
      ruleIds: t.ruleIds,
      coverage: t.coverage,
    })),
  };
}

/**
 * The NAT view of one S2S connection: its translation table, and both sides before and after NAT.
 * The Azure side is the gateway's VNet plus the spokes that use it through gateway transit; the
 * on-premises side is the site's address prefixes (BGP-learned routes are not modelled here). Only
 * rules of the connection's own gateway count; rules Azure would refuse or ignore translate nothing,
 * and none do on a gateway SKU without NAT or a connection with policy-based traffic selectors.
 */
export function connectionNatView(index: DesignIndex, c: SiteToSiteConnection): ConnectionNatView {
  const nat = connectionNat(index, c);
  const rows = natTable(index, c);
  const inactive = rows.length > 0 ? natInactiveReason(index, c) : undefined;
  return {
    connectionId: c.id,
    gatewayId: c.gatewayId,
    siteId: c.siteId,
    rows,
    ...(inactive ? { inactive } : {}),
    azureSide: sideView(nat.azure),
    onPremSide: sideView([nat.onPrem]),
  };
}
