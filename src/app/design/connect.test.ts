import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../core/model/load';
import { connectableDesign } from '../testing/fixtures';
import { applyConnection, planConnection, type ConnectPlan } from './connect';

const reason = (p: ConnectPlan) => (p.ok ? `ok: ${p.kind}` : p.reason);
const ok = (p: ConnectPlan) => {
  if (!p.ok) throw new Error(p.reason);
  return p;
};
const key = () => 'k3y!ABCDEFGHIJKLMNOP';

const design = connectableDesign;

describe('planConnection', () => {
  it('gateway ↔ site is a site-to-site connection, either way round', () => {
    expect(planConnection(design(), 'site-2', 'gw-hub')).toEqual({ ok: true, kind: 's2s', gatewayId: 'gw-hub', siteId: 'site-2' });
  });

  it('refuses a second site-to-site connection between the same pair', () => {
    expect(reason(planConnection(design(), 'gw-hub', 'site-1'))).toBe('gw-hub already has a connection to branch.');
  });

  it('gateway ↔ gateway is VNet-to-VNet in both directions', () => {
    expect(planConnection(design(), 'gw-hub', 'gw-x')).toEqual({ ok: true, kind: 'vnet2vnet', directions: [['gw-hub', 'gw-x'], ['gw-x', 'gw-hub']] });
  });

  it('adds only the missing direction of a one-way VNet-to-VNet link, and refuses a complete one', () => {
    const doc = design();
    const oneWay = { ...doc, connections: doc.connections.filter((c) => c.id !== 'v2v-b') };
    expect(planConnection(oneWay, 'gw-hub', 'gw-dr')).toEqual({ ok: true, kind: 'vnet2vnet', directions: [['gw-dr', 'gw-hub']] });
    expect(reason(planConnection(doc, 'gw-dr', 'gw-hub'))).toBe('gw-dr and gw-hub are already connected VNet-to-VNet.');
  });

  it('refuses VNet-to-VNet between gateways of one VNet', () => {
    expect(reason(planConnection(design(), 'gw-x', 'gw-x2'))).toMatch(/same VNet/);
  });

  it('VNet ↔ VNet is a peering, once', () => {
    expect(planConnection(design(), 'vnet-dr', 'vnet-spoke')).toEqual({ ok: true, kind: 'peering', vnetId: 'vnet-dr', remoteVnetId: 'vnet-spoke' });
    expect(reason(planConnection(design(), 'vnet-spoke', 'vnet-hub'))).toBe('spoke and hub are already peered.');
  });

  it('pool ↔ gateway moves the pool, unless it is there already or the gateway has one', () => {
    expect(planConnection(design(), 'gw-x', 'p2s-1')).toEqual({ ok: true, kind: 'p2s', p2sId: 'p2s-1', gatewayId: 'gw-x' });
    expect(reason(planConnection(design(), 'p2s-1', 'gw-hub'))).toBe('pool is already on gw-hub.');
    const doc = design();
    const twoPools = { ...doc, p2sConfigurations: [...doc.p2sConfigurations, { ...doc.p2sConfigurations[0]!, id: 'p2s-2', name: 'pool-2', gatewayId: 'gw-x' }] };
    expect(reason(planConnection(twoPools, 'p2s-1', 'gw-x'))).toMatch(/gw-x already has P2S pool pool-2/);
  });

  it('refuses pairs that make no sense, saying what would', () => {
    const doc = design();
    expect(reason(planConnection(doc, 'site-1', 'site-2'))).toMatch(/^Two on-premises sites do not connect/);
    expect(reason(planConnection(doc, 'site-1', 'vnet-hub'))).toMatch(/^A site connects to a VPN gateway, not to a VNet/);
    expect(reason(planConnection(doc, 'vnet-spoke', 'p2s-1'))).toBe('A P2S pool attaches to a VPN gateway, not to a VNet.');
    expect(reason(planConnection(doc, 'p2s-1', 'site-1'))).toBe('A P2S pool attaches to a VPN gateway, not to a site.');
    expect(reason(planConnection(doc, 'gw-hub', 'vnet-hub'))).toBe('gw-hub is already in hub.');
    expect(reason(planConnection(doc, 'gw-hub', 'vnet-spoke'))).toMatch(/sits in its own VNet/);
    expect(reason(planConnection(doc, 'site-1', 'site-1'))).toBe('branch cannot connect to itself.');
    expect(reason(planConnection(doc, 'site-1', 'gone'))).toMatch(/no longer in the design/);
  });
});

describe('applyConnection', () => {
  const loads = (doc: unknown) => expect(loadDocument(JSON.parse(JSON.stringify(doc))).ok).toBe(true);

  it('adds a site-to-site connection with a fresh key and selects it', () => {
    const doc = design();
    const { doc: next, selectIds } = applyConnection(doc, ok(planConnection(doc, 'gw-hub', 'site-2')), key);
    expect(next.connections.at(-1)).toMatchObject({ kind: 's2s', id: 'cn-gw-hub-branch-2', gatewayId: 'gw-hub', siteId: 'site-2', sharedKey: key(), protocol: 'IKEv2' });
    expect(selectIds).toEqual(['cn-gw-hub-branch-2']);
    loads(next);
  });

  it('adds both VNet-to-VNet directions sharing one key, and reuses the key of an existing direction', () => {
    const doc = design();
    const both = applyConnection(doc, ok(planConnection(doc, 'gw-hub', 'gw-x')), key).doc.connections.slice(-2);
    expect(both.map((c) => [c.id, c.kind === 'vnet2vnet' && c.sharedKey])).toEqual([
      ['cn-gw-hub-to-gw-x', key()],
      ['cn-gw-x-to-gw-hub', key()],
    ]);
    const oneWay = { ...doc, connections: doc.connections.filter((c) => c.id !== 'v2v-b') };
    const added = applyConnection(oneWay, ok(planConnection(oneWay, 'gw-hub', 'gw-dr')), key).doc.connections.at(-1);
    expect(added).toMatchObject({ gatewayId: 'gw-dr', remoteGatewayId: 'gw-hub', sharedKey: 'abcdefghij' });
  });

  it('adds a peering and moves a pool', () => {
    const doc = design();
    const peered = applyConnection(doc, ok(planConnection(doc, 'vnet-dr', 'vnet-spoke')), key);
    expect(peered.doc.connections.at(-1)).toMatchObject({ kind: 'peering', id: 'peer-dr-spoke', local: { allowVirtualNetworkAccess: true } });
    loads(peered.doc);
    const moved = applyConnection(doc, ok(planConnection(doc, 'p2s-1', 'gw-x')), key);
    expect(moved.doc.p2sConfigurations[0]!.gatewayId).toBe('gw-x');
    expect(moved.selectIds).toEqual(['p2s-1']);
  });
});
