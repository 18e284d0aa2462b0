import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite } from './test-fixtures';

const ID = 'connection/ikev1-sku';

describe('connection/ikev1-sku', () => {
  it('fires on IKEv1 on a route-based Basic gateway', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b, { gateway: { sku: 'Basic', generation: 'Generation1' } });
    const c = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', protocol: 'IKEv1' });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c, gatewayId].sort(), detail: 'basic' });
    expect(d!.elementIds[0]).toBe(c);
  });

  it('fires on IKEv1 on the legacy Standard and HighPerformance SKUs', () => {
    for (const sku of ['Standard', 'HighPerformance']) {
      const b = new DesignBuilder();
      const { gatewayId, siteId } = hubAndSite(b, { gateway: { sku, generation: 'Generation1' } });
      const c = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', protocol: 'IKEv1' });
      const [d] = findings(b.build(), ID);
      expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c, gatewayId].sort(), detail: 'legacy' });
      expect(d!.data).toMatchObject({ sku });
    }
  });

  it('does not fire on a policy-based Basic gateway, on a VpnGw AZ SKU, or on IKEv2', () => {
    const b = new DesignBuilder();
    const pb = hubAndSite(b, { gateway: { sku: 'Basic', vpnType: 'PolicyBased', generation: 'Generation1' } });
    b.s2s(pb.gatewayId, pb.siteId, { name: 'pb', sharedKey: 'K1', protocol: 'IKEv1' });
    const b2 = new DesignBuilder();
    const az = hubAndSite(b2);
    b2.s2s(az.gatewayId, az.siteId, { name: 'az', sharedKey: 'K1', protocol: 'IKEv1' });
    const b3 = new DesignBuilder();
    const basic = hubAndSite(b3, { gateway: { sku: 'Basic', generation: 'Generation1' } });
    b3.s2s(basic.gatewayId, basic.siteId, { name: 'v2', sharedKey: 'K1', protocol: 'IKEv2' });
    for (const doc of [b.build(), b2.build(), b3.build()]) expect(findings(doc, ID)).toEqual([]);
  });
});
