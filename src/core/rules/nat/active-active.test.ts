import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

type RuleIn = { id: string; type?: 'Static' | 'Dynamic'; mode?: 'IngressSnat' | 'EgressSnat'; ipConfigurationId?: string; internal?: string; external?: string };

function design(rules: RuleIn[], activeActive = true) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'gw',
    activeActive,
    publicIps: [{}, {}],
    natRules: rules.map((r) => ({
      id: r.id,
      name: r.id,
      type: r.type ?? 'Static',
      mode: r.mode ?? 'EgressSnat',
      internalMappings: [r.internal ?? '10.0.0.0/16'],
      externalMappings: [r.external ?? '100.65.0.0/16'],
      ...(r.ipConfigurationId ? { ipConfigurationId: r.ipConfigurationId } : {}),
    })),
  });
  return { doc: b.build(), gatewayId };
}

describe('nat/active-active', () => {
  it('warns when a translation is pinned to only one instance', () => {
    const { doc, gatewayId } = design([{ id: 'out-0', ipConfigurationId: 'default' }]);
    const [d, ...rest] = findings(doc, 'nat/active-active');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: ['out-0', gatewayId].sort(), detail: 'one-instance' });
    expect(d!.data).toMatchObject({ instance: 'default', ruleIds: ['out-0'] });
  });

  it('warns per translation: an ingress rule pinned to one instance while egress covers both', () => {
    const { doc } = design([
      { id: 'out-0', ipConfigurationId: 'default' },
      { id: 'out-1', ipConfigurationId: 'activeActive', external: '100.66.0.0/16' },
      { id: 'in-0', mode: 'IngressSnat', ipConfigurationId: 'default', internal: '10.0.0.0/16', external: '100.64.0.0/16' },
    ]);
    const list = findings(doc, 'nat/active-active');
    expect(list.map((d) => d.data?.ruleIds)).toEqual([['in-0']]);
  });

  it('warns on an unpinned dynamic rule', () => {
    const { doc, gatewayId } = design([{ id: 'dyn', type: 'Dynamic', external: '100.65.0.0/26' }]);
    const [d] = findings(doc, 'nat/active-active');
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: ['dyn', gatewayId].sort(), detail: 'dynamic-unpinned' });
  });

  it('does not warn when the translation is pinned to both instances', () => {
    const { doc } = design([
      { id: 'a', type: 'Dynamic', ipConfigurationId: 'default', external: '100.65.0.0/26' },
      { id: 'b', type: 'Dynamic', ipConfigurationId: 'activeActive', external: '100.65.0.64/26' },
    ]);
    expect(findings(doc, 'nat/active-active')).toEqual([]);
  });

  it('does not warn on unpinned static rules (applied to both instances)', () => {
    expect(findings(design([{ id: 'a' }]).doc, 'nat/active-active')).toEqual([]);
  });

  it('does not warn on an active-standby gateway', () => {
    expect(findings(design([{ id: 'a', ipConfigurationId: 'default' }, { id: 'd', type: 'Dynamic', internal: '10.1.0.0/16' }], false).doc, 'nat/active-active')).toEqual([]);
  });
});
