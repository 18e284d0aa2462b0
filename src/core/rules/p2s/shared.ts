import { splitPool, TUNNEL_LABEL, type P2sPoolSplit } from '../../compute/p2s-split';
import { trafficSelectorCount, type TrafficSelectorMeter } from '../../compute/traffic-selectors';
import type { ClientOs, P2sAuthType, P2sConfiguration, P2sTunnelType, TopologyDocument } from '../../model/types';
import type { RuleContext } from '../types';

/** The pool split of every P2S configuration, computed once per validation. */
export function poolSplit(ctx: RuleContext, config: P2sConfiguration): P2sPoolSplit {
  const all = ctx.memo('p2s/pool-split', () => new Map<string, P2sPoolSplit>());
  let hit = all.get(config.id);
  if (!hit) {
    hit = splitPool(config, ctx.index.gatewayById.get(config.gatewayId)?.activeActive ?? false);
    all.set(config.id, hit);
  }
  return hit;
}

/** The traffic-selector meter of every gateway that has P2S, computed once per validation. */
export function selectorMeters(ctx: RuleContext): readonly TrafficSelectorMeter[] {
  return ctx.memo('p2s/traffic-selectors', () => {
    const out: TrafficSelectorMeter[] = [];
    for (const gatewayId of ctx.index.p2sByGateway.keys()) {
      if (ctx.index.gatewayById.has(gatewayId)) out.push(trafficSelectorCount(ctx.index, gatewayId));
    }
    return out;
  });
}

/** "SSTP, IKEv2", for messages. */
export function listTunnels(types: readonly P2sTunnelType[]): string {
  return types.length === 0 ? 'none' : types.map((t) => TUNNEL_LABEL[t]).join(', ');
}

/** Display names of the client operating systems. */
export const OS_LABEL: Readonly<Record<ClientOs, string>> = {
  'windows-legacy': 'Windows before 10 (7, 8.1, Server 2008 R2/2012)',
  'windows10-pre2004': 'Windows 10 before version 2004',
  'windows10-2004': 'Windows 10 version 2004 or later / Windows 11',
  macos: 'macOS',
  linux: 'Linux',
  ios: 'iOS',
  android: 'Android',
};

/** A document where the P2S configuration no longer lists the tunnel type. */
export function withoutTunnel(doc: TopologyDocument, p2sId: string, tunnel: P2sTunnelType): TopologyDocument {
  return {
    ...doc,
    p2sConfigurations: doc.p2sConfigurations.map((p) => (p.id === p2sId ? { ...p, tunnelTypes: p.tunnelTypes.filter((t) => t !== tunnel) } : p)),
  };
}

/** The authentication types each tunnel type accepts (facts §5, tunnel/auth mapping). */
export const TUNNEL_AUTH: Readonly<Record<P2sTunnelType, readonly P2sAuthType[]>> = {
  SSTP: ['Certificate', 'Radius'],
  IkeV2: ['Certificate', 'Radius'],
  OpenVPN: ['Certificate', 'Radius', 'AAD'],
};
