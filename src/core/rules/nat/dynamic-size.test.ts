import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(type: 'Static' | 'Dynamic', internal: string, external: string) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'gw',
    natRules: [{ id: 'nat-1', name: 'n', type, mode: 'IngressSnat', internalMappings: [internal], externalMappings: [external] }],
  });
  return { doc: b.build(), gatewayId };
}

describe('nat/dynamic-size', () => {
  it('fires on a dynamic rule with an external pool larger than /26', () => {
    const { doc, gatewayId } = design('Dynamic', '10.1.0.0/16', '100.64.0.0/20');
    const [d, ...rest] = findings(doc, 'nat/dynamic-size');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: ['nat-1', gatewayId].sort() });
    expect(d!.data).toEqual({ external: '100.64.0.0/20', length: 20, maxLength: 26 });
  });

  it('fires on /25, just one bit too large', () => {
    expect(findings(design('Dynamic', '10.1.0.0/16', '100.64.0.0/25').doc, 'nat/dynamic-size')).toHaveLength(1);
  });

  it('does not fire on a /26 or smaller dynamic pool', () => {
    expect(findings(design('Dynamic', '10.1.0.0/16', '100.64.0.0/26').doc, 'nat/dynamic-size')).toEqual([]);
    expect(findings(design('Dynamic', '10.1.0.0/16', '100.64.0.0/28').doc, 'nat/dynamic-size')).toEqual([]);
  });

  it('does not fire on a large static rule', () => {
    expect(findings(design('Static', '10.1.0.0/16', '100.64.0.0/16').doc, 'nat/dynamic-size')).toEqual([]);
  });
});
