import type { DesignIndex } from '../model/design-index';
import type { SiteToSiteConnection } from '../model/types';
import { toPrefixes, type Prefix } from '../net/prefix';

/** One traffic selector the on-premises device must define: an on-premises range to or from an Azure range. */
export interface SelectorPair {
  /** The on-premises side (the local network gateway's prefix, or a custom selector's remote range). */
  readonly onPrem: string;
  /** The Azure side (the VNet's prefix, or a custom selector's local range). */
  readonly azure: string;
}

/** The expanded traffic selectors of a connection with policy-based traffic selectors. */
export interface PolicySelectorExpansion {
  /** `custom`: expanded from the connection's trafficSelectorPolicies; `address-spaces`: site × VNet prefixes. */
  readonly source: 'custom' | 'address-spaces';
  /** Distinct pairs, in input order (at most MAX_MATERIALIZED_PAIRS; see `truncated`). */
  readonly pairs: readonly SelectorPair[];
  /**
   * How many pairs there are in all (pairs across two IP families are never formed), always exact:
   * for custom policies, each policy's pairs counted once per policy, repeated policies included.
   */
  readonly pairCount: number;
  /** True when listing stopped early (after MAX_MATERIALIZED_PAIRS pairs were looked at), so `pairs` may miss some. */
  readonly truncated: boolean;
  /**
   * Traffic-selector policies the connection uses, the figure the 100-policy limit applies to (facts
   * §1.3): the number of custom policies when they are given, otherwise one policy per pair.
   */
  readonly policyCount: number;
}

/** A cap on the pairs looked at and listed, so a pathological design cannot spend millions of steps or strings. */
export const MAX_MATERIALIZED_PAIRS = 10_000;

function dedupe(prefixes: readonly Prefix[]): Prefix[] {
  const seen = new Set<string>();
  return prefixes.filter((p) => (seen.has(p.text) ? false : (seen.add(p.text), true)));
}

/** A list of prefixes split by IP family, so pairing never visits a cross-family pair. */
interface Sides {
  readonly onPrem: readonly Prefix[];
  readonly azure: { readonly 4: readonly Prefix[]; readonly 6: readonly Prefix[] };
}

function sides(onPrem: readonly Prefix[], azure: readonly Prefix[]): Sides {
  return { onPrem, azure: { 4: azure.filter((p) => p.version === 4), 6: azure.filter((p) => p.version === 6) } };
}

/** Pairs of the same IP family: an IPv4 range is never paired with an IPv6 range (arithmetic, no iteration). */
function countSameFamily(x: Sides): number {
  let n = 0;
  for (const o of x.onPrem) n += x.azure[o.version].length;
  return n;
}

/** A policy's ranges as a canonical key: distinct canonical prefixes, sorted, per side. */
function canonicalKey(onPrem: readonly Prefix[], azure: readonly Prefix[]): string {
  const side = (ps: readonly Prefix[]) => ps.map((p) => p.text).sort().join(',');
  return `${side(onPrem)}|${side(azure)}`;
}

/**
 * The traffic selectors a connection with UsePolicyBasedTrafficSelectors needs on the on-premises
 * device (FAQ "UsePolicyBasedTrafficSelectors"): every on-premises prefix of the local site paired
 * with every address-space prefix of the gateway's own VNet (the only Azure network such a connection
 * can reach, facts §1.5). When the connection carries custom trafficSelectorPolicies, those are
 * expanded instead: each policy's remote ranges × its local ranges.
 *
 * Unreadable prefixes are skipped (address/invalid-cidr reports them); prefixes are canonicalized.
 * Repeated policies (same canonical ranges) are expanded once; prefixes are paired only within their
 * family; and at most MAX_MATERIALIZED_PAIRS pairs are looked at, so the work is linear in the input
 * plus that cap. `pairCount` is computed arithmetically and always exact (for custom policies it
 * counts each policy's pairs, without merging repeats across policies).
 */
export function expandPolicySelectors(index: DesignIndex, connection: SiteToSiteConnection): PolicySelectorExpansion {
  const pairs: SelectorPair[] = [];
  const seen = new Set<string>();
  let visited = 0;
  let truncated = false;
  const add = (x: Sides) => {
    for (const o of x.onPrem) {
      const azure = x.azure[o.version];
      if (azure.length === 0) continue;
      if (visited >= MAX_MATERIALIZED_PAIRS) {
        truncated = true;
        return;
      }
      for (const a of azure) {
        if (visited >= MAX_MATERIALIZED_PAIRS) {
          truncated = true;
          return;
        }
        visited++;
        const key = `${o.text} ${a.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push({ onPrem: o.text, azure: a.text });
      }
    }
  };

  if (connection.trafficSelectorPolicies.length > 0) {
    // Identical policies (first as written, then by canonical ranges) are expanded once and counted by multiplicity.
    const byRaw = new Map<string, { sides: Sides; times: number }>();
    const byCanonical = new Map<string, { sides: Sides; times: number }>();
    for (const policy of connection.trafficSelectorPolicies) {
      const raw = `${policy.remoteAddressRanges.join('\u0000')}\u0001${policy.localAddressRanges.join('\u0000')}`;
      const known = byRaw.get(raw);
      if (known) {
        known.times++;
        continue;
      }
      const onPrem = dedupe(toPrefixes(policy.remoteAddressRanges));
      const azure = dedupe(toPrefixes(policy.localAddressRanges));
      const key = canonicalKey(onPrem, azure);
      let entry = byCanonical.get(key);
      if (entry) entry.times++;
      else {
        entry = { sides: sides(onPrem, azure), times: 1 };
        byCanonical.set(key, entry);
      }
      byRaw.set(raw, entry);
    }
    let pairCount = 0;
    for (const { sides: x, times } of byCanonical.values()) {
      pairCount += times * countSameFamily(x);
      if (!truncated) add(x);
    }
    return { source: 'custom', pairs, pairCount, truncated, policyCount: connection.trafficSelectorPolicies.length };
  }

  const site = index.siteById.get(connection.siteId);
  const gateway = index.gatewayById.get(connection.gatewayId);
  const vnet = gateway ? index.vnetById.get(gateway.vnetId) : undefined;
  const x = sides(dedupe(toPrefixes(site?.addressPrefixes ?? [])), dedupe(toPrefixes(vnet?.addressSpace ?? [])));
  const pairCount = countSameFamily(x);
  add(x);
  return { source: 'address-spaces', pairs, pairCount, truncated, policyCount: pairCount };
}
