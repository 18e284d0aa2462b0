import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(name: string) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'gw',
    natRules: [{ id: 'nat-1', name, mode: 'IngressSnat', internalMappings: ['192.168.0.0/24'], externalMappings: ['100.64.0.0/24'] }],
  });
  return { doc: b.build(), gatewayId };
}

describe('nat/rule-name', () => {
  it('fires on a rule name with a slash and offers a rename that keeps the id', () => {
    const { doc, gatewayId } = design('ingress/branch/1');
    const [d, ...rest] = findings(doc, 'nat/rule-name');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: ['nat-1', gatewayId].sort() });
    expect(d!.data).toEqual({ name: 'ingress/branch/1', suggestion: 'ingress-branch-1' });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.gateways[0]!.natRules[0]).toMatchObject({ id: 'nat-1', name: 'ingress-branch-1' });
    expect(doc.gateways[0]!.natRules[0]!.name).toBe('ingress/branch/1');
    expect(findings(fixed, 'nat/rule-name')).toEqual([]);
  });

  it('does not fire on a name with dashes and dots', () => {
    expect(findings(design('ingress-branch.1').doc, 'nat/rule-name')).toEqual([]);
  });
});
