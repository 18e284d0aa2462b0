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
  /** Every distinct pair, in input order (at most MAX_MATERIALIZED_PAIRS; see `truncated`). */
  readonly pairs: readonly SelectorPair[];
  /** How many pairs there are in all (pairs across two IP families are never formed). */
  readonly pairCount: number;
  /** True when `pairs` stops short of `pairCount`. */
  readonly truncated: boolean;
  /**
   * Traffic-selector policies the connection uses, the figure the 100-policy limit applies to (facts
   * §1.3): the number of custom policies when they are given, otherwise one policy per pair.
   */
  readonly policyCount: number;
}

/** A cap on the pairs listed, so a pathological design cannot allocate millions of strings. */
export const MAX_MATERIALIZED_PAIRS = 10_000;

function dedupe(prefixes: readonly Prefix[]): Prefix[] {
  const seen = new Set<string>();
  return prefixes.filter((p) => (seen.has(p.text) ? false : (seen.add(p.text), true)));
}

/** Pairs of the same IP family: an IPv4 range is never paired with an IPv6 range. */
function countSameFamily(a: readonly Prefix[], b: readonly Prefix[]): number {
  const a4 = a.filter((p) => p.version === 4).length;
  const b4 = b.filter((p) => p.version === 4).length;
  return a4 * b4 + (a.length - a4) * (b.length - b4);
}

/**
 * The traffic selectors a connection with UsePolicyBasedTrafficSelectors needs on the on-premises
 * device (FAQ "UsePolicyBasedTrafficSelectors"): every on-premises prefix of the local site paired
 * with every address-space prefix of the gateway's own VNet (the only Azure network such a connection
 * can reach, facts §1.5). When the connection carries custom trafficSelectorPolicies, those are
 * expanded instead: each policy's remote ranges × its local ranges.
 *
 * Unreadable prefixes are skipped (address/invalid-cidr reports them); prefixes are canonicalized.
 * Linear in the output, which is capped at MAX_MATERIALIZED_PAIRS; `pairCount` is always exact
 * (for custom policies it counts each policy's pairs, without merging repeats across policies).
 */
export function expandPolicySelectors(index: DesignIndex, connection: SiteToSiteConnection): PolicySelectorExpansion {
  const pairs: SelectorPair[] = [];
  const seen = new Set<string>();
  let truncated = false;
  const add = (onPrem: readonly Prefix[], azure: readonly Prefix[]) => {
    for (const o of onPrem) {
      for (const a of azure) {
        if (o.version !== a.version) continue;
        if (pairs.length >= MAX_MATERIALIZED_PAIRS) {
          truncated = true;
          return;
        }
        const key = `${o.text} ${a.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push({ onPrem: o.text, azure: a.text });
      }
    }
  };

  if (connection.trafficSelectorPolicies.length > 0) {
    let pairCount = 0;
    for (const policy of connection.trafficSelectorPolicies) {
      const onPrem = dedupe(toPrefixes(policy.remoteAddressRanges));
      const azure = dedupe(toPrefixes(policy.localAddressRanges));
      pairCount += countSameFamily(onPrem, azure);
      if (!truncated) add(onPrem, azure);
    }
    return { source: 'custom', pairs, pairCount, truncated, policyCount: connection.trafficSelectorPolicies.length };
  }

  const site = index.siteById.get(connection.siteId);
  const gateway = index.gatewayById.get(connection.gatewayId);
  const vnet = gateway ? index.vnetById.get(gateway.vnetId) : undefined;
  const onPrem = dedupe(toPrefixes(site?.addressPrefixes ?? []));
  const azure = dedupe(toPrefixes(vnet?.addressSpace ?? []));
  const pairCount = countSameFamily(onPrem, azure);
  add(onPrem, azure);
  return { source: 'address-spaces', pairs, pairCount, truncated, policyCount: pairCount };
}
