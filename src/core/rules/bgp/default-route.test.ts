import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(advertisedPrefixes: string[], enableBgp = true) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16', 'fd00::/48'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'hub-gw',
    bgp: { enabled: true, asn: 65010 },
  });
  const siteId = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', bgp: { asn: 65020, peerIp: '192.168.255.1', advertisedPrefixes } });
  const connectionId = b.s2s(gatewayId, siteId, { name: 'to-branch', enableBgp });
  return { doc: b.build(), gatewayId, siteId, connectionId };
}

describe('bgp/default-route', () => {
  it('warns when a BGP site advertises 0.0.0.0/0', () => {
    const { doc, gatewayId, siteId, connectionId } = design(['0.0.0.0/0', '192.168.0.0/16']);
    const found = findings(doc, 'bgp/default-route');
    expect(found.map(summary)).toEqual([{ severity: 'warning', elementIds: [connectionId, gatewayId, siteId].sort(), detail: 'ipv4' }]);
    expect(found[0]!.elementIds[0]).toBe(siteId);
    expect(found[0]!.data).toMatchObject({ prefix: '0.0.0.0/0', gatewayIds: [gatewayId] });
  });

  it('warns about ::/0 as well', () => {
    const found = findings(design(['::/0']).doc, 'bgp/default-route');
    expect(found.map((d) => d.detail)).toEqual(['ipv6']);
  });

  it('does not warn on a near-default prefix or without BGP on the connection', () => {
    expect(findings(design(['0.0.0.0/1', '128.0.0.0/1']).doc, 'bgp/default-route')).toEqual([]);
    expect(findings(design(['0.0.0.0/0'], false).doc, 'bgp/default-route')).toEqual([]);
  });
});
