import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const ID = 'gateway/throughput';
const HUB = { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' };

function withTunnels(g: Parameters<DesignBuilder['gateway']>[1], mbps: number[]) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub(HUB, g);
  const ids = mbps.map((m, i) => {
    const s = b.site({ name: `b${i}`, gatewayIpAddress: `203.0.113.${i + 1}`, addressPrefixes: [`192.168.${i}.0/24`] });
    return b.s2s(gatewayId, s, { name: `c${i}`, plannedBandwidthMbps: m });
  });
  return { b, gatewayId, ids };
}

describe('gateway/throughput', () => {
  it('warns when the planned bandwidth exceeds the SKU throughput, naming the contributing connections', () => {
    const { b, gatewayId, ids } = withTunnels({ name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1' }, [400, 400, 0]);
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [gatewayId, ids[0]!, ids[1]!].sort() });
    expect(d!.data).toMatchObject({ plannedMbps: 800, maxMbps: 650 });
    expect(d!.message).toContain('800 Mbps > 650 Mbps');
  });

  it('uses the figure of the gateway generation', () => {
    expect(findings(withTunnels({ name: 'gw', sku: 'VpnGw2AZ', generation: 'Generation2' }, [1250]).b.build(), ID)).toEqual([]);
    const [d] = findings(withTunnels({ name: 'gw', sku: 'VpnGw2AZ', generation: 'Generation1' }, [1250]).b.build(), ID);
    expect(d!.data).toMatchObject({ plannedMbps: 1250, maxMbps: 1000 });
  });

  it('counts the VNet-to-VNet resource on its local gateway only', () => {
    const b = new DesignBuilder();
    const a = b.hub(HUB, { name: 'a', sku: 'VpnGw1AZ', generation: 'Generation1' });
    const z = b.hub({ name: 'z', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'z', sku: 'VpnGw1AZ', generation: 'Generation1' });
    const v = b.v2vOneWay(a.gatewayId, z.gatewayId, { name: 'a-z', plannedBandwidthMbps: 700 });
    b.v2vOneWay(z.gatewayId, a.gatewayId, { name: 'z-a', plannedBandwidthMbps: 100 });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([{ severity: 'warning', elementIds: [a.gatewayId, v].sort() }]);
  });

  it('does not fire below the limit', () => {
    expect(findings(withTunnels({ name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1' }, [300, 350]).b.build(), ID)).toEqual([]);
  });
});
