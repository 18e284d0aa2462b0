import { indexDesign } from '../../core/model/design-index';
import type { TopologyDocument } from '../../core/model/types';
import { allDomains, findSpaceOverlaps } from '../../core/compute/overlaps';
import { toPrefixes, type Prefix } from '../../core/net/prefix';
import { crossOverlappingPairs, overlappingPairs, type Placed } from '../../core/net/sweep';

/** Who a prefix on the address map belongs to; `nat` is a NAT rule's external mapping (what NAT turns spaces into). */
export type AddressOwnerKind = 'vnet' | 'site' | 'p2s' | 'nat';

/**
 * `after-nat`: the prefix overlaps a space it reaches, after NAT (the overlap rules report it);
 * `before-nat`: it shares addresses with another element's prefix on the number line, but NAT or the
 * routing keeps them apart; `none`: it shares addresses with no other element.
 */
export type OverlapState = 'none' | 'after-nat' | 'before-nat';

export interface AddressEntry {
  /** Unique per entry: owner and prefix. */
  readonly key: string;
  readonly ownerId: string;
  readonly ownerKind: AddressOwnerKind;
  readonly ownerName: string;
  readonly prefix: Prefix;
  readonly overlap: OverlapState;
  /** Names of the elements it overlaps (after NAT when `overlap` is after-nat, else on the number line). */
  readonly overlapsWith: readonly string[];
}

const keyOf = (ownerId: string, prefix: string) => `${ownerId}\u0000${prefix}`;

interface Draft {
  readonly key: string;
  readonly ownerId: string;
  readonly ownerKind: AddressOwnerKind;
  readonly ownerName: string;
  readonly prefix: Prefix;
}

/** Every readable prefix of the design, each once per owner: VNet spaces, site prefixes, P2S pools, NAT external mappings. */
function drafts(doc: TopologyDocument): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>();
  const add = (ownerId: string, ownerKind: AddressOwnerKind, ownerName: string, texts: readonly string[]) => {
    for (const prefix of toPrefixes(texts)) {
      const key = keyOf(ownerId, prefix.text);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, ownerId, ownerKind, ownerName: ownerName || ownerId, prefix });
    }
  };
  for (const v of doc.vnets) add(v.id, 'vnet', v.name, v.addressSpace);
  for (const s of doc.sites) add(s.id, 'site', s.name, s.addressPrefixes);
  for (const p of doc.p2sConfigurations) add(p.id, 'p2s', p.name, p.addressPool);
  for (const g of doc.gateways) {
    for (const r of g.natRules) add(r.id, 'nat', `${r.name || r.id} (NAT on ${g.name || g.id})`, r.externalMappings);
  }
  return out;
}

/** Adds `value` to the list kept under `key` (no repeats). */
function note(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * The address map's entries, with their overlap state: overlaps after NAT come from the core's
 * overlap computation (the one the address rules report from); overlaps before NAT are found with
 * one sort-and-sweep over the prefixes as written. O(n log n) plus the overlaps found.
 */
export function addressEntries(doc: TopologyDocument): AddressEntry[] {
  const list = drafts(doc);
  const names = new Map(list.map((d) => [d.ownerId, d.ownerName]));
  const nameOf = (id: string) => names.get(id) ?? id;

  const index = indexDesign(doc);
  const afterNat = new Map<string, string[]>();
  // A post-NAT prefix is what a NAT rule produced: it is drawn as that rule's external mapping.
  const nattedPrefixes: Placed<string>[] = [];
  for (const o of findSpaceOverlaps(index, allDomains(index))) {
    for (const [side, other] of [
      [o.a, o.b],
      [o.b, o.a],
    ] as const) {
      if (side.nat) {
        const p = toPrefixes([side.prefix])[0];
        if (p) nattedPrefixes.push({ prefix: p, item: nameOf(other.id) });
      } else note(afterNat, keyOf(side.id, side.prefix), nameOf(other.id));
    }
  }
  const natDrafts = list.filter((d) => d.ownerKind === 'nat').map((d) => ({ prefix: d.prefix, item: d }));
  for (const [n, d] of crossOverlappingPairs(nattedPrefixes, natDrafts)) note(afterNat, d.item.key, n.item);

  const beforeNat = new Map<string, string[]>();
  const placed: Placed<Draft>[] = list.filter((d) => d.ownerKind !== 'nat').map((d) => ({ prefix: d.prefix, item: d }));
  for (const [x, y] of overlappingPairs(placed)) {
    if (x.item.ownerId === y.item.ownerId) continue;
    note(beforeNat, x.item.key, y.item.ownerName);
    note(beforeNat, y.item.key, x.item.ownerName);
  }

  return list.map((d): AddressEntry => {
    const after = afterNat.get(d.key);
    if (after) return { ...d, overlap: 'after-nat', overlapsWith: after };
    const before = beforeNat.get(d.key);
    if (before) return { ...d, overlap: 'before-nat', overlapsWith: before };
    return { ...d, overlap: 'none', overlapsWith: [] };
  });
}
