import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite, STRONG_POLICY, twoHubs } from './test-fixtures';

const ID = 'connection/policy-weak';

describe('connection/policy-weak', () => {
  it('lists every weak value of a custom policy in one finding', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, {
      name: 'x',
      sharedKey: 'K1',
      ipsecPolicy: { ...STRONG_POLICY, dhGroup: 'DHGroup2', ipsecEncryption: 'DES3', ipsecIntegrity: 'MD5', pfsGroup: 'PFS1' },
    });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([{ severity: 'warning', elementIds: [c], detail: 'custom-policy' }]);
    expect(ds[0]!.data).toEqual({ weak: ['dhGroup=DHGroup2', 'ipsecEncryption=DES3', 'ipsecIntegrity=MD5', 'pfsGroup=PFS1'] });
  });

  it('warns on a connection without a custom policy and suggests one', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1' });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [c], detail: 'default-policy' });
    expect(d!.data).toMatchObject({ customPolicySupported: true });
    expect(d!.fix!.hint).toContain('GCMAES256');
  });

  it('says a Basic gateway cannot take a custom policy', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b, { gateway: { sku: 'Basic', generation: 'Generation1' } });
    b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1' });
    const [d] = findings(b.build(), ID);
    expect(d!.data).toMatchObject({ customPolicySupported: false });
    expect(d!.fix!.hint).toContain('cannot take a custom policy');
  });

  it('reports a VNet-to-VNet pair once', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const ids = b.v2v(hubGw, drGw, { sharedKey: 'K1' });
    expect(findings(b.build(), ID).map(summary)).toEqual([{ severity: 'warning', elementIds: [...ids].sort(), detail: 'default-policy' }]);
  });

  it('does not fire on a strong custom policy', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', ipsecPolicy: STRONG_POLICY });
    b.s2s(gatewayId, siteId, {
      name: 'y',
      sharedKey: 'K1',
      ipsecPolicy: { ...STRONG_POLICY, ikeEncryption: 'AES256', ikeIntegrity: 'SHA256', dhGroup: 'DHGroup14', ipsecEncryption: 'AES256', ipsecIntegrity: 'SHA256', pfsGroup: 'PFS2048' },
    });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
