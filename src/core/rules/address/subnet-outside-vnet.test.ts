import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

describe('address/subnet-outside-vnet', () => {
  it('fires for a subnet outside the address space', () => {
    const b = new DesignBuilder();
    const v = b.vnet({ name: 'hub', addressSpace: ['10.0.0.0/16'], subnets: [{ name: 'app', addressPrefix: '10.1.0.0/24' }] });
    const [d] = findings(b.build(), 'address/subnet-outside-vnet');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [v], detail: 'outside' });
    expect(d!.data).toMatchObject({ subnet: 'app', prefix: '10.1.0.0/24' });
    expect(d!.message).toContain('10.1.0.0/24');
  });

  it('fires for a subnet only partly inside the address space', () => {
    const b = new DesignBuilder();
    const v = b.vnet({ name: 'hub', addressSpace: ['10.0.0.0/24'], subnets: [{ name: 'wide', addressPrefix: '10.0.0.0/23' }] });
    expect(findings(b.build(), 'address/subnet-outside-vnet').map(summary)).toEqual([{ severity: 'error', elementIds: [v], detail: 'partly-outside' }]);
  });

  it('does not fire for subnets inside any of several prefixes, or an unreadable subnet', () => {
    const b = new DesignBuilder();
    b.vnet({
      name: 'hub',
      addressSpace: ['10.0.0.0/16', '10.0.4.0/24', '172.16.0.0/24'],
      subnets: [
        { name: 'a', addressPrefix: '10.0.4.0/25' },
        { name: 'b', addressPrefix: '172.16.0.0/26' },
        { name: 'c', addressPrefix: 'nonsense' },
      ],
    });
    expect(findings(b.build(), 'address/subnet-outside-vnet')).toEqual([]);
  });
});
