import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite, STRONG_POLICY, twoHubs } from './test-fixtures';

const ID = 'connection/policy-incomplete';

describe('connection/policy-incomplete', () => {
  it('lists the missing algorithm fields and offers no autofix', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, {
      name: 'to-branch',
      sharedKey: 'Key123',
      ipsecPolicy: { ikeEncryption: 'AES256', ikeIntegrity: 'SHA256', dhGroup: 'DHGroup14' },
    });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c], detail: 'algorithms' });
    expect(d!.data).toEqual({ missing: ['ipsecEncryption', 'ipsecIntegrity', 'pfsGroup', 'saLifeTimeSeconds', 'saDataSizeKilobytes'] });
    expect(d!.fix?.autofix).toBeUndefined();
  });

  it('offers the default lifetimes as an autofix when only the lifetimes are missing', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const { saLifeTimeSeconds: _s, saDataSizeKilobytes: _k, ...algorithms } = STRONG_POLICY;
    const c = b.s2s(gatewayId, siteId, { name: 'to-branch', sharedKey: 'Key123', ipsecPolicy: algorithms });
    const doc = b.build();
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c], detail: 'lifetimes' });
    expect(d!.data).toEqual({ missing: ['saLifeTimeSeconds', 'saDataSizeKilobytes'] });
    const fixed = d!.fix!.autofix!.apply(doc);
    const conn = fixed.connections.find((x) => x.id === c);
    expect(conn?.kind === 's2s' && conn.ipsecPolicy).toEqual(STRONG_POLICY);
    expect(doc.connections[0]!.kind === 's2s' && doc.connections[0]!.ipsecPolicy?.saLifeTimeSeconds).toBeUndefined();
    expect(findings(fixed, ID)).toEqual([]);
  });

  it('reports a VNet-to-VNet pair with the same partial policy once, and the autofix fixes both', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const { saDataSizeKilobytes: _k, ...partial } = STRONG_POLICY;
    const ids = b.v2v(hubGw, drGw, { sharedKey: 'Key123', ipsecPolicy: partial });
    const doc = b.build();
    const ds = findings(doc, ID);
    expect(ds.map(summary)).toEqual([{ severity: 'error', elementIds: [...ids].sort(), detail: 'lifetimes' }]);
    expect(findings(ds[0]!.fix!.autofix!.apply(doc), ID)).toEqual([]);
  });

  it('does not fire on a complete policy or on a connection without one', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    b.s2s(gatewayId, siteId, { name: 'full', sharedKey: 'Key123', ipsecPolicy: STRONG_POLICY });
    b.s2s(gatewayId, siteId, { name: 'default', sharedKey: 'Key123' });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
