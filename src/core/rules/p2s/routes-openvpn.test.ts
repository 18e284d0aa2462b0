import { describe, expect, it } from 'vitest';
import type { P2sTunnelType } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

/** A hub connected to one site with `prefixes` prefixes, plus the VNet's one address space. */
function design(prefixes: number, tunnelTypes: P2sTunnelType[]) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { id: 'gw', name: 'hub-gw' });
  const addressPrefixes = Array.from({ length: prefixes }, (_, i) => `10.${100 + Math.floor(i / 256)}.${i % 256}.0/24`);
  const s = b.site({ name: 'dc', gatewayIpAddress: '203.0.113.1', addressPrefixes });
  b.s2s(gatewayId, s, { name: 'dc-1' });
  const p = b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'], tunnelTypes });
  return { doc: b.build(), gatewayId, p };
}

describe('p2s/routes-openvpn', () => {
  it('fires when OpenVPN clients would receive more than 1,000 routes', () => {
    const { doc, gatewayId, p } = design(1000, ['OpenVPN']);
    const [d, ...rest] = findings(doc, 'p2s/routes-openvpn');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, p].sort() });
    expect(d!.data).toMatchObject({ count: 1001, limit: 1000, vnetSpaces: 1, localSitePrefixes: 1000 });
    expect(d!.message).toContain('1001 routes');
  });

  it('does not fire at exactly 1,000 routes', () => {
    expect(findings(design(999, ['OpenVPN']).doc, 'p2s/routes-openvpn')).toEqual([]);
  });

  it('does not fire when OpenVPN is not enabled', () => {
    expect(findings(design(1000, ['IkeV2']).doc, 'p2s/routes-openvpn')).toEqual([]);
  });
});
