import { GATEWAY_LIMITS } from '../../facts/skus';
import type { VpnGateway } from '../../model/types';
import { parseIp } from '../../net/ip';
import { isApipaAddress, isAzureApipaAddress } from '../../net/ranges';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { bgpLinks } from './shared';

interface CustomApipa {
  readonly ipConfigurationId: string;
  readonly text: string;
  /** A comparable form: the canonical address when it parses, else the trimmed text. */
  readonly key: string;
}

/** A gateway's custom APIPA addresses, flattened over its IP configurations. */
function customApipa(g: VpnGateway): CustomApipa[] {
  const out: CustomApipa[] = [];
  for (const entry of g.bgp.customApipa) {
    for (const text of entry.addresses) {
      const ip = parseIp(text);
      out.push({ ipConfigurationId: entry.ipConfigurationId, text, key: ip ? `${ip.version}:${ip.value}` : text.trim() });
    }
  }
  return out;
}

function* gatewayChecks(g: VpnGateway, addresses: readonly CustomApipa[]): Generator<Finding> {
  for (const a of addresses) {
    const ip = parseIp(a.text);
    if (ip && isAzureApipaAddress(a.text)) continue;
    yield {
      elementIds: [g.id],
      message: ip
        ? `Gateway ${g.name} has custom APIPA BGP address ${a.text.trim()} (${a.ipConfigurationId}), outside the range Azure accepts, 169.254.21.0–169.254.22.255.`
        : `Gateway ${g.name} has custom APIPA BGP address ${JSON.stringify(a.text)} (${a.ipConfigurationId}), which is not an IPv4 address.`,
      detail: ip ? 'range' : 'syntax',
      data: { address: a.text, ipConfigurationId: a.ipConfigurationId },
      fix: { hint: 'Use an address from 169.254.21.0–169.254.22.255, such as 169.254.21.1.' },
    };
  }
  if (g.activeActive) {
    const firstOwner = new Map<string, CustomApipa>();
    const reported = new Set<string>();
    for (const a of addresses) {
      const prior = firstOwner.get(a.key);
      if (!prior) {
        firstOwner.set(a.key, a);
        continue;
      }
      if (prior.ipConfigurationId === a.ipConfigurationId || reported.has(a.key)) continue;
      reported.add(a.key);
      yield {
        elementIds: [g.id],
        message: `Active-active gateway ${g.name} gives custom APIPA address ${a.text.trim()} to both ${prior.ipConfigurationId} and ${a.ipConfigurationId}; each instance needs its own.`,
        detail: 'shared',
        data: { address: a.text, ipConfigurationIds: [prior.ipConfigurationId, a.ipConfigurationId] },
        fix: { hint: `Give ${a.ipConfigurationId} a different address from 169.254.21.0–169.254.22.255.` },
      };
    }
  }
  const limit = GATEWAY_LIMITS.customApipaAddresses;
  if (addresses.length > limit) {
    yield {
      elementIds: [g.id],
      message: `Gateway ${g.name} has ${addresses.length} custom APIPA BGP addresses; a gateway takes at most ${limit}.`,
      detail: 'limit',
      data: { count: addresses.length, limit },
      fix: { hint: `Remove addresses until at most ${limit} remain; one per on-premises APIPA peer and instance is enough.` },
    };
  }
}

function* siteChecks(ctx: RuleContext, perGateway: ReadonlyMap<string, readonly CustomApipa[]>): Generator<Finding> {
  for (const { connection: c, site, gateway: g } of bgpLinks(ctx)) {
    const peer = site.bgp.peerIp;
    if (!isApipaAddress(peer)) continue;
    const addresses = perGateway.get(g.id) ?? [];
    if (addresses.length === 0) {
      yield {
        elementIds: [g.id, site.id, c.id],
        message: `Site ${site.name} uses APIPA BGP peer IP ${peer.trim()} on connection ${c.name}, but gateway ${g.name} has no custom APIPA BGP address to pair with it.`,
        detail: 'missing-azure-apipa',
        data: { peerIp: peer, gatewayId: g.id },
        fix: { hint: `Add a custom APIPA BGP address from 169.254.21.0–169.254.22.255 to gateway ${g.name}${g.activeActive ? ' (one per instance)' : ''}.` },
      };
      continue;
    }
    if (g.activeActive) {
      const instances = new Set(addresses.map((a) => a.ipConfigurationId));
      if (instances.size < 2) {
        yield {
          elementIds: [g.id, site.id, c.id],
          message: `Active-active gateway ${g.name} has custom APIPA BGP addresses on one instance only (${[...instances][0]}), but site ${site.name} peers over APIPA (${peer.trim()}); the second instance needs its own address.`,
          detail: 'instance-missing',
          data: { peerIp: peer, gatewayId: g.id, instances: [...instances] },
          fix: { hint: `Add a different custom APIPA address from 169.254.21.0–169.254.22.255 for the second IP configuration of ${g.name}.` },
        };
      }
    }
    const ip = parseIp(peer)!;
    const clash = addresses.find((a) => a.key === `${ip.version}:${ip.value}`);
    if (clash) {
      yield {
        elementIds: [site.id, g.id, c.id],
        message: `Site ${site.name} uses APIPA BGP peer IP ${peer.trim()}, the same address as gateway ${g.name}'s custom APIPA address; the two ends need different addresses.`,
        detail: 'collision',
        data: { peerIp: peer, gatewayId: g.id, ipConfigurationId: clash.ipConfigurationId },
        fix: { hint: 'Give the device and the gateway different APIPA addresses, e.g. 169.254.21.1 on Azure and 169.254.21.2 on premises.' },
      };
    }
  }
}

export default defineRule({
  meta: {
    id: 'bgp/apipa',
    severities: ['error'],
    title: 'APIPA BGP addresses: missing on the gateway, outside Azure’s range, shared by two instances, or too many.',
    source: 'FAQ "What address does Azure VPN Gateway use for BGP peer IP?"; facts §4',
    docs: {
      why: 'When the on-premises device peers from an APIPA address (169.254.x.x), Azure only answers from a custom APIPA address set on the gateway, and those must come from 169.254.21.0–169.254.22.255. On an active-active gateway each instance needs its own address; a gateway holds at most 32 of them, and the two ends of a session cannot use the same address.',
      example: 'Site `branch` with BGP peer IP 169.254.21.2 connected with BGP to gateway `hub-gw`, which has no custom APIPA address; or `hub-gw` with custom address 169.254.10.1.',
      fix: 'Add custom APIPA addresses from 169.254.21.0–169.254.22.255 to the gateway (a different one per instance) and keep the device on another address of the pair.',
      reading:
        "Details: 'missing-azure-apipa', 'instance-missing' (active-active with addresses on one IP configuration only), 'range', 'syntax', 'shared' (one address on two instances), 'limit' (more than 32 in total), 'collision' (the site's APIPA peer IP equals one of the gateway's). The 2019 FAQ said the on-premises BGP IP could not be APIPA; the newer guidance allows it, so APIPA peers are accepted here.",
    },
  },
  *check(ctx): Iterable<Finding> {
    const perGateway = new Map<string, readonly CustomApipa[]>();
    for (const g of ctx.doc.gateways) {
      const addresses = customApipa(g);
      perGateway.set(g.id, addresses);
      yield* gatewayChecks(g, addresses);
    }
    yield* siteChecks(ctx, perGateway);
  },
});
