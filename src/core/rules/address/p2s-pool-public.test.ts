import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const withPool = (addressPool: string[]) => {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
  const pool = b.p2s(gatewayId, { name: 'users', addressPool });
  return { doc: b.build(), pool };
};

describe('address/p2s-pool-public', () => {
  it('warns about a pool in public address space', () => {
    const { doc, pool } = withPool(['20.1.0.0/24']);
    const [d] = findings(doc, 'address/p2s-pool-public');
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [pool], detail: 'public' });
    expect(d!.data).toMatchObject({ prefix: '20.1.0.0/24' });
  });

  it('adds an info note for the shared address space 100.64.0.0/10', () => {
    const { doc, pool } = withPool(['100.64.10.0/24']);
    const [d] = findings(doc, 'address/p2s-pool-public');
    expect(summary(d!)).toEqual({ severity: 'info', elementIds: [pool], detail: 'shared-address-space' });
  });

  it('treats a pool only partly inside RFC 1918 as public', () => {
    const { doc } = withPool(['10.0.0.0/7']);
    expect(findings(doc, 'address/p2s-pool-public').map((d) => d.detail)).toEqual(['public']);
  });

  it('does not fire for RFC 1918 pools', () => {
    const { doc } = withPool(['172.16.0.0/24', '192.168.10.0/24', '10.200.0.0/24']);
    expect(findings(doc, 'address/p2s-pool-public')).toEqual([]);
  });
});
