import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const branch = (b: DesignBuilder, bgp = true) =>
  b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'], ...(bgp ? { bgp: { asn: 65020, peerIp: '192.168.255.1' } } : {}) });

describe('bgp/requires', () => {
  it('fires on BGP turned on for a policy-based gateway', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
      name: 'legacy-gw',
      sku: 'Basic',
      vpnType: 'PolicyBased',
      bgp: { enabled: true, asn: 65010 },
    });
    expect(findings(b.build(), 'bgp/requires').map(summary)).toEqual([{ severity: 'error', elementIds: [gatewayId], detail: 'policy-based' }]);
  });

  it('fires on a BGP connection on a Basic gateway and names the connection', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'basic-gw', sku: 'Basic' });
    const c = b.s2s(gatewayId, branch(b), { name: 'to-branch', enableBgp: true });
    const found = findings(b.build(), 'bgp/requires');
    expect(found.map(summary)).toEqual([{ severity: 'error', elementIds: [c, gatewayId].sort(), detail: 'basic' }]);
    expect(found[0]!.elementIds[0]).toBe(gatewayId);
  });

  it('fires on a BGP connection to a site without BGP settings', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw', bgp: { enabled: true, asn: 65010 } });
    const site = branch(b, false);
    const c = b.s2s(gatewayId, site, { name: 'to-branch', enableBgp: true });
    expect(findings(b.build(), 'bgp/requires').map(summary)).toEqual([{ severity: 'error', elementIds: [c, site].sort(), detail: 'site-bgp-missing' }]);
  });

  it('fires once per gateway with BGP off under BGP connections, with an autofix that turns it on', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw' });
    const site = branch(b);
    const c1 = b.s2s(gatewayId, site, { name: 'to-branch', enableBgp: true });
    const c2 = b.s2s(gatewayId, site, { name: 'to-branch-2', enableBgp: true });
    const doc = b.build();
    const found = findings(doc, 'bgp/requires');
    expect(found.map(summary)).toEqual([{ severity: 'error', elementIds: [c1, c2, gatewayId].sort(), detail: 'gateway-bgp-off' }]);
    const fixed = found[0]!.fix!.autofix!.apply(doc);
    expect(fixed.gateways[0]!.bgp.enabled).toBe(true);
    expect(doc.gateways[0]!.bgp.enabled).toBe(false);
    expect(findings(fixed, 'bgp/requires')).toEqual([]);
  });

  it('checks the remote gateway of a one-way VNet-to-VNet connection', () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw', bgp: { enabled: true, asn: 65010 } });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw' });
    const v = b.v2vOneWay(a.gatewayId, c.gatewayId, { name: 'a-to-c', enableBgp: true });
    expect(findings(b.build(), 'bgp/requires').map(summary)).toEqual([
      { severity: 'error', elementIds: [v, c.gatewayId].sort(), detail: 'gateway-bgp-off' },
    ]);
  });

  it('fires on a Basic remote gateway when only the other direction of a VNet-to-VNet pair has BGP on', () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw', sku: 'VpnGw2AZ', bgp: { enabled: true, asn: 65010 } });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw', sku: 'Basic' });
    const forward = b.v2vOneWay(a.gatewayId, c.gatewayId, { name: 'a-to-c', enableBgp: true });
    b.v2vOneWay(c.gatewayId, a.gatewayId, { name: 'c-to-a', enableBgp: false });
    const found = findings(b.build(), 'bgp/requires');
    expect(found.map(summary)).toEqual([{ severity: 'error', elementIds: [forward, c.gatewayId].sort(), detail: 'basic' }]);
    expect(found[0]!.data).toMatchObject({ connectionIds: [forward] });
  });

  it('fires on a policy-based remote gateway when only the other direction has BGP on', () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw', sku: 'VpnGw2AZ', bgp: { enabled: true, asn: 65010 } });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw', sku: 'Basic', vpnType: 'PolicyBased' });
    const forward = b.v2vOneWay(a.gatewayId, c.gatewayId, { name: 'a-to-c', enableBgp: true });
    b.v2vOneWay(c.gatewayId, a.gatewayId, { name: 'c-to-a' });
    expect(findings(b.build(), 'bgp/requires').map(summary)).toEqual([
      { severity: 'error', elementIds: [forward, c.gatewayId].sort(), detail: 'policy-based' },
    ]);
  });

  it('checks the remote gateway of a VNet-to-VNet resource with BGP on even when the reverse resource has BGP off', () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw', bgp: { enabled: true, asn: 65010 } });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw' });
    const forward = b.v2vOneWay(a.gatewayId, c.gatewayId, { name: 'a-to-c', enableBgp: true });
    b.v2vOneWay(c.gatewayId, a.gatewayId, { name: 'c-to-a', enableBgp: false });
    expect(findings(b.build(), 'bgp/requires').map(summary)).toEqual([
      { severity: 'error', elementIds: [forward, c.gatewayId].sort(), detail: 'gateway-bgp-off' },
    ]);
  });

  it('does not fire on a Basic gateway in a VNet-to-VNet pair where neither direction has BGP on', () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw', sku: 'VpnGw2AZ', bgp: { enabled: true, asn: 65010 } });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw', sku: 'Basic' });
    b.v2v(a.gatewayId, c.gatewayId, { name: 'a-c', enableBgp: false });
    expect(findings(b.build(), 'bgp/requires')).toEqual([]);
  });

  it('does not fire on a route-based VpnGw gateway with BGP on and a BGP site', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw', bgp: { enabled: true, asn: 65010 } });
    b.s2s(gatewayId, branch(b), { name: 'to-branch', enableBgp: true });
    b.hub({ name: 'basic', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'basic-gw', sku: 'Basic' });
    expect(findings(b.build(), 'bgp/requires')).toEqual([]);
  });
});
