import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const ID = 'gateway/tunnel-limit';
const HUB = { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' };

/** A hub gateway with `n` site-to-site connections to distinct sites. */
function withSites(g: Parameters<DesignBuilder['gateway']>[1], n: number) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub(HUB, g);
  for (let i = 0; i < n; i += 1) {
    const s = b.site({ name: `b${i}`, gatewayIpAddress: `203.0.113.${i + 1}`, addressPrefixes: [`192.168.${i}.0/24`] });
    b.s2s(gatewayId, s, { name: `c${i}` });
  }
  return { b, gatewayId };
}

const AA_IPS = [{ sku: 'Standard' }, { sku: 'Standard' }] as const;

describe('gateway/tunnel-limit', () => {
  it('reports 31 site-to-site connections on a VpnGw2AZ gateway (limit 30)', () => {
    const { b, gatewayId } = withSites({ name: 'gw', sku: 'VpnGw2AZ' }, 31);
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId] });
    expect(d!.data).toMatchObject({ used: 31, max: 30, s2s: 31, vnet2vnet: 0, perConnection: 1 });
  });

  it('counts 2 tunnels per connection on an active-active gateway and says so', () => {
    const { b } = withSites({ name: 'gw', sku: 'VpnGw2AZ', activeActive: true, publicIps: [...AA_IPS] }, 16);
    const [d] = findings(b.build(), ID);
    expect(d!.data).toMatchObject({ used: 32, max: 30, perConnection: 2 });
    expect(d!.message).toContain('32 tunnels counted (2 per connection on an active-active gateway');
    expect(d!.message).toContain('> 30 for VpnGw2AZ');
  });

  it('does not fire at exactly the limit', () => {
    expect(findings(withSites({ name: 'gw', sku: 'VpnGw2AZ', activeActive: true, publicIps: [...AA_IPS] }, 15).b.build(), ID)).toEqual([]);
    expect(findings(withSites({ name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1' }, 30).b.build(), ID)).toEqual([]);
  });

  it('counts the local VNet-to-VNet resource together with the site-to-site connections', () => {
    const { b, gatewayId } = withSites({ name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1' }, 29);
    const other = b.hub({ name: 'other', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'other-gw' });
    b.v2v(gatewayId, other.gatewayId, { name: 'v' });
    expect(findings(b.build(), ID)).toEqual([]); // 29 + 1 = 30
    const s = b.site({ name: 'extra', gatewayIpAddress: '198.51.100.1', addressPrefixes: ['192.168.200.0/24'] });
    b.s2s(gatewayId, s, { name: 'extra' });
    const [d] = findings(b.build(), ID);
    expect(d!.data).toMatchObject({ used: 31, max: 30, s2s: 30, vnet2vnet: 1 });
  });

  it('counts 2 tunnels for a VNet-to-VNet resource from an active-standby gateway to an active-active one', () => {
    const { b, gatewayId } = withSites({ name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1' }, 29);
    const other = b.hub(
      { name: 'other', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' },
      { name: 'other-gw', activeActive: true, publicIps: [...AA_IPS] },
    );
    b.v2v(gatewayId, other.gatewayId, { name: 'v' });
    const [d, ...rest] = findings(b.build(), ID);
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId] });
    expect(d!.data).toMatchObject({ used: 31, max: 30, s2s: 29, vnet2vnet: 1, s2sTunnels: 29, vnet2vnetTunnels: 2, perConnection: 1 });
    expect(d!.message).toContain('2 per VNet-to-VNet connection to an active-active gateway');
    expect(d!.message).toContain('2 for 1 VNet-to-VNet');
  });

  it('uses 10 for Basic and 1 for a policy-based gateway', () => {
    const basic = findings(withSites({ name: 'gw', sku: 'Basic', generation: 'Generation1' }, 11).b.build(), ID);
    expect(basic[0]!.data).toMatchObject({ used: 11, max: 10 });
    const policy = findings(withSites({ name: 'gw', sku: 'Basic', generation: 'Generation1', vpnType: 'PolicyBased' }, 2).b.build(), ID);
    expect(policy[0]!.data).toMatchObject({ used: 2, max: 1 });
    expect(policy[0]!.message).toContain('policy-based');
  });

  it('allows 100 tunnels on VpnGw4AZ and skips unknown SKUs', () => {
    expect(findings(withSites({ name: 'gw', sku: 'VpnGw4AZ' }, 40).b.build(), ID)).toEqual([]);
    expect(findings(withSites({ name: 'gw', sku: 'VpnGw9' }, 40).b.build(), ID)).toEqual([]);
  });
});
