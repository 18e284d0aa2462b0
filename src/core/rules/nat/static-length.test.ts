import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

type R = { type?: 'Static' | 'Dynamic'; internalMappings: string[]; externalMappings: string[] };

function design(r: R) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'gw',
    natRules: [{ id: 'nat-1', name: 'n', mode: 'IngressSnat', ...r }],
  });
  return { doc: b.build(), gatewayId };
}

describe('nat/static-length', () => {
  it('fires on a static rule whose prefixes differ in length', () => {
    const { doc, gatewayId } = design({ internalMappings: ['10.0.2.0/24'], externalMappings: ['192.168.2.0/25'] });
    const [d, ...rest] = findings(doc, 'nat/static-length');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: ['nat-1', gatewayId].sort(), detail: 'length' });
    expect(d!.data).toMatchObject({ internalLength: 24, externalLength: 25 });
  });

  it('fires on a rule with more than one prefix on a side, of either type', () => {
    for (const type of ['Static', 'Dynamic'] as const) {
      const { doc } = design({ type, internalMappings: ['10.0.1.0/24', '10.0.2.0/25'], externalMappings: ['100.64.0.0/24'] });
      const [d] = findings(doc, 'nat/static-length');
      expect(d!.detail).toBe('multiple-prefixes');
    }
  });

  it('fires on a rule with an empty side', () => {
    const { doc } = design({ internalMappings: ['10.0.1.0/24'], externalMappings: [] });
    const [d] = findings(doc, 'nat/static-length');
    expect(d!.detail).toBe('empty');
    expect(d!.data).toEqual({ side: 'external' });
  });

  it('does not fire on a static rule with equal lengths', () => {
    expect(findings(design({ internalMappings: ['10.0.2.0/25'], externalMappings: ['192.168.2.0/25'] }).doc, 'nat/static-length')).toEqual([]);
  });

  it('does not fire on a dynamic rule with a smaller external pool', () => {
    expect(findings(design({ type: 'Dynamic', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.64.0.0/26'] }).doc, 'nat/static-length')).toEqual([]);
  });
});
