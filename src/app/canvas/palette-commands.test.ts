import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument } from '../design/empty';
import { designGraph } from '../design/graph';
import { createDesignStore } from '../store/design-store';
import { sampleDesign } from '../testing/fixtures';
import { canvasPrompts } from './canvas-prompts';
import { acceptGatewaySubnet, connectNodes, gatewaySubnetQuestion, placeElement, placeGatewayInNewVnet } from './palette-commands';

const at = { x: 0, y: 0 };
const point = { x: 5, y: 6 };
const prompts = () => canvasPrompts.getState();

beforeEach(() => {
  prompts().ask(null);
});

describe('placeElement', () => {
  it('creates a VNet as one undo step and selects it', () => {
    const store = createDesignStore(emptyDocument());
    placeElement(store, 'vnet', at, undefined, point);
    expect(store.getState().doc.vnets.map((v) => v.id)).toEqual(['vnet-1']);
    expect([...store.getState().selection]).toEqual(['vnet-1']);
    store.getState().undo();
    expect(store.getState().doc.vnets).toEqual([]);
  });

  it('puts a gateway dropped on a VNet into it, then offers a /27 GatewaySubnet that one click adds', () => {
    const store = createDesignStore(emptyDocument());
    placeElement(store, 'vnet', at, undefined, point);
    placeElement(store, 'gateway', at, 'vnet-1', point);
    expect(store.getState().doc.gateways[0]).toMatchObject({ id: 'vgw-1', vnetId: 'vnet-1' });
    expect(prompts().prompt).toEqual({ kind: 'gateway-subnet', vnetId: 'vnet-1', point });
    expect(gatewaySubnetQuestion(store.getState().doc.vnets, 'vnet-1').prefix).toBe('10.0.0.0/27');
    acceptGatewaySubnet(store, 'vnet-1');
    expect(store.getState().doc.vnets[0]!.subnets).toMatchObject([{ name: 'GatewaySubnet', addressPrefix: '10.0.0.0/27' }]);
    expect(prompts().prompt).toBeNull();
    store.getState().undo();
    expect(store.getState().doc.vnets[0]!.subnets).toEqual([]);
    expect(store.getState().doc.gateways).toHaveLength(1);
  });

  it('asks which VNet for a gateway dropped on empty canvas; "new VNet" makes both in one step', () => {
    const store = createDesignStore(emptyDocument());
    placeElement(store, 'gateway', at, undefined, point);
    expect(prompts().prompt).toMatchObject({ kind: 'choose-vnet' });
    expect(store.getState().doc.gateways).toEqual([]);
    placeGatewayInNewVnet(store, at, point);
    expect(store.getState().doc.gateways[0]!.vnetId).toBe('vnet-1');
    store.getState().undo();
    expect(store.getState().doc.vnets).toEqual([]);
  });

  it('puts a pool on the gateway it is dropped on, refuses a second one, and asks elsewhere', () => {
    const doc = sampleDesign();
    const store = createDesignStore({ ...doc, p2sConfigurations: [] });
    placeElement(store, 'p2s', at, 'gw-dr', point);
    expect(store.getState().doc.p2sConfigurations.map((p) => p.gatewayId)).toEqual(['gw-dr']);
    placeElement(store, 'p2s', at, 'gw-dr', point);
    expect(store.getState().doc.p2sConfigurations).toHaveLength(1);
    expect(prompts().bubble?.text).toMatch(/gw-dr already has P2S pool p2s-1/);
    placeElement(store, 'p2s', at, undefined, point);
    expect(prompts().prompt).toMatchObject({ kind: 'choose-gateway' });
  });

  it('says a pool needs a gateway when the design has none', () => {
    const store = createDesignStore(emptyDocument());
    placeElement(store, 'p2s', at, undefined, point);
    expect(prompts().bubble).toMatchObject({ text: 'Add a VPN gateway first: a P2S pool belongs to a gateway.', point });
    expect(prompts().announcement).toBe('Add a VPN gateway first: a P2S pool belongs to a gateway.');
  });
});

describe('connectNodes', () => {
  it('creates a connection as one step and selects its line; a refusal says why where it was dropped', () => {
    const store = createDesignStore(sampleDesign());
    expect(connectNodes(store, 'gw-dr', 'site-1', point)).toBe(true);
    const added = store.getState().doc.connections.at(-1)!;
    expect(added).toMatchObject({ kind: 's2s', gatewayId: 'gw-dr', siteId: 'site-1' });
    expect([...store.getState().selection]).toEqual([designGraph(store.getState().doc).linkOfConnection.get(added.id)!.id]);
    expect(connectNodes(store, 'site-1', 'site-1', point)).toBe(false);
    expect(prompts().bubble?.text).toBe('branch cannot connect to itself.');
    store.getState().undo();
    expect(store.getState().doc.connections.map((c) => c.id)).not.toContain(added.id);
  });
});
