import { skuFacts, throughputMbps } from '../facts/skus';
import type { DesignIndex } from '../model/design-index';

/**
 * What one gateway uses against its SKU's limits: tunnels, P2S clients and throughput. The gateway
 * rules compare these figures; the UI and CLI show them. A `max` is undefined when the SKU name is
 * unknown (gateway/sku-generation reports that).
 */
export interface GatewayCapacity {
  readonly gatewayId: string;
  readonly tunnels: {
    readonly used: number;
    readonly max: number | undefined;
    /** How the tunnels were counted, in words, for messages and the UI. */
    readonly counting: string;
    /** Tunnels counted per connection on this gateway (1, or 2 when it is active-active). */
    readonly perConnection: number;
    /** Connections counted: site-to-site, and VNet-to-VNet resources whose local end is this gateway. */
    readonly s2sConnections: number;
    readonly vnet2vnetConnections: number;
  };
  readonly p2s: {
    readonly sstp: { readonly planned: number; readonly max: number | undefined };
    readonly ikev2OpenVpn: { readonly planned: number; readonly max: number | undefined };
  };
  readonly throughput: {
    /** Sum of the planned bandwidth of the S2S and VNet-to-VNet connections on this gateway. */
    readonly plannedMbps: number;
    readonly maxMbps: number | undefined;
  };
}

/** Policy-based gateways carry a single S2S tunnel (facts §1.5, §1.6, §10). */
export const POLICY_BASED_MAX_TUNNELS = 1;

/**
 * The capacity figures of one gateway, or undefined when the design has no such gateway. Linear in
 * the gateway's own connections and P2S configurations.
 *
 * Tunnel counting (the docs don't say whether an active-active connection counts 1 or 2, facts §10):
 * every S2S connection counts one tunnel per instance of this gateway (2 when active-active), and
 * every VNet-to-VNet resource whose local end is this gateway counts one per local instance too.
 * The reverse-direction resource is counted on the other gateway, not here.
 */
export function gatewayCapacity(index: DesignIndex, gatewayId: string): GatewayCapacity | undefined {
  const g = index.gatewayById.get(gatewayId);
  if (!g) return undefined;
  const sku = skuFacts(g.sku);
  const s2s = index.s2sByGateway.get(g.id) ?? [];
  const v2v = index.v2vByGateway.get(g.id) ?? [];
  const perConnection = g.activeActive ? 2 : 1;
  const used = (s2s.length + v2v.length) * perConnection;
  let max = sku?.maxTunnels;
  if (max !== undefined && g.vpnType === 'PolicyBased') max = Math.min(max, POLICY_BASED_MAX_TUNNELS);
  const counting = g.activeActive
    ? '2 per connection on an active-active gateway'
    : '1 per connection';

  let sstp = 0;
  let ikev2OpenVpn = 0;
  for (const p of index.p2sByGateway.get(g.id) ?? []) {
    sstp += p.plannedClients.sstp;
    ikev2OpenVpn += p.plannedClients.ikev2 + p.plannedClients.openvpn;
  }

  let plannedMbps = 0;
  for (const c of s2s) plannedMbps += c.plannedBandwidthMbps;
  for (const c of v2v) plannedMbps += c.plannedBandwidthMbps;

  return {
    gatewayId: g.id,
    tunnels: { used, max, counting, perConnection, s2sConnections: s2s.length, vnet2vnetConnections: v2v.length },
    p2s: {
      sstp: { planned: sstp, max: sku?.maxSstpClients },
      ikev2OpenVpn: { planned: ikev2OpenVpn, max: sku?.maxIkev2OpenVpnClients },
    },
    throughput: { plannedMbps, maxMbps: throughputMbps(g.sku, g.generation) },
  };
}
