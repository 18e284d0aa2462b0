import type { Connection, LocalSite, P2sConfiguration, TopologyDocument, VirtualNetwork, VpnGateway } from '../../core/model/types';

/** What the inspector edits: one element of the document, found by id. */
export type Inspected =
  | { readonly kind: 'vnet'; readonly el: VirtualNetwork }
  | { readonly kind: 'gateway'; readonly el: VpnGateway }
  | { readonly kind: 'site'; readonly el: LocalSite }
  | { readonly kind: 'p2s'; readonly el: P2sConfiguration }
  | { readonly kind: 'connection'; readonly el: Connection };

export function findElement(doc: TopologyDocument, id: string): Inspected | undefined {
  const vnet = doc.vnets.find((e) => e.id === id);
  if (vnet) return { kind: 'vnet', el: vnet };
  const gateway = doc.gateways.find((e) => e.id === id);
  if (gateway) return { kind: 'gateway', el: gateway };
  const site = doc.sites.find((e) => e.id === id);
  if (site) return { kind: 'site', el: site };
  const p2s = doc.p2sConfigurations.find((e) => e.id === id);
  if (p2s) return { kind: 'p2s', el: p2s };
  const connection = doc.connections.find((e) => e.id === id);
  if (connection) return { kind: 'connection', el: connection };
  return undefined;
}

type ListKey = 'vnets' | 'gateways' | 'sites' | 'p2sConfigurations' | 'connections';

/** A new document with element `id` of `key` replaced by `patch(element)`; the same document when nothing changes. */
function replaceIn<K extends ListKey>(
  doc: TopologyDocument,
  key: K,
  id: string,
  patch: (el: TopologyDocument[K][number]) => TopologyDocument[K][number],
): TopologyDocument {
  const list = doc[key] as readonly TopologyDocument[K][number][];
  const i = list.findIndex((e) => e.id === id);
  if (i < 0) return doc;
  const next = patch(list[i]!);
  if (next === list[i]) return doc;
  const copy = [...list];
  copy[i] = next;
  return { ...doc, [key]: copy };
}

export const updateVnet = (doc: TopologyDocument, id: string, patch: (v: VirtualNetwork) => VirtualNetwork) => replaceIn(doc, 'vnets', id, patch);
export const updateGateway = (doc: TopologyDocument, id: string, patch: (g: VpnGateway) => VpnGateway) => replaceIn(doc, 'gateways', id, patch);
export const updateSite = (doc: TopologyDocument, id: string, patch: (s: LocalSite) => LocalSite) => replaceIn(doc, 'sites', id, patch);
export const updateP2s = (doc: TopologyDocument, id: string, patch: (p: P2sConfiguration) => P2sConfiguration) =>
  replaceIn(doc, 'p2sConfigurations', id, patch);
export const updateConnection = (doc: TopologyDocument, id: string, patch: (c: Connection) => Connection) =>
  replaceIn(doc, 'connections', id, patch);

/** Moves item `from` to `to` (a copy); out-of-range moves return the list unchanged. */
export function moveItem<T>(list: readonly T[], from: number, to: number): readonly T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

/** Parses an ASN as typed: an integer 0–4294967295, or the reason it is not one. */
export function parseAsn(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { ok: false, message: 'An ASN is a whole number from 0 to 4294967295.' };
  const value = Number(t);
  if (value > 4_294_967_295) return { ok: false, message: `${t} is above 4294967295, the largest 32-bit ASN.` };
  return { ok: true, value };
}

/** A message as a sentence: ends with a full stop. */
export const sentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);
