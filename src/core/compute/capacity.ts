import { skuFacts, throughputMbps } from '../facts/skus';
import type { DesignIndex } from '../model/design-index';
import type { P2sConfiguration, P2sTunnelType } from '../model/types';

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
    /**
     * Tunnels counted per site-to-site connection: the instances of this gateway (1, or 2 when it is
     * active-active). A VNet-to-VNet resource counts the instances of the larger end instead.
     */
    readonly perConnection: number;
    /** Connections counted: site-to-site, and VNet-to-VNet resources whose local end is this gateway. */
    readonly s2sConnections: number;
    readonly vnet2vnetConnections: number;
    /** Tunnels counted for the site-to-site connections (s2sConnections × perConnection). */
    readonly s2sTunnels: number;
    /** Tunnels counted for the VNet-to-VNet resources: each max(local instances, remote instances). */
    readonly vnet2vnetTunnels: number;
    /** VNet-to-VNet resources counted 2 only because their remote gateway is active-active. */
    readonly vnet2vnetToActiveActive: number;
  };
  /** Planned clients of the protocols enabled in the gateway's P2S configurations (a disabled protocol's count is ignored). */
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

/** Gateway instances that build tunnels: 2 on an active-active gateway, else 1. */
const instances = (activeActive: boolean): number => (activeActive ? 2 : 1);

/** The planned clients of a tunnel type, or 0 when the configuration does not enable it. */
export function enabledPlannedClients(p: P2sConfiguration, t: P2sTunnelType): number {
  if (!p.tunnelTypes.includes(t)) return 0;
  return t === 'SSTP' ? p.plannedClients.sstp : t === 'IkeV2' ? p.plannedClients.ikev2 : p.plannedClients.openvpn;
}

/** Policy-based gateways carry a single S2S tunnel (facts §1.5, §1.6, §10). */
export const POLICY_BASED_MAX_TUNNELS = 1;

/**
 * The capacity figures of one gateway, or undefined when the design has no such gateway. Linear in
 * the gateway's own connections and P2S configurations.
 *
 * Tunnel counting (the docs don't say whether an active-active connection counts 1 or 2, facts §10;
 * the catalog asks for a conservative count):
 * - every S2S connection counts one tunnel per instance of this gateway (2 when active-active);
 * - every VNet-to-VNet resource whose local end is this gateway counts max(local instances, remote
 *   instances): each instance of an active-active end builds its own tunnel to the other end, so an
 *   active-standby gateway linked to an active-active one still terminates 2 tunnels.
 * The reverse-direction resource is counted on the other gateway, not here.
 *
 * P2S clients: only the planned clients of a protocol enabled in the configuration count (planned
 * SSTP clients of a configuration without SSTP are ignored).
 */
export function gatewayCapacity(index: DesignIndex, gatewayId: string): GatewayCapacity | undefined {
  const g = index.gatewayById.get(gatewayId);
  if (!g) return undefined;
  const sku = skuFacts(g.sku);
  const s2s = index.s2sByGateway.get(g.id) ?? [];
  const v2v = index.v2vByGateway.get(g.id) ?? [];
  const perConnection = instances(g.activeActive);
  const s2sTunnels = s2s.length * perConnection;
  let vnet2vnetTunnels = 0;
  let vnet2vnetToActiveActive = 0;
  for (const c of v2v) {
    const remote = index.gatewayById.get(c.remoteGatewayId);
    const n = Math.max(perConnection, instances(remote?.activeActive ?? false));
    vnet2vnetTunnels += n;
    if (n > perConnection) vnet2vnetToActiveActive += 1;
  }
  const used = s2sTunnels + vnet2vnetTunnels;
  let max = sku?.maxTunnels;
  if (max !== undefined && g.vpnType === 'PolicyBased') max = Math.min(max, POLICY_BASED_MAX_TUNNELS);
  const counting = g.activeActive
    ? '2 per connection on an active-active gateway'
    : vnet2vnetToActiveActive > 0
      ? '1 per connection, 2 per VNet-to-VNet connection to an active-active gateway'
      : '1 per connection';

  let sstp = 0;
  let ikev2OpenVpn = 0;
  for (const p of index.p2sByGateway.get(g.id) ?? []) {
    sstp += enabledPlannedClients(p, 'SSTP');
    ikev2OpenVpn += enabledPlannedClients(p, 'IkeV2') + enabledPlannedClients(p, 'OpenVPN');
  }

  let plannedMbps = 0;
  for (const c of s2s) plannedMbps += c.plannedBandwidthMbps;
  for (const c of v2v) plannedMbps += c.plannedBandwidthMbps;

  return {
    gatewayId: g.id,
    tunnels: {
      used,
      max,
      counting,
      perConnection,
      s2sConnections: s2s.length,
      vnet2vnetConnections: v2v.length,
      s2sTunnels,
      vnet2vnetTunnels,
      vnet2vnetToActiveActive,
    },
    p2s: {
      sstp: { planned: sstp, max: sku?.maxSstpClients },
      ikev2OpenVpn: { planned: ikev2OpenVpn, max: sku?.maxIkev2OpenVpnClients },
    },
    throughput: { plannedMbps, maxMbps: throughputMbps(g.sku, g.generation) },
  };
}
