import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const RULE = 'naming/azure-resource-name';

describe('naming/azure-resource-name', () => {
  it('fires on a gateway name with a space, listing the character', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub gw' });
    const found = findings(b.build(), RULE);
    expect(found.map(summary)).toEqual([{ severity: 'error', elementIds: [gatewayId], detail: 'characters' }]);
    expect(found[0]!.data).toMatchObject({ kind: 'gateway', name: 'hub gw', characters: [' '] });
    expect(found[0]!.message).toContain('"hub gw"');
    expect(found[0]!.fix!.hint).toContain('"hub-gw"');
  });

  it('fires on lengths per type: a 1-character VNet, an 81-character site, a 65-character VNet', () => {
    const b = new DesignBuilder();
    const v1 = b.vnet({ name: 'x' });
    const v2 = b.vnet({ name: 'v'.repeat(65) });
    const s = b.site({ name: 's'.repeat(81), gatewayIpAddress: '203.0.113.1' });
    b.site({ name: 's'.repeat(80), gatewayIpAddress: '203.0.113.2' });
    b.vnet({ name: 'v'.repeat(64) });
    const found = findings(b.build(), RULE);
    expect(found.map(summary)).toEqual([v1, v2, s].map((id) => ({ severity: 'error', elementIds: [id], detail: 'length' })));
    expect(found.map((d) => d.data?.max)).toEqual([64, 64, 80]);
  });

  it("fires on a bad first character and a bad last character, per problem", () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'a', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'a-gw' });
    const c = b.hub({ name: 'c', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'c-gw' });
    const [ab, ba] = b.v2v(a.gatewayId, c.gatewayId, { name: 'link' });
    const p = b.peering(a.vnetId, c.vnetId, { name: '.peer.' });
    const doc = b.build();
    doc.connections.find((x) => x.id === ab)!.name = 'to-c-';
    doc.connections.find((x) => x.id === ba)!.name = '_to-a_';
    const found = findings(doc, RULE);
    expect(found.map((d) => [d.elementIds[0], d.detail]).sort()).toEqual(
      [
        [a.vnetId, 'length'],
        [c.vnetId, 'length'],
        [ab, 'end'],
        [ba, 'start'],
        [p, 'start'],
        [p, 'end'],
      ].sort(),
    );
  });

  it('fires on duplicate names without case: sites, subnets in a VNet, NAT rules on a gateway, peerings of a VNet', () => {
    const b = new DesignBuilder();
    const s1 = b.site({ name: 'Branch', gatewayIpAddress: '203.0.113.1' });
    const s2 = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.2' });
    const { vnetId, gatewayId } = b.hub(
      { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27', subnets: [{ name: 'app', addressPrefix: '10.0.1.0/24' }, { name: 'APP', addressPrefix: '10.0.2.0/24' }] },
      {
        name: 'hub-gw',
        natRules: [
          { id: 'nat-a', name: 'rule1', mode: 'IngressSnat', internalMappings: ['10.9.0.0/24'], externalMappings: ['100.64.0.0/24'] },
          { id: 'nat-b', name: 'Rule1', mode: 'EgressSnat', internalMappings: ['10.0.0.0/24'], externalMappings: ['100.64.1.0/24'] },
        ],
      },
    );
    const spoke1 = b.vnet({ name: 'spoke1', addressSpace: ['10.1.0.0/16'] });
    const spoke2 = b.vnet({ name: 'spoke2', addressSpace: ['10.2.0.0/16'] });
    const p1 = b.peering(vnetId, spoke1, { name: 'to-spoke' });
    const p2 = b.peering(vnetId, spoke2, { name: 'TO-SPOKE' });
    const found = findings(b.build(), RULE);
    expect(found.map(summary).sort((x, y) => x.elementIds[0]!.localeCompare(y.elementIds[0]!))).toEqual(
      [[s1, s2], [vnetId], ['nat-a', 'nat-b'], [p1, p2]]
        .map((ids) => ({ severity: 'error', elementIds: ids.sort(), detail: 'duplicate' }))
        .sort((x, y) => x.elementIds[0]!.localeCompare(y.elementIds[0]!)),
    );
    expect(found.find((d) => d.elementIds.includes(vnetId))!.data).toMatchObject({ kind: 'subnet', names: ['app', 'APP'] });
    // NAT rule names are judged inside their gateway: the finding names it, and the gateway itself is fine.
    const nat = found.find((d) => d.elementIds.includes('nat-a'))!;
    expect(nat.data).toMatchObject({ kind: 'natRule', names: ['rule1', 'Rule1'] });
    expect(nat.message).toContain('in gateway "hub-gw"');
    expect(found.some((d) => d.elementIds.includes(gatewayId))).toBe(false);
  });

  it('fires with an error on two gateways, VNets or connections of one name in the same region', () => {
    const b = new DesignBuilder();
    const a = b.hub({ name: 'hub', region: 'westeurope', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'vpn-gw' });
    const c = b.hub({ name: 'HUB', region: 'West Europe', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'VPN-gw' });
    const [ac, ca] = b.v2v(a.gatewayId, c.gatewayId, { name: 'link' });
    const doc = b.build();
    doc.connections.find((x) => x.id === ca)!.name = 'link-1';
    const found = findings(doc, RULE);
    expect(found.map(summary).sort((x, y) => x.elementIds[0]!.localeCompare(y.elementIds[0]!))).toEqual(
      [[a.gatewayId, c.gatewayId], [a.vnetId, c.vnetId], [ac, ca]]
        .map((ids) => ({ severity: 'error', elementIds: ids.sort(), detail: 'duplicate' }))
        .sort((x, y) => x.elementIds[0]!.localeCompare(y.elementIds[0]!)),
    );
    expect(found.find((d) => d.elementIds.includes(a.gatewayId))!.data).toMatchObject({ kind: 'gateway', names: ['vpn-gw', 'VPN-gw'], region: 'westeurope' });
  });

  it('warns, not errs, on gateways and connections of one name in two regional hubs: valid in separate resource groups', () => {
    const b = new DesignBuilder();
    const we = b.hub({ name: 'hub-we', region: 'westeurope', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'vpn-gw' });
    const ne = b.hub({ name: 'hub-ne', region: 'northeurope', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'vpn-gw' });
    const s1 = b.site({ name: 'branch-1', gatewayIpAddress: '203.0.113.1' });
    const s2 = b.site({ name: 'branch-2', gatewayIpAddress: '203.0.113.2' });
    const c1 = b.s2s(we.gatewayId, s1, { name: 'to-branch' });
    const c2 = b.s2s(ne.gatewayId, s2, { name: 'to-branch' });
    const found = findings(b.build(), RULE);
    expect(found.map(summary).sort((x, y) => x.elementIds[0]!.localeCompare(y.elementIds[0]!))).toEqual(
      [[we.gatewayId, ne.gatewayId], [c1, c2]]
        .map((ids) => ({ severity: 'warning', elementIds: ids.sort(), detail: 'duplicate-across-regions' }))
        .sort((x, y) => x.elementIds[0]!.localeCompare(y.elementIds[0]!)),
    );
    const gw = found.find((d) => d.elementIds.includes(we.gatewayId))!;
    expect(gw.data).toMatchObject({ kind: 'gateway', name: 'vpn-gw', regions: ['westeurope', 'northeurope'] });
    expect(gw.message).toContain('resource group');
  });

  it('reports both the same-region error and the cross-region warning when a name is in two regions and twice in one', () => {
    const b = new DesignBuilder();
    const v1 = b.vnet({ name: 'spoke', region: 'westeurope' });
    const v2 = b.vnet({ name: 'spoke', region: 'westeurope' });
    const v3 = b.vnet({ name: 'spoke', region: 'northeurope' });
    const found = findings(b.build(), RULE);
    expect(found.map(summary)).toEqual([
      { severity: 'error', elementIds: [v1, v2].sort(), detail: 'duplicate' },
      { severity: 'warning', elementIds: [v1, v2, v3].sort(), detail: 'duplicate-across-regions' },
    ]);
  });

  it('treats sites as one group with no region: duplicate site names are an error wherever their gateways are', () => {
    const b = new DesignBuilder();
    const we = b.hub({ name: 'hub-we', region: 'westeurope', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw-we' });
    const ne = b.hub({ name: 'hub-ne', region: 'northeurope', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'gw-ne' });
    const s1 = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1' });
    const s2 = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.2' });
    b.s2s(we.gatewayId, s1, { name: 'we-to-branch' });
    b.s2s(ne.gatewayId, s2, { name: 'ne-to-branch' });
    expect(findings(b.build(), RULE).map(summary)).toEqual([{ severity: 'error', elementIds: [s1, s2].sort(), detail: 'duplicate' }]);
  });

  it('reports each duplicate group of subnets in one VNet separately', () => {
    const b = new DesignBuilder();
    const v = b.vnet({
      name: 'hub',
      subnets: ['app', 'APP', 'db', 'Db', 'web'].map((name, i) => ({ name, addressPrefix: `10.0.${i}.0/24` })),
    });
    const found = findings(b.build(), RULE);
    expect(found.map(summary)).toEqual([
      { severity: 'error', elementIds: [v], detail: 'duplicate' },
      { severity: 'error', elementIds: [v], detail: 'duplicate' },
    ]);
    expect(found.map((d) => d.data?.names)).toEqual([
      ['app', 'APP'],
      ['db', 'Db'],
    ]);
    expect(found[0]!.message).toContain('in VNet "hub"');
  });

  it('reports two peerings between the same two VNets once', () => {
    const b = new DesignBuilder();
    const a = b.vnet({ name: 'aa' });
    const c = b.vnet({ name: 'cc' });
    const p1 = b.peering(a, c, { name: 'peer' });
    const p2 = b.peering(c, a, { name: 'peer' });
    expect(findings(b.build(), RULE).map(summary)).toEqual([{ severity: 'error', elementIds: [p1, p2].sort(), detail: 'duplicate' }]);
  });

  it('reports hostile names safely and never throws', () => {
    const hostile = ['"; ${process.exit(1)}\n', '\u202Eevil', '\uD800', '名前', '', 'a\u0000b', '<script>x</script>', 'tag\u{E0041}', 'zero\u200Bwidth'];
    const b = new DesignBuilder();
    const ids = hostile.map((name, i) => b.site({ name, gatewayIpAddress: `203.0.113.${i + 1}` }));
    const found = findings(b.build(), RULE);
    for (const [i, id] of ids.entries()) {
      const mine = found.filter((d) => d.elementIds[0] === id);
      expect(mine.length, JSON.stringify(hostile[i])).toBeGreaterThan(0);
      for (const d of mine) {
        const quoted = /^.*?("(?:[^"\\]|\\.)*")/.exec(d.message)![1]!;
        expect(JSON.parse(quoted)).toBe(hostile[i]);
        for (const raw of ['\n', '\u0000', '\u202E', '\u200B', '\u{E0041}']) expect(d.message.includes(raw)).toBe(false);
      }
    }
    expect(found.find((d) => d.elementIds[0] === ids[4])!.detail).toBe('length');
  });

  it('does not fire on valid names, on one name shared by different types, or on a subnet name reused in another VNet', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(
      { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27', subnets: [{ name: 'app_', addressPrefix: '10.0.1.0/24' }] },
      { name: 'hub' },
    );
    b.vnet({ name: 'Spoke.01', addressSpace: ['10.1.0.0/16'], subnets: [{ name: 'app_', addressPrefix: '10.1.1.0/24' }] });
    const s = b.site({ name: 'hub', gatewayIpAddress: '203.0.113.1' });
    b.s2s(gatewayId, s, { name: 'hub' });
    b.p2s(gatewayId, { name: 'P2SConfig', addressPool: ['172.16.0.0/24'] });
    expect(findings(b.build(), RULE)).toEqual([]);
  });
});
