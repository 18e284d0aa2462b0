import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite, twoHubs } from './test-fixtures';

const ID = 'connection/multi-tunnel-bgp';
const bgpSite = { bgp: { asn: 65010, peerIp: '192.168.1.254', advertisedPrefixes: [] } };

describe('connection/multi-tunnel-bgp', () => {
  it('fires on two connections to the same site when one lacks BGP, listing it first', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b, { gateway: { bgp: { enabled: true, asn: 65515 } }, site: bgpSite });
    const withBgp = b.s2s(gatewayId, siteId, { name: 'a', sharedKey: 'K1', enableBgp: true });
    const without = b.s2s(gatewayId, siteId, { name: 'b', sharedKey: 'K1' });
    const [d, ...rest] = findings(b.build(), ID);
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [withBgp, without].sort(), detail: 's2s' });
    expect(d!.elementIds[0]).toBe(without);
    expect(d!.data).toMatchObject({ withoutBgp: [without], siteIds: [siteId] });
  });

  it('fires on two sites that share one device IP (or FQDN) on the same gateway', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b, { site: { gatewayIpAddress: '198.51.100.7' } });
    const other = b.site({ name: 'branch-b', gatewayIpAddress: '198.51.100.7', addressPrefixes: ['192.168.2.0/24'] });
    const x = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1' });
    const y = b.s2s(gatewayId, other, { name: 'y', sharedKey: 'K1' });
    const f1 = b.site({ name: 'f1', fqdn: 'vpn.example.com', addressPrefixes: ['192.168.3.0/24'] });
    const f2 = b.site({ name: 'f2', fqdn: 'VPN.example.com.', addressPrefixes: ['192.168.4.0/24'] });
    const p = b.s2s(gatewayId, f1, { name: 'p', sharedKey: 'K1' });
    const q = b.s2s(gatewayId, f2, { name: 'q', sharedKey: 'K1' });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([
      { severity: 'error', elementIds: [x, y].sort(), detail: 's2s' },
      { severity: 'error', elementIds: [p, q].sort(), detail: 's2s' },
    ]);
    expect(ds[0]!.message).toContain('198.51.100.7');
  });

  it('fires on two VNet-to-VNet links between the same gateways without BGP', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b, { activeActive: true, publicIps: [{}, {}] });
    const first = b.v2v(hubGw, drGw, { name: 'l1', sharedKey: 'K1' });
    const second = b.v2v(hubGw, drGw, { name: 'l2', sharedKey: 'K2' });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [...first, ...second].sort(), detail: 'vnet2vnet' });
    expect(d!.data).toMatchObject({ links: 2 });
  });

  it('does not fire when every parallel tunnel runs BGP, or on single tunnels to different devices', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b, { gateway: { bgp: { enabled: true, asn: 65515 } }, site: bgpSite });
    b.s2s(gatewayId, siteId, { name: 'a', sharedKey: 'K1', enableBgp: true });
    b.s2s(gatewayId, siteId, { name: 'b', sharedKey: 'K1', enableBgp: true });
    const other = b.site({ name: 'other', gatewayIpAddress: '198.51.100.9', addressPrefixes: ['192.168.9.0/24'] });
    b.s2s(gatewayId, other, { name: 'c', sharedKey: 'K1' });
    const b2 = new DesignBuilder();
    const h = twoHubs(b2);
    b2.v2v(h.hubGw, h.drGw, { sharedKey: 'K1' });
    expect(findings(b.build(), ID)).toEqual([]);
    expect(findings(b2.build(), ID)).toEqual([]);
  });
});
