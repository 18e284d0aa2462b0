import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const ID = 'gateway/p2s-connection-limit';
const HUB = { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' };

describe('gateway/p2s-connection-limit', () => {
  it('warns when IKEv2 + OpenVPN clients exceed the SKU limit, summed over configurations', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1' });
    const p1 = b.p2s(gatewayId, { name: 'p1', addressPool: ['172.16.0.0/22'], plannedClients: { ikev2: 200 } });
    const p2 = b.p2s(gatewayId, { name: 'p2', addressPool: ['172.17.0.0/22'], tunnelTypes: ['OpenVPN'], plannedClients: { openvpn: 100 } });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [gatewayId, p1, p2].sort(), detail: 'ikev2-openvpn' });
    expect(d!.data).toMatchObject({ planned: 300, max: 250 });
    expect(d!.message).toContain('300');
  });

  it('warns when more than 128 SSTP clients are planned', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'VpnGw5AZ' });
    const p = b.p2s(gatewayId, { name: 'p', addressPool: ['172.16.0.0/22'], tunnelTypes: ['SSTP', 'IkeV2'], plannedClients: { sstp: 129, ikev2: 10 } });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([{ severity: 'warning', elementIds: [gatewayId, p].sort(), detail: 'sstp' }]);
    expect(ds[0]!.data).toMatchObject({ planned: 129, max: 128 });
  });

  it('does not fire at the limits', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1' });
    b.p2s(gatewayId, { name: 'p', addressPool: ['172.16.0.0/22'], tunnelTypes: ['SSTP', 'IkeV2'], plannedClients: { sstp: 128, ikev2: 250 } });
    expect(findings(b.build(), ID)).toEqual([]);
  });

  it('leaves IKEv2 clients on Basic (limit 0) to gateway/basic-limits', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'Basic', generation: 'Generation1' });
    const p = b.p2s(gatewayId, { name: 'p', addressPool: ['172.16.0.0/24'], tunnelTypes: ['IkeV2'], plannedClients: { ikev2: 50 } });
    const doc = b.build();
    expect(findings(doc, ID)).toEqual([]);
    const basic = findings(doc, 'gateway/basic-limits');
    expect(basic.map(summary)).toEqual([{ severity: 'warning', elementIds: [gatewayId, p].sort(), detail: 'ikev2-disputed' }]);
  });

  it('does not count planned clients of a protocol the configuration does not enable', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1' });
    b.p2s(gatewayId, { name: 'p', addressPool: ['172.16.0.0/22'], tunnelTypes: ['IkeV2', 'OpenVPN'], plannedClients: { sstp: 500, ikev2: 100 } });
    b.p2s(gatewayId, { name: 'q', addressPool: ['172.17.0.0/22'], tunnelTypes: ['SSTP'], plannedClients: { sstp: 10, ikev2: 400, openvpn: 400 } });
    expect(findings(b.build(), ID)).toEqual([]);
  });

  it('names only the configurations that enable the over-limit protocol', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', sku: 'VpnGw5AZ' });
    const sstp = b.p2s(gatewayId, { name: 'p', addressPool: ['172.16.0.0/22'], tunnelTypes: ['SSTP', 'IkeV2'], plannedClients: { sstp: 200 } });
    b.p2s(gatewayId, { name: 'q', addressPool: ['172.17.0.0/22'], tunnelTypes: ['IkeV2', 'OpenVPN'], plannedClients: { sstp: 300, ikev2: 10 } });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([{ severity: 'warning', elementIds: [gatewayId, sstp].sort(), detail: 'sstp' }]);
    expect(ds[0]!.data).toMatchObject({ planned: 200, max: 128 });
  });
});
