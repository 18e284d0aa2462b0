import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite, STRONG_POLICY } from './test-fixtures';

const ID = 'connection/policy-gcm-pairing';

describe('connection/policy-gcm-pairing', () => {
  it('fires on GCM encryption with SHA integrity', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', ipsecPolicy: { ...STRONG_POLICY, ipsecIntegrity: 'SHA256' } });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c], detail: 'encryption' });
    expect(d!.data).toEqual({ ipsecEncryption: 'GCMAES256', ipsecIntegrity: 'SHA256' });
  });

  it('fires on GCM integrity with non-GCM encryption, and on GCM key lengths that differ', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const x = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', ipsecPolicy: { ...STRONG_POLICY, ipsecEncryption: 'AES256' } });
    const y = b.s2s(gatewayId, siteId, { name: 'y', sharedKey: 'K1', ipsecPolicy: { ...STRONG_POLICY, ipsecEncryption: 'GCMAES128' } });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([
      { severity: 'error', elementIds: [x], detail: 'integrity' },
      { severity: 'error', elementIds: [y], detail: 'encryption' },
    ]);
  });

  it('does not fire on matching GCM values, non-GCM pairs, or a GCM IKE cipher with SHA integrity', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    b.s2s(gatewayId, siteId, { name: 'gcm', sharedKey: 'K1', ipsecPolicy: STRONG_POLICY });
    b.s2s(gatewayId, siteId, { name: 'cbc', sharedKey: 'K1', ipsecPolicy: { ...STRONG_POLICY, ipsecEncryption: 'AES256', ipsecIntegrity: 'SHA256' } });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
