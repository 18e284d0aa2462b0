import { loadDocument } from '../../core/model/load';
import type { Connection, TopologyDocument } from '../../core/model/types';
import { placeMissing } from './placement';
import { idsInUse } from './ids';
import type { XY } from './positions';

/**
 * Copy, paste and duplicate work on fragments: a fragment is a small document holding the copied
 * elements, closed under references (nothing in it points outside it), so it loads like any design.
 *
 * What a copy takes, as an architect expects it:
 * - A VNet comes with its VPN gateway and the gateway's P2S configurations: in Azure the gateway sits in
 *   the VNet's GatewaySubnet and a VNet holds one VPN gateway, so copying either one copies the whole
 *   unit (a gateway or a P2S pool selected alone brings its VNet).
 * - On-premises sites are copied only when selected (a copied hub does not clone its branches).
 * - Connections and peerings are copied when both their ends are copied, whether or not their line was selected.
 * - A P2S pool's "users at site" keeps only the sites copied with it.
 *
 * Address spaces, prefixes and addresses are kept as they are. The copy is an island: it reaches
 * nothing it did not reach inside the copy, so its spaces overlap nothing that matters yet, and the
 * overlap rules flag the clash exactly when the copy is connected or peered to the original. Shifting
 * spaces automatically would have to rewrite subnets, NAT mappings, traffic selectors and BGP addresses
 * consistently, and on-premises prefixes are facts of the site, not ours to invent.
 */

/** The marker of a fragment on the system clipboard. */
const FRAGMENT_FORMAT = 'vpn-designer-fragment';

/** How far each paste of the same copy lands from the previous one. */
export const PASTE_OFFSET: XY = { x: 40, y: 40 };

/** The fragment of `doc` that copying the elements `ids` takes (see above); undefined when it takes nothing. */
export function copyFragment(doc: TopologyDocument, ids: ReadonlySet<string>): TopologyDocument | undefined {
  const gatewayById = new Map(doc.gateways.map((g) => [g.id, g]));
  const vnetIds = new Set<string>();
  for (const v of doc.vnets) if (ids.has(v.id)) vnetIds.add(v.id);
  for (const g of doc.gateways) if (ids.has(g.id)) vnetIds.add(g.vnetId);
  for (const p of doc.p2sConfigurations) {
    const g = ids.has(p.id) ? gatewayById.get(p.gatewayId) : undefined;
    if (g) vnetIds.add(g.vnetId);
  }
  const vnets = doc.vnets.filter((v) => vnetIds.has(v.id));
  const gateways = doc.gateways.filter((g) => vnetIds.has(g.vnetId));
  const gatewayIds = new Set(gateways.map((g) => g.id));
  const sites = doc.sites.filter((s) => ids.has(s.id));
  const siteIds = new Set(sites.map((s) => s.id));
  const p2sConfigurations = doc.p2sConfigurations
    .filter((p) => gatewayIds.has(p.gatewayId))
    .map((p) => (p.usersAtSiteIds.every((s) => siteIds.has(s)) ? p : { ...p, usersAtSiteIds: p.usersAtSiteIds.filter((s) => siteIds.has(s)) }));
  const connections = doc.connections.filter((c) => {
    if (c.kind === 's2s') return gatewayIds.has(c.gatewayId) && siteIds.has(c.siteId);
    if (c.kind === 'vnet2vnet') return gatewayIds.has(c.gatewayId) && gatewayIds.has(c.remoteGatewayId);
    return vnetIds.has(c.vnetId) && vnetIds.has(c.remoteVnetId);
  });
  const nodeIds = [...vnets, ...gateways, ...sites, ...p2sConfigurations].map((e) => e.id);
  if (nodeIds.length === 0) return undefined;
  const positions: Record<string, XY> = {};
  for (const id of nodeIds) {
    const p = doc.layout.positions[id];
    if (p) positions[id] = p;
  }
  return { ...doc, vnets, gateways, sites, p2sConfigurations, connections, layout: { positions } };
}

/** The fragment as text for the system clipboard (JSON, so it also pastes into another tab). */
export function fragmentToText(fragment: TopologyDocument): string {
  return JSON.stringify({ format: FRAGMENT_FORMAT, design: fragment });
}

export type FragmentParse = { readonly ok: true; readonly fragment: TopologyDocument } | { readonly ok: false; readonly message: string };

/** Reads clipboard text back into a fragment; anything else (plain text, broken JSON, a bad fragment) is a message, never a throw. */
export function fragmentFromText(text: string): FragmentParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The clipboard holds no vpn-designer elements.' };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== FRAGMENT_FORMAT) {
    return { ok: false, message: 'The clipboard holds no vpn-designer elements.' };
  }
  const loaded = loadDocument((value as { design?: unknown }).design);
  if (!loaded.ok) return { ok: false, message: `The copied elements cannot be pasted: ${loaded.error.path}: ${loaded.error.message}` };
  const { doc } = loaded;
  if (doc.vnets.length + doc.gateways.length + doc.sites.length + doc.p2sConfigurations.length === 0) {
    return { ok: false, message: 'The clipboard holds no vpn-designer elements.' };
  }
  return { ok: true, fragment: doc };
}

/** `<base>-copy`, then `<base>-copy-2`, … (a copy of a copy counts on from the same base). */
function* copyNames(name: string, maxLength: number): Generator<string> {
  const base = name.replace(/-copy(-\d+)?$/, '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    yield base.slice(0, Math.max(1, maxLength - suffix.length)) + suffix;
  }
}

/** Hands out names unused in one naming scope (Azure compares names without case). */
function nameScope(names: Iterable<string>, maxLength: number) {
  const used = new Set([...names].map((n) => n.toLowerCase()));
  return (name: string): string => {
    if (name === '') return name; // an unnamed element stays unnamed: the naming rule asks for a name
    for (const candidate of copyNames(name, maxLength)) {
      if (used.has(candidate.toLowerCase())) continue;
      used.add(candidate.toLowerCase());
      return candidate;
    }
    return name; // unreachable: the generator never ends
  };
}

/** Azure's longest names (naming rule: VNets 64 characters, the other resources 80). */
const MAX_VNET_NAME = 64;
const MAX_NAME = 80;

/**
 * The document with a fragment pasted in: every element gets a new id and a name unused in the design
 * ("hub" becomes "hub-copy", then "hub-copy-2"), references inside the fragment follow the new ids,
 * and nodes land `offset` away from where they were copied. Returns the new node ids (the selection to show).
 */
export function pasteFragment(doc: TopologyDocument, fragment: TopologyDocument, offset: XY): { doc: TopologyDocument; nodeIds: string[] } {
  const used = idsInUse(doc);
  for (const id of Object.keys(doc.layout.positions)) used.add(id);
  const newIds = new Map<string, string>();
  const freshId = (id: string): string => {
    for (const candidate of copyNames(id, 200)) {
      if (used.has(candidate)) continue;
      used.add(candidate);
      newIds.set(id, candidate);
      return candidate;
    }
    return id;
  };
  const id = (old: string) => newIds.get(old) ?? old;

  const vnetName = nameScope(doc.vnets.map((v) => v.name), MAX_VNET_NAME);
  const gatewayName = nameScope(doc.gateways.map((g) => g.name), MAX_NAME);
  const siteName = nameScope(doc.sites.map((s) => s.name), MAX_NAME);
  const p2sName = nameScope(doc.p2sConfigurations.map((p) => p.name), MAX_NAME);
  const connectionName = nameScope(doc.connections.map((c) => c.name), MAX_NAME);

  // Ids first (every reference below may point at any of them), then the elements.
  for (const list of [fragment.vnets, fragment.gateways, fragment.sites, fragment.p2sConfigurations, fragment.connections]) for (const e of list) freshId(e.id);
  for (const g of fragment.gateways) for (const r of g.natRules) freshId(r.id);

  const vnets = fragment.vnets.map((v) => ({ ...v, id: id(v.id), name: vnetName(v.name) }));
  const gateways = fragment.gateways.map((g) => ({
    ...g,
    id: id(g.id),
    name: gatewayName(g.name),
    vnetId: id(g.vnetId),
    natRules: g.natRules.map((r) => ({ ...r, id: id(r.id) })),
  }));
  const sites = fragment.sites.map((s) => ({ ...s, id: id(s.id), name: siteName(s.name) }));
  const p2sConfigurations = fragment.p2sConfigurations.map((p) => ({
    ...p,
    id: id(p.id),
    name: p2sName(p.name),
    gatewayId: id(p.gatewayId),
    usersAtSiteIds: p.usersAtSiteIds.map(id),
  }));
  const connections = fragment.connections.map((c): Connection => {
    const common = { id: id(c.id), name: connectionName(c.name) };
    if (c.kind === 's2s') {
      return {
        ...c,
        ...common,
        gatewayId: id(c.gatewayId),
        siteId: id(c.siteId),
        ingressNatRuleIds: c.ingressNatRuleIds.map(id),
        egressNatRuleIds: c.egressNatRuleIds.map(id),
      };
    }
    if (c.kind === 'vnet2vnet') return { ...c, ...common, gatewayId: id(c.gatewayId), remoteGatewayId: id(c.remoteGatewayId) };
    return { ...c, ...common, vnetId: id(c.vnetId), remoteVnetId: id(c.remoteVnetId) };
  });

  const positions = { ...doc.layout.positions };
  for (const [old, p] of Object.entries(fragment.layout.positions)) {
    const fresh = newIds.get(old);
    if (fresh) positions[fresh] = { x: p.x + offset.x, y: p.y + offset.y };
  }
  const merged: TopologyDocument = {
    ...doc,
    vnets: [...doc.vnets, ...vnets],
    gateways: [...doc.gateways, ...gateways],
    sites: [...doc.sites, ...sites],
    p2sConfigurations: [...doc.p2sConfigurations, ...p2sConfigurations],
    connections: [...doc.connections, ...connections],
    layout: { ...doc.layout, positions },
  };
  const nodeIds = [...vnets, ...gateways, ...sites, ...p2sConfigurations].map((e) => e.id);
  // A fragment from elsewhere may lack positions: those nodes are placed below the design.
  return { doc: placeMissing(merged), nodeIds };
}
