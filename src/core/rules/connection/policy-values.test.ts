import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite, STRONG_POLICY, twoHubs } from './test-fixtures';

const ID = 'connection/policy-values';

describe('connection/policy-values', () => {
  it('reports a value outside the REST enum as an error', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', ipsecPolicy: { ...STRONG_POLICY, ikeEncryption: 'AES512' } });
    const [d, ...rest] = findings(b.build(), ID);
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c], detail: 'unknown' });
    expect(d!.data).toMatchObject({ field: 'ikeEncryption', value: 'AES512' });
    expect(d!.fix?.autofix).toBeUndefined();
  });

  it('reports API-only values (PFS14, PFSMM, IKE DES3, IKE GCM integrity) as warnings', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, {
      name: 'x',
      sharedKey: 'K1',
      ipsecPolicy: { ...STRONG_POLICY, pfsGroup: 'PFS14', ikeEncryption: 'DES3', ikeIntegrity: 'GCMAES256' },
    });
    const b2 = new DesignBuilder();
    const h2 = hubAndSite(b2);
    b2.s2s(h2.gatewayId, h2.siteId, { name: 'y', sharedKey: 'K1', ipsecPolicy: { ...STRONG_POLICY, pfsGroup: 'PFSMM' } });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([
      { severity: 'warning', elementIds: [c], detail: 'undocumented' },
      { severity: 'warning', elementIds: [c], detail: 'undocumented' },
      { severity: 'warning', elementIds: [c], detail: 'undocumented' },
    ]);
    expect(ds.map((d) => d.data?.field)).toEqual(['ikeEncryption', 'ikeIntegrity', 'pfsGroup']);
    expect(ds.find((d) => d.data?.field === 'pfsGroup')!.fix!.hint).toContain('PFS2048');
    expect(findings(b2.build(), ID).map((d) => [d.severity, d.detail, d.data?.value])).toEqual([['warning', 'undocumented', 'PFSMM']]);
  });

  it('reports lifetimes below 300 s and 1,024 KB as errors, and accepts the minimums', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, {
      name: 'x',
      sharedKey: 'K1',
      ipsecPolicy: { ...STRONG_POLICY, saLifeTimeSeconds: 299, saDataSizeKilobytes: 1_000 },
    });
    b.s2s(gatewayId, siteId, { name: 'min', sharedKey: 'K1', ipsecPolicy: { ...STRONG_POLICY, saLifeTimeSeconds: 300, saDataSizeKilobytes: 1_024 } });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([
      { severity: 'error', elementIds: [c], detail: 'lifetime' },
      { severity: 'error', elementIds: [c], detail: 'lifetime' },
    ]);
    expect(ds.map((d) => d.data)).toEqual([
      { field: 'saLifeTimeSeconds', value: 299, min: 300 },
      { field: 'saDataSizeKilobytes', value: 1_000, min: 1_024 },
    ]);
  });

  it('reports lifetimes above the int32 maximum as errors, and accepts 2,147,483,647', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, {
      name: 'x',
      sharedKey: 'K1',
      ipsecPolicy: { ...STRONG_POLICY, saLifeTimeSeconds: 2_147_483_648, saDataSizeKilobytes: 10_000_000_000 },
    });
    b.s2s(gatewayId, siteId, { name: 'max', sharedKey: 'K1', ipsecPolicy: { ...STRONG_POLICY, saLifeTimeSeconds: 2_147_483_647, saDataSizeKilobytes: 2_147_483_647 } });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([
      { severity: 'error', elementIds: [c], detail: 'lifetime' },
      { severity: 'error', elementIds: [c], detail: 'lifetime' },
    ]);
    expect(ds.map((d) => d.data)).toEqual([
      { field: 'saLifeTimeSeconds', value: 2_147_483_648, max: 2_147_483_647 },
      { field: 'saDataSizeKilobytes', value: 10_000_000_000, max: 2_147_483_647 },
    ]);
  });

  it('suggests the right spelling for a miscased value and fixes it on both directions of a pair', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const ids = b.v2v(hubGw, drGw, { sharedKey: 'K1', ipsecPolicy: { ...STRONG_POLICY, dhGroup: 'dhgroup14' } });
    const doc = b.build();
    const ds = findings(doc, ID);
    expect(ds.map(summary)).toEqual([{ severity: 'error', elementIds: [...ids].sort(), detail: 'unknown' }]);
    expect(ds[0]!.data).toMatchObject({ suggestion: 'DHGroup14' });
    expect(findings(ds[0]!.fix!.autofix!.apply(doc), ID)).toEqual([]);
  });

  it('does not fire on documented values or on a connection without a policy', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', ipsecPolicy: STRONG_POLICY });
    b.s2s(gatewayId, siteId, {
      name: 'y',
      sharedKey: 'K1',
      ipsecPolicy: { ...STRONG_POLICY, ipsecEncryption: 'DES3', ipsecIntegrity: 'MD5', dhGroup: 'DHGroup2048', pfsGroup: 'PFS2048' },
    });
    b.s2s(gatewayId, siteId, { name: 'z', sharedKey: 'K1' });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
