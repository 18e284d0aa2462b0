import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(advertisedPrefixes: string[], allowGatewayTransit = true) {
  const b = new DesignBuilder();
  const hub = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw', bgp: { enabled: true, asn: 65010 } });
  const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
  const peeringId = b.peering(hub.vnetId, spoke, {
    name: 'hub-spoke',
    local: { allowGatewayTransit },
    remote: { useRemoteGateways: allowGatewayTransit },
  });
  const siteId = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', bgp: { asn: 65020, peerIp: '192.168.255.1', advertisedPrefixes } });
  const connectionId = b.s2s(hub.gatewayId, siteId, { name: 'to-branch', enableBgp: true });
  return { doc: b.build(), ...hub, spoke, peeringId, siteId, connectionId };
}

describe('bgp/exact-vnet-prefix', () => {
  it('warns when a site advertises exactly the prefix of a peered VNet with gateway transit on', () => {
    const { doc, siteId, connectionId, gatewayId, spoke } = design(['10.1.0.0/16', '192.168.0.0/16']);
    const found = findings(doc, 'bgp/exact-vnet-prefix');
    expect(found.map(summary)).toEqual([
      { severity: 'warning', elementIds: [connectionId, gatewayId, siteId, spoke].sort(), detail: 'exact' },
    ]);
    expect(found[0]!.data).toMatchObject({ prefixes: ['10.1.0.0/16'], vnetIds: [spoke] });
  });

  it("warns about the gateway VNet's own prefix and, separately, about a more specific prefix inside it", () => {
    const { doc, vnetId } = design(['10.0.0.0/16', '10.0.1.0/24']);
    const found = findings(doc, 'bgp/exact-vnet-prefix');
    expect(found.map((d) => [d.detail, d.data?.prefixes])).toEqual([
      ['exact', ['10.0.0.0/16']],
      ['more-specific', ['10.0.1.0/24']],
    ]);
    expect(found.every((d) => d.elementIds.includes(vnetId))).toBe(true);
  });

  it('does not warn about a covering aggregate such as 10.0.0.0/8', () => {
    expect(findings(design(['10.0.0.0/8']).doc, 'bgp/exact-vnet-prefix')).toEqual([]);
  });

  it('does not warn without gateway transit', () => {
    expect(findings(design(['10.1.0.0/16'], false).doc, 'bgp/exact-vnet-prefix')).toEqual([]);
  });
});
