import { describe, expect, it } from 'vitest';
import type { P2sAuthType } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(rootCertificateCount: number, authTypes: P2sAuthType[] = ['Certificate']) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
  const p = b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'], rootCertificateCount, authTypes });
  return { doc: b.build(), p };
}

describe('p2s/root-certificates', () => {
  it('fires on more than 20 root certificates with certificate authentication', () => {
    const { doc, p } = design(21);
    const [d, ...rest] = findings(doc, 'p2s/root-certificates');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [p] });
    expect(d!.data).toEqual({ count: 21, limit: 20 });
  });

  it('does not fire at 20, or without certificate authentication', () => {
    expect(findings(design(20).doc, 'p2s/root-certificates')).toEqual([]);
    expect(findings(design(25, ['Radius']).doc, 'p2s/root-certificates')).toEqual([]);
  });
});
