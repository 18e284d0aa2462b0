import { describe, expect, it } from 'vitest';
import type { P2sTunnelType } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(tunnelTypes: P2sTunnelType[], options: { otherGateway?: boolean } = {}) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
  const { gatewayId: other } = b.hub({ name: 'other', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' });
  const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.10', addressPrefixes: ['192.168.0.0/24'] });
  const c = b.s2s(options.otherGateway ? other : gatewayId, site, { name: 'branch-1' });
  const p = b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'], tunnelTypes, usersAtSiteIds: [site] });
  return { doc: b.build(), site, c, p };
}

describe('p2s/same-public-ip', () => {
  it('warns when IKEv2 users sit at a site connected by S2S to the same gateway', () => {
    const { doc, site, c, p } = design(['IkeV2']);
    const [d, ...rest] = findings(doc, 'p2s/same-public-ip');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [c, p, site].sort() });
    expect(d!.data).toMatchObject({ address: '203.0.113.10', openVpnEnabled: false });
    expect(d!.message).toContain('203.0.113.10');
  });

  it('does not fire without IKEv2, or when the site connects to another gateway', () => {
    expect(findings(design(['OpenVPN']).doc, 'p2s/same-public-ip')).toEqual([]);
    expect(findings(design(['IkeV2'], { otherGateway: true }).doc, 'p2s/same-public-ip')).toEqual([]);
  });
});
