import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

type RuleIn = { id: string; type?: 'Static' | 'Dynamic'; mode?: 'IngressSnat' | 'EgressSnat'; ipConfigurationId?: string; internal?: string; external?: string };
type LinkIn = { name: string; rules: string[]; siteIp?: string };

const DEFAULT_LINK: LinkIn[] = [{ name: 'to-branch', rules: [] }];

/** An active-active (or not) gateway with the rules; each link is a connection to its own site linking the rule ids (by mode). */
function design(rules: RuleIn[], o: { activeActive?: boolean; links?: LinkIn[] } = {}) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'gw',
    activeActive: o.activeActive ?? true,
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
  const modeOf = new Map(rules.map((r) => [r.id, r.mode ?? 'EgressSnat']));
  const links = o.links ?? DEFAULT_LINK.map((l) => ({ ...l, rules: rules.map((r) => r.id) }));
  const connectionIds = links.map((l, i) => {
    const site = b.site({ name: `site-${l.name}`, gatewayIpAddress: l.siteIp ?? `203.0.113.${i + 1}`, addressPrefixes: [`192.168.${i}.0/24`] });
    return b.s2s(gatewayId, site, {
      name: l.name,
      ingressNatRuleIds: l.rules.filter((id) => modeOf.get(id) === 'IngressSnat'),
      egressNatRuleIds: l.rules.filter((id) => modeOf.get(id) !== 'IngressSnat'),
    });
  });
  return { doc: b.build(), gatewayId, connectionIds };
}

describe('nat/active-active', () => {
  it('warns when a connection\'s translation is pinned to only one instance', () => {
    const { doc, gatewayId, connectionIds } = design([{ id: 'out-0', ipConfigurationId: 'default' }]);
    const [d, ...rest] = findings(doc, 'nat/active-active');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: ['out-0', connectionIds[0]!, gatewayId].sort(), detail: 'one-instance' });
    expect(d!.data).toMatchObject({ instance: 'default', ruleIds: ['out-0'], connectionIds });
  });

  it('warns per connection: rules for both instances that are linked on different connections', () => {
    const { doc, gatewayId, connectionIds } = design(
      [
        { id: 'e1', ipConfigurationId: 'default' },
        { id: 'e2', ipConfigurationId: 'activeActive' },
      ],
      { links: [{ name: 'a', rules: ['e1'] }, { name: 'b', rules: ['e2'] }] },
    );
    const list = findings(doc, 'nat/active-active');
    expect(list.map(summary)).toEqual([
      { severity: 'warning', elementIds: ['e1', connectionIds[0]!, gatewayId].sort(), detail: 'one-instance' },
      { severity: 'warning', elementIds: ['e2', connectionIds[1]!, gatewayId].sort(), detail: 'one-instance' },
    ]);
    expect(list.map((d) => d.data?.instance)).toEqual(['default', 'activeActive']);
  });

  it('reports connections left with the same one-instance rule once, naming them all', () => {
    const { doc, connectionIds } = design([{ id: 'out-0', ipConfigurationId: 'default' }], {
      links: [{ name: 'a', rules: ['out-0'] }, { name: 'b', rules: ['out-0'] }],
    });
    const list = findings(doc, 'nat/active-active');
    expect(list).toHaveLength(1);
    expect(list[0]!.data).toMatchObject({ ruleIds: ['out-0'], connectionIds });
  });

  it('warns per translation: an ingress rule pinned to one instance while egress covers both', () => {
    const { doc } = design([
      { id: 'out-0', ipConfigurationId: 'default' },
      { id: 'out-1', ipConfigurationId: 'activeActive', external: '100.66.0.0/16' },
      { id: 'in-0', mode: 'IngressSnat', ipConfigurationId: 'default', internal: '192.168.0.0/24', external: '100.64.0.0/24' },
    ]);
    const list = findings(doc, 'nat/active-active');
    expect(list.map((d) => d.data?.ruleIds)).toEqual([['in-0']]);
  });

  it('warns on an unpinned dynamic rule', () => {
    const { doc, gatewayId } = design([{ id: 'dyn', type: 'Dynamic', external: '100.65.0.0/26' }]);
    const [d, ...rest] = findings(doc, 'nat/active-active');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: ['dyn', gatewayId].sort(), detail: 'dynamic-unpinned' });
  });

  it('warns on an unpinned static rule, naming both the FAQ and the AVM reading (facts §7: warn, not error)', () => {
    const { doc, gatewayId } = design([{ id: 'a' }]);
    const [d, ...rest] = findings(doc, 'nat/active-active');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: ['a', gatewayId].sort(), detail: 'static-unpinned' });
    expect(d!.data).toMatchObject({ ruleId: 'a', type: 'Static' });
    expect(d!.message).toContain('FAQ');
    expect(d!.message).toContain('AVM');
  });

  it('reports unpinned rules even when no connection links them', () => {
    const { doc } = design([{ id: 'a' }, { id: 'dyn', type: 'Dynamic', internal: '10.1.0.0/16', external: '100.65.0.0/26' }], { links: [] });
    expect(findings(doc, 'nat/active-active').map((d) => d.detail)).toEqual(['static-unpinned', 'dynamic-unpinned']);
  });

  it('does not warn when the translation is pinned to both instances on every connection', () => {
    const { doc } = design([
      { id: 'a', type: 'Dynamic', ipConfigurationId: 'default', external: '100.65.0.0/26' },
      { id: 'b', type: 'Dynamic', ipConfigurationId: 'activeActive', external: '100.65.0.64/26' },
    ]);
    expect(findings(doc, 'nat/active-active')).toEqual([]);
  });

  it('does not judge instances of a pinned rule no connection links (it translates nothing)', () => {
    expect(findings(design([{ id: 'out-0', ipConfigurationId: 'default' }], { links: [] }).doc, 'nat/active-active')).toEqual([]);
  });

  it('does not warn on an active-standby gateway', () => {
    const rules = [{ id: 'a', ipConfigurationId: 'default' }, { id: 's' , internal: '10.2.0.0/16' }, { id: 'd', type: 'Dynamic' as const, internal: '10.1.0.0/16', external: '100.65.0.0/26' }];
    expect(findings(design(rules, { activeActive: false }).doc, 'nat/active-active')).toEqual([]);
  });
});
