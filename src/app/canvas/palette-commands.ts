import { gatewaySubnetOffer } from '../../core/compute/free-space';
import type { TopologyDocument } from '../../core/model/types';
import { applyConnection, planConnection, poolConflict, type ConnectPlan } from '../design/connect';
import { addGateway, addGatewaySubnet, addP2s, addSite, addVnet, type PaletteKind } from '../design/create';
import { freeSpot } from '../design/free-spot';
import { designGraph } from '../design/graph';
import type { XY } from '../design/positions';
import type { DesignStore } from '../store/design-store';
import { canvasPrompts, type CanvasPoint } from './canvas-prompts';

/** How far left of its VNet a gateway goes (and a pool of its gateway): the auto layout's column step. */
const COLUMN_STEP = 380;

const positionOf = (doc: TopologyDocument, id: string): XY | undefined => doc.layout.positions[id];
const beside = (doc: TopologyDocument, id: string, fallback: XY): XY => {
  const p = positionOf(doc, id);
  return freeSpot(doc, p ? { x: p.x - COLUMN_STEP, y: p.y } : fallback);
};

/** After a gateway lands in a VNet without a GatewaySubnet, offer one (the prompt explains when none fits). */
function offerGatewaySubnet(doc: TopologyDocument, vnetId: string, point: CanvasPoint): void {
  const vnet = doc.vnets.find((v) => v.id === vnetId);
  if (vnet && !vnet.subnets.some((s) => s.name === 'GatewaySubnet')) canvasPrompts.getState().ask({ kind: 'gateway-subnet', vnetId, point });
}

/** Puts a gateway into a VNet as one undo step, selects it, and offers a GatewaySubnet when the VNet lacks one. */
export function placeGateway(store: DesignStore, vnetId: string, at: XY, point: CanvasPoint): void {
  const { doc } = store.getState();
  const created = addGateway(doc, vnetId, at);
  store.getState().commit(created.doc, [created.id]);
  offerGatewaySubnet(created.doc, vnetId, point);
}

/** A new VNet with a gateway in it, as one undo step (the answer "New VNet" to "which VNet?"). */
export function placeGatewayInNewVnet(store: DesignStore, at: XY, point: CanvasPoint): void {
  const vnet = addVnet(store.getState().doc, freeSpot(store.getState().doc, { x: at.x + COLUMN_STEP, y: at.y }));
  const created = addGateway(vnet.doc, vnet.id, freeSpot(vnet.doc, at));
  store.getState().commit(created.doc, [created.id]);
  offerGatewaySubnet(created.doc, vnet.id, point);
}

/** Puts a P2S pool on a gateway as one undo step, or says why the gateway cannot take it. */
export function placeP2s(store: DesignStore, gatewayId: string, at: XY, point: CanvasPoint): void {
  const { doc } = store.getState();
  const conflict = poolConflict(doc, gatewayId);
  if (conflict) {
    canvasPrompts.getState().say(conflict, point);
    return;
  }
  const created = addP2s(doc, gatewayId, at);
  store.getState().commit(created.doc, [created.id]);
}

/**
 * Creates what the palette gave at a point, as one undo step that selects it. A gateway dropped on a VNet
 * goes in it, a pool dropped on a gateway onto it; anywhere else the canvas asks which one.
 * `targetId` is the node under the drop (or the selected node for a click), `at` the flow position.
 */
export function placeElement(store: DesignStore, kind: PaletteKind, at: XY, targetId: string | undefined, point: CanvasPoint): void {
  const { doc, commit } = store.getState();
  canvasPrompts.getState().ask(null);
  if (kind === 'vnet' || kind === 'site') {
    const created = (kind === 'vnet' ? addVnet : addSite)(doc, freeSpot(doc, at));
    commit(created.doc, [created.id]);
    return;
  }
  if (kind === 'gateway') {
    if (targetId && doc.vnets.some((v) => v.id === targetId)) placeGateway(store, targetId, beside(doc, targetId, at), point);
    else canvasPrompts.getState().ask({ kind: 'choose-vnet', at: freeSpot(doc, at), point });
    return;
  }
  if (targetId && doc.gateways.some((g) => g.id === targetId)) {
    placeP2s(store, targetId, beside(doc, targetId, at), point);
    return;
  }
  if (doc.gateways.length === 0) canvasPrompts.getState().say('Add a VPN gateway first: a P2S pool belongs to a gateway.', point);
  else canvasPrompts.getState().ask({ kind: 'choose-gateway', at: freeSpot(doc, at), point });
}

/** Adds the offered /27 GatewaySubnet to the VNet as one undo step. */
export function acceptGatewaySubnet(store: DesignStore, vnetId: string): void {
  canvasPrompts.getState().ask(null);
  store.getState().commit(addGatewaySubnet(store.getState().doc, vnetId));
}

/** The text of the GatewaySubnet offer, or why there is none. */
export function gatewaySubnetQuestion(vnets: TopologyDocument['vnets'], vnetId: string): { prefix?: string; text: string } {
  const vnet = vnets.find((v) => v.id === vnetId);
  if (!vnet) return { text: 'That VNet is no longer in the design.' };
  const offer = gatewaySubnetOffer(vnet);
  return offer.ok
    ? { prefix: offer.prefix.text, text: `VNet ${vnet.name || vnet.id} has no GatewaySubnet; its gateway needs one. Add ${offer.prefix.text} (/27)?` }
    : { text: offer.message };
}

/**
 * Carries out an accepted plan as one undo step that selects what it made (the new line(s), or the moved
 * pool), the same way from the canvas and from the inspector.
 */
export function commitConnection(store: DesignStore, plan: Extract<ConnectPlan, { ok: true }>): void {
  const { doc, commit } = store.getState();
  const { doc: next, selectIds } = applyConnection(doc, plan);
  const graph = designGraph(next);
  commit(next, [...new Set(selectIds.map((id) => graph.linkOfConnection.get(id)?.id ?? id))]);
}

/**
 * Connects two nodes as one undo step selecting the new line(s), or shows why not at the point where
 * the line was dropped. Returns whether something was created.
 */
export function connectNodes(store: DesignStore, fromId: string, toId: string, point: CanvasPoint): boolean {
  const plan = planConnection(store.getState().doc, fromId, toId);
  if (!plan.ok) {
    canvasPrompts.getState().say(plan.reason, point);
    return false;
  }
  commitConnection(store, plan);
  return true;
}
