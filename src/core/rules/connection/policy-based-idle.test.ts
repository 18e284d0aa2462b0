import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite } from './test-fixtures';

const ID = 'connection/policy-based-idle';

describe('connection/policy-based-idle', () => {
  it('notes a connection on a policy-based gateway', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b, { gateway: { sku: 'Basic', vpnType: 'PolicyBased', generation: 'Generation1' } });
    const c = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', protocol: 'IKEv1' });
    const [d, ...rest] = findings(b.build(), ID);
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'info', elementIds: [c, gatewayId].sort() });
    expect(d!.data).toEqual({ idleMinutes: 5 });
  });

  it('does not fire on a route-based gateway', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1' });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
