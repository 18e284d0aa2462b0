import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite } from './test-fixtures';

const ID = 'connection/ikev1-rekey';

describe('connection/ikev1-rekey', () => {
  it('notes every IKEv1 connection', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', protocol: 'IKEv1' });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'info', elementIds: [c] });
    expect(d!.data).toEqual({ mainModeLifetimeSeconds: 28_800, policyBasedGateway: false });
    expect(d!.fix!.hint).toContain('IKEv2');
  });

  it('points a policy-based gateway to a route-based one', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b, { gateway: { sku: 'Basic', vpnType: 'PolicyBased', generation: 'Generation1' } });
    b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', protocol: 'IKEv1' });
    const [d] = findings(b.build(), ID);
    expect(d!.data).toMatchObject({ policyBasedGateway: true });
    expect(d!.fix!.hint).toContain('route-based');
  });

  it('does not fire on IKEv2 connections', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1' });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
