import type { TopologyDocument } from '../../core/model/types';
import { DesignBuilder } from '../../core/testing/builders';

/**
 * A small design with one of everything the canvas draws: a hub VNet with a gateway, a branch site over
 * site-to-site with NAT, a P2S pool whose users also sit at the branch, a second hub linked VNet-to-VNet
 * both ways, and a spoke peered to the first hub.
 */
export function sampleDesign(): TopologyDocument {
  const b = new DesignBuilder('sample');
  const hub = b.hub(
    { id: 'vnet-hub', name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
    {
      id: 'gw-hub',
      name: 'gw-hub',
      sku: 'VpnGw2AZ',
      natRules: [{ id: 'nat-1', name: 'nat-1', mode: 'EgressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.64.0.0/16'] }],
    },
  );
  const other = b.hub({ id: 'vnet-dr', name: 'dr', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { id: 'gw-dr', name: 'gw-dr' });
  b.vnet({ id: 'vnet-spoke', name: 'spoke', addressSpace: ['10.2.0.0/16'] });
  b.site({ id: 'site-1', name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
  b.s2s(hub.gatewayId, 'site-1', { id: 'cn-1', name: 'cn-1', sharedKey: 'abcdefghij', egressNatRuleIds: ['nat-1'], enableBgp: false });
  b.p2s(hub.gatewayId, { id: 'p2s-1', name: 'pool', addressPool: ['172.16.0.0/24'], usersAtSiteIds: ['site-1'] });
  b.v2vOneWay(hub.gatewayId, other.gatewayId, { id: 'v2v-a', name: 'a', sharedKey: 'abcdefghij' });
  b.v2vOneWay(other.gatewayId, hub.gatewayId, { id: 'v2v-b', name: 'b', sharedKey: 'abcdefghij' });
  b.peering('vnet-hub', 'vnet-spoke', { id: 'peer-1', name: 'hub-spoke' });
  return b.build();
}

/**
 * sampleDesign plus a fourth VNet holding two gateways (one too many), and a second, unconnected site:
 * the cases connecting elements must accept or refuse.
 */
export function connectableDesign(): TopologyDocument {
  const doc = sampleDesign();
  const b = new DesignBuilder();
  b.vnet({ id: 'vnet-x', name: 'x', addressSpace: ['10.9.0.0/16'] });
  b.gateway('vnet-x', { id: 'gw-x', name: 'gw-x' });
  b.gateway('vnet-x', { id: 'gw-x2', name: 'gw-x2' });
  b.site({ id: 'site-2', name: 'branch-2' });
  const extra = b.build();
  return { ...doc, vnets: [...doc.vnets, ...extra.vnets], gateways: [...doc.gateways, ...extra.gateways], sites: [...doc.sites, ...extra.sites] };
}
