import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../core/testing/builders';
import { connectableDesign } from '../testing/fixtures';
import { planConnection } from './connect';
import { connectChoices, describePlan } from './connect-choices';

const design = connectableDesign;

/** A compact view of the groups: offered labels, and refused "label: reason". */
const summary = (doc: ReturnType<typeof design>, fromId: string) =>
  connectChoices(doc, fromId).map((g) => [g.title, g.offered.map((o) => `${o.id} → ${o.label}`), g.refused.map((r) => `${r.label}: ${r.reason}`)]);

describe('connectChoices', () => {
  it('offers a gateway its possible links, saying what each creates, and keeps refusals with their reasons', () => {
    expect(summary(design(), 'gw-hub')).toEqual([
      [
        'VPN gateways',
        ['gw-x → VNet-to-VNet connections with gw-x (both directions)', 'gw-x2 → VNet-to-VNet connections with gw-x2 (both directions)'],
        ['gw-dr: gw-hub and gw-dr are already connected VNet-to-VNet.'],
      ],
      ['On-premises sites', ['site-2 → Site-to-site connection to branch-2'], ['branch: gw-hub already has a connection to branch.']],
      ['VNets', [], ['3 VNets: gw-hub sits in its own VNet: connect it to another gateway, a site or a P2S pool.', 'hub: gw-hub is already in hub.']],
      ['P2S pools', [], ['pool: pool is already on gw-hub.']],
    ]);
  });

  it('puts the groups with something to offer first and says a shared refusal once', () => {
    expect(summary(design(), 'site-1')).toEqual([
      ['VPN gateways', ['gw-dr → Site-to-site connection to gw-dr', 'gw-x → Site-to-site connection to gw-x', 'gw-x2 → Site-to-site connection to gw-x2'], ['gw-hub: gw-hub already has a connection to branch.']],
      ['On-premises sites', [], ['branch-2: Two on-premises sites do not connect through Azure: connect each to a VPN gateway.']],
      ['VNets', [], ['4 VNets: A site connects to a VPN gateway, not to a VNet: add a gateway to the VNet and connect to it.']],
      ['P2S pools', [], ['pool: A P2S pool attaches to a VPN gateway, not to a site.']],
    ]);
  });

  it('offers a VNet peerings with the VNets it is not peered with, and never itself', () => {
    const [vnets] = connectChoices(design(), 'vnet-spoke');
    expect(vnets).toMatchObject({ kind: 'vnet', offered: [{ id: 'vnet-dr', label: 'Peering with dr' }, { id: 'vnet-x', label: 'Peering with x' }], refused: [{ label: 'hub', reason: 'spoke and hub are already peered.' }] });
  });

  it('offers a pool a move to another gateway, and a gateway the pool, naming where it comes from', () => {
    const doc = design();
    expect(connectChoices(doc, 'p2s-1')[0]!.offered).toEqual([
      { id: 'gw-dr', label: 'Move the pool to gw-dr (from gw-hub)' },
      { id: 'gw-x', label: 'Move the pool to gw-x (from gw-hub)' },
      { id: 'gw-x2', label: 'Move the pool to gw-x2 (from gw-hub)' },
    ]);
    const pools = connectChoices(doc, 'gw-x').find((g) => g.kind === 'p2s')!;
    expect(pools.offered).toEqual([{ id: 'p2s-1', label: 'Attach P2S pool pool (moves it from gw-hub)' }]);
  });

  it('names the missing direction of a one-way VNet-to-VNet link', () => {
    const doc = design();
    const oneWay = { ...doc, connections: doc.connections.filter((c) => c.id !== 'v2v-b') };
    const plan = planConnection(oneWay, 'gw-hub', 'gw-dr');
    if (!plan.ok) throw new Error(plan.reason);
    expect(describePlan(oneWay, plan, { id: 'gw-dr', name: 'gw-dr' })).toBe('VNet-to-VNet connection with gw-dr (the missing direction)');
  });

  it('leaves out kinds the design has none of', () => {
    const b = new DesignBuilder();
    b.site({ id: 's1', name: 's1' });
    b.site({ id: 's2', name: 's2' });
    expect(connectChoices(b.build(), 's1').map((g) => g.kind)).toEqual(['site']);
  });
});
