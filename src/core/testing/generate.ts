import type { TopologyDocument } from '../model/types';
import { DesignBuilder } from './builders';
import { STRONG_POLICY } from './policies';
import { intBetween, seededRandom } from './random';

/** Counts the elements of a design the way the benchmark sizes them. */
export function elementCount(doc: TopologyDocument): number {
  return doc.vnets.length + doc.gateways.length + doc.sites.length + doc.p2sConfigurations.length + doc.connections.length;
}

/**
 * A realistic large design of about `target` elements: regional hubs (VNet + gateway + P2S pool),
 * spokes peered with gateway transit, branches over S2S (some with BGP), VNet-to-VNet links between
 * neighbouring hubs, VNets with 2–4 prefixes and sites with 1–4. A few branches overlap on purpose,
 * as real designs do, so the overlap rules have work to report.
 */
export function generateDesign(target: number, seed = 1): TopologyDocument {
  return growDesign(`generated ${target}`, seed, { elements: target }).builder.build();
}

/** The elements the canvas draws as nodes (connections are its lines). */
export function drawnElementCount(doc: TopologyDocument): number {
  return doc.vnets.length + doc.gateways.length + doc.sites.length + doc.p2sConfigurations.length;
}

/**
 * The canvas stress shape: the realistic design of `generateDesign` grown to exactly `drawn` drawn
 * elements, then branches dual-homed to the next region's hub (a second S2S tunnel, as resilient
 * branches have) until the design holds `connections` connections, or every branch has two.
 */
export function generateCanvasDesign(drawn: number, connections: number, seed = 1): TopologyDocument {
  const { builder, hubs, branches } = growDesign(`canvas ${drawn}/${connections}`, seed, { drawn });
  const all = builder.raw.connections!;
  if (hubs.length > 1) {
    for (const branch of branches) {
      if (all.length >= connections) break;
      const hub = hubs[(branch.cluster + 1) % hubs.length]!;
      builder.s2s(hub.gatewayId, branch.siteId, {
        name: `cn-${branch.siteId}-backup`,
        sharedKey: `Backup${branch.siteId}Secret`,
        enableBgp: branch.bgp && hub.bgp,
        dpdTimeoutSeconds: 45,
        ipsecPolicy: STRONG_POLICY,
      });
    }
  }
  return builder.build();
}

interface Budget {
  /** Stop at about this many elements, counted as `elementCount` does. */
  readonly elements?: number;
  /** Stop at exactly this many drawn elements (`drawnElementCount`). */
  readonly drawn?: number;
}

interface Hub {
  readonly gatewayId: string;
  readonly bgp: boolean;
}

function growDesign(name: string, seed: number, budget: Budget) {
  const rand = seededRandom(seed);
  const b = new DesignBuilder(name);
  let siteBlock = 0; // /24 blocks handed out from 172.16.0.0/12
  const nextSitePrefix = () => {
    const n = siteBlock++;
    return `172.${16 + (n >> 8)}.${n & 255}.0/24`;
  };
  const hubs: Hub[] = [];
  const branches: { siteId: string; cluster: number; bgp: boolean }[] = [];
  let elements = 0;
  let drawn = 0;
  // Without a drawn budget these are always true, so `generateDesign` grows exactly as it always has.
  const room = (n = 1) => budget.drawn === undefined || drawn + n <= budget.drawn;
  const more = () => (budget.elements === undefined || elements < budget.elements) && room(2);
  const branch = (cluster: number, s: number, hub: Hub) => {
    const overlap = rand() < 0.01 && siteBlock > 0;
    const prefixes = Array.from({ length: intBetween(rand, 1, 4) }, () => (overlap ? `172.16.0.0/24` : nextSitePrefix()));
    const useBgp = hub.bgp && rand() < 0.7;
    const site = b.site({
      name: `branch-${cluster}-${s}`,
      gatewayIpAddress: `198.51.${cluster % 256}.${s + 1}`,
      addressPrefixes: useBgp ? [] : prefixes,
      ...(useBgp ? { bgp: { asn: 64512 + s, peerIp: `172.31.${cluster % 256}.${s + 1}`, advertisedPrefixes: prefixes } } : {}),
    });
    b.s2s(hub.gatewayId, site, { name: `cn-${cluster}-${s}`, sharedKey: `Key${cluster}x${s}Secret`, enableBgp: useBgp, dpdTimeoutSeconds: 45, ipsecPolicy: STRONG_POLICY });
    branches.push({ siteId: site, cluster, bgp: useBgp });
    elements += 2;
    drawn += 1;
  };
  let cluster = 0;
  for (; more() && cluster < 250; cluster++) {
    // Each cluster owns 10.<cluster>.0.0/16, cut into /20 blocks for its VNets.
    let block = 0;
    const vnetPrefixes = (count: number) =>
      Array.from({ length: count }, () => `10.${cluster}.${(block++ % 15) * 16}.0/20`);
    const bgp = rand() < 0.5;
    const hubPrefixes = vnetPrefixes(intBetween(rand, 2, 3));
    const { vnetId: hubVnet, gatewayId } = b.hub(
      { name: `hub-${cluster}`, region: cluster % 2 ? 'westeurope' : 'northeurope', addressSpace: hubPrefixes, gatewaySubnet: `10.${cluster}.240.0/27` },
      { name: `hub-${cluster}-gw`, sku: 'VpnGw2AZ', generation: 'Generation2', activeActive: bgp, bgp: { enabled: bgp, asn: 65000 + cluster }, publicIps: bgp ? [{}, {}] : [{}] },
    );
    // the GatewaySubnet lies in 10.c.240.0/20, which the hub must contain
    b.raw.vnets!.find((v) => v.id === hubVnet)!.addressSpace!.push(`10.${cluster}.240.0/20`);
    const hub = { gatewayId, bgp };
    elements += 2;
    drawn += 2;
    const spokes = intBetween(rand, 1, 3);
    for (let s = 0; s < spokes && room(); s++) {
      const spoke = b.vnet({ name: `spoke-${cluster}-${s}`, addressSpace: vnetPrefixes(intBetween(rand, 2, 4)) });
      b.peering(hubVnet, spoke, { name: `hub-${cluster}-to-spoke-${s}`, local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
      elements += 2;
      drawn += 1;
    }
    const branchCount = intBetween(rand, 2, 5);
    for (let s = 0; s < branchCount && room(); s++) branch(cluster, s, hub);
    if (room()) {
      b.p2s(gatewayId, { name: `p2s-${cluster}`, addressPool: [`192.168.${cluster % 256}.0/24`], tunnelTypes: ['IkeV2', 'OpenVPN'], plannedClients: { ikev2: 50, openvpn: 50 } });
      elements += 1;
      drawn += 1;
    }
    const prev = hubs[hubs.length - 1];
    if (prev) {
      b.v2v(prev.gatewayId, gatewayId, { name: `v2v-${cluster}`, sharedKey: `V2v${cluster}Secret`, enableBgp: prev.bgp && bgp, ipsecPolicy: STRONG_POLICY });
      elements += 2;
    }
    hubs.push(hub);
  }
  // A drawn budget one short of a whole hub is made up with one more branch on the last hub.
  const last = hubs[hubs.length - 1];
  if (last && budget.drawn !== undefined && drawn === budget.drawn - 1) branch(cluster - 1, 100, last);
  return { builder: b, hubs, branches };
}

/**
 * A stress shape real designs grow into: `gateways` hubs in one chain of BGP VNet-to-VNet links, each
 * with one BGP branch. Every space is reachable from every gateway, which is where a per-gateway
 * overlap check turns quadratic.
 */
export function generateBgpChain(gateways: number): TopologyDocument {
  const b = new DesignBuilder(`BGP chain of ${gateways}`);
  let previous: string | undefined;
  for (let i = 0; i < gateways; i++) {
    const second = i >> 8;
    const third = i & 255;
    const { gatewayId } = b.hub(
      { name: `hub-${i}`, addressSpace: [`10.${64 + second}.${third}.0/24`], gatewaySubnet: `10.${64 + second}.${third}.224/27` },
      { name: `hub-${i}-gw`, activeActive: true, publicIps: [{}, {}], bgp: { enabled: true, asn: 65000 + (i % 500) } },
    );
    const site = b.site({
      name: `branch-${i}`,
      gatewayIpAddress: `198.51.${100 + second}.${third}`,
      addressPrefixes: [],
      bgp: { asn: 64512, peerIp: `172.30.${second}.${third}`, advertisedPrefixes: [`172.${16 + second}.${third}.0/24`] },
    });
    b.s2s(gatewayId, site, { name: `cn-${i}`, sharedKey: `Key${i}Secret`, enableBgp: true, ipsecPolicy: STRONG_POLICY });
    if (previous) b.v2v(previous, gatewayId, { name: `v2v-${i}`, sharedKey: `V2v${i}Secret`, enableBgp: true, ipsecPolicy: STRONG_POLICY });
    previous = gatewayId;
  }
  return b.build();
}
