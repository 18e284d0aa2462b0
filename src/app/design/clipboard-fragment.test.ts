import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../core/model/load';
import { validate } from '../../core/rules/validate';
import { sampleDesign } from '../testing/fixtures';
import { copyFragment, fragmentFromText, fragmentToText, pasteFragment } from './clipboard-fragment';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id).sort();
const offset = { x: 40, y: 40 };

describe('copyFragment', () => {
  it('takes a VNet with its gateway and the gateway’s P2S pool, but not the sites the gateway connects to', () => {
    const fragment = copyFragment(sampleDesign(), new Set(['vnet-hub']))!;
    expect(ids(fragment.vnets)).toEqual(['vnet-hub']);
    expect(ids(fragment.gateways)).toEqual(['gw-hub']);
    expect(ids(fragment.p2sConfigurations)).toEqual(['p2s-1']);
    expect(fragment.sites).toEqual([]);
    expect(fragment.connections).toEqual([]);
    // The pool's users sat at a site that is not copied.
    expect(fragment.p2sConfigurations[0]!.usersAtSiteIds).toEqual([]);
  });

  it('takes the whole VNet unit when only its gateway or its P2S pool is selected', () => {
    for (const selected of ['gw-hub', 'p2s-1']) {
      const fragment = copyFragment(sampleDesign(), new Set([selected]))!;
      expect(ids(fragment.vnets)).toEqual(['vnet-hub']);
      expect(ids(fragment.gateways)).toEqual(['gw-hub']);
    }
  });

  it('takes connections and peerings whose two ends are copied, and no others', () => {
    const doc = sampleDesign();
    const fragment = copyFragment(doc, new Set(['vnet-hub', 'vnet-spoke', 'site-1']))!;
    expect(ids(fragment.connections)).toEqual(['cn-1', 'peer-1']);
    expect(fragment.p2sConfigurations[0]!.usersAtSiteIds).toEqual(['site-1']);
    const both = copyFragment(doc, new Set(['vnet-hub', 'vnet-dr']))!;
    expect(ids(both.connections)).toEqual(['v2v-a', 'v2v-b']);
  });

  it('keeps the copied nodes’ positions and nothing else', () => {
    const doc = sampleDesign();
    const positioned = { ...doc, layout: { positions: { 'vnet-spoke': { x: 5, y: 6 }, 'vnet-hub': { x: 1, y: 2 } } } };
    expect(copyFragment(positioned, new Set(['vnet-spoke']))!.layout.positions).toEqual({ 'vnet-spoke': { x: 5, y: 6 } });
  });

  it('copies nothing when only lines or unknown ids are selected', () => {
    expect(copyFragment(sampleDesign(), new Set(['cn-1', 'nope']))).toBeUndefined();
  });
});

describe('pasteFragment', () => {
  it('adds copies with new ids, names unused in the design, references following the new ids', () => {
    const doc = sampleDesign();
    const fragment = copyFragment(doc, new Set(['vnet-hub', 'site-1']))!;
    const { doc: pasted, nodeIds } = pasteFragment(doc, fragment, offset);
    expect(nodeIds.sort()).toEqual(['gw-hub-copy', 'p2s-1-copy', 'site-1-copy', 'vnet-hub-copy']);
    const vnet = pasted.vnets.find((v) => v.id === 'vnet-hub-copy')!;
    expect(vnet.name).toBe('hub-copy');
    expect(vnet.addressSpace).toEqual(['10.0.0.0/16']);
    const gateway = pasted.gateways.find((g) => g.id === 'gw-hub-copy')!;
    expect(gateway).toMatchObject({ name: 'gw-hub-copy', vnetId: 'vnet-hub-copy' });
    expect(gateway.natRules.map((r) => [r.id, r.name])).toEqual([['nat-1-copy', 'nat-1']]);
    const connection = pasted.connections.find((c) => c.id === 'cn-1-copy')!;
    expect(connection).toMatchObject({ gatewayId: 'gw-hub-copy', siteId: 'site-1-copy', egressNatRuleIds: ['nat-1-copy'], name: 'cn-1-copy' });
    expect(pasted.p2sConfigurations.find((p) => p.id === 'p2s-1-copy')).toMatchObject({ gatewayId: 'gw-hub-copy', usersAtSiteIds: ['site-1-copy'] });
    // The original is untouched, and the result loads like any document.
    expect(pasted.vnets.find((v) => v.id === 'vnet-hub')!.name).toBe('hub');
    expect(loadDocument(JSON.parse(JSON.stringify(pasted))).ok).toBe(true);
  });

  it('counts on for a second paste and for a copy of a copy', () => {
    const doc = sampleDesign();
    const fragment = copyFragment(doc, new Set(['vnet-spoke']))!;
    const once = pasteFragment(doc, fragment, offset).doc;
    const twice = pasteFragment(once, fragment, offset).doc;
    expect(twice.vnets.map((v) => v.name)).toEqual(['hub', 'dr', 'spoke', 'spoke-copy', 'spoke-copy-2']);
    const ofCopy = pasteFragment(twice, copyFragment(twice, new Set(['vnet-spoke-copy']))!, offset).doc;
    expect(ofCopy.vnets.at(-1)).toMatchObject({ id: 'vnet-spoke-copy-3', name: 'spoke-copy-3' });
  });

  it('treats names that differ only in case as taken, as Azure does', () => {
    const doc = sampleDesign();
    const taken = { ...doc, vnets: [...doc.vnets, { ...doc.vnets[2]!, id: 'x', name: 'SPOKE-COPY' }] };
    const { doc: pasted } = pasteFragment(taken, copyFragment(taken, new Set(['vnet-spoke']))!, offset);
    expect(pasted.vnets.at(-1)!.name).toBe('spoke-copy-2');
  });

  it('keeps names within Azure’s length limit', () => {
    const doc = sampleDesign();
    const long = { ...doc, vnets: doc.vnets.map((v) => (v.id === 'vnet-spoke' ? { ...v, name: 'a'.repeat(64) } : v)) };
    const name = pasteFragment(long, copyFragment(long, new Set(['vnet-spoke']))!, offset).doc.vnets.at(-1)!.name;
    expect(name).toHaveLength(64);
    expect(name.endsWith('-copy')).toBe(true);
  });

  it('moves pasted nodes by the offset and places those without a position', () => {
    const doc = { ...sampleDesign(), layout: { positions: { 'vnet-hub': { x: 100, y: 200 } } } };
    const { doc: pasted } = pasteFragment(doc, copyFragment(doc, new Set(['vnet-hub']))!, offset);
    expect(pasted.layout.positions['vnet-hub-copy']).toEqual({ x: 140, y: 240 });
    expect(pasted.layout.positions['vnet-hub']).toEqual({ x: 100, y: 200 });
    expect(pasted.layout.positions['gw-hub-copy']).toBeDefined();
  });

  it('adds no errors the original did not have when the copy stands apart (spaces are kept, but reach nothing)', () => {
    const doc = sampleDesign();
    const errors = (d: typeof doc) => validate(d).filter((f) => f.severity === 'error').map((f) => f.ruleId);
    const all = new Set([...doc.vnets, ...doc.sites].map((e) => e.id));
    const { doc: pasted } = pasteFragment(doc, copyFragment(doc, all)!, offset);
    expect(errors(pasted).length).toBe(errors(doc).length * 2);
  });
});

describe('fragment text', () => {
  it('round-trips through the clipboard text', () => {
    const fragment = copyFragment(sampleDesign(), new Set(['vnet-hub', 'site-1']))!;
    const back = fragmentFromText(fragmentToText(fragment));
    expect(back.ok && back.fragment).toEqual(fragment);
  });

  it.each([
    ['plain text', 'hello'],
    ['JSON of something else', '{"a":1}'],
    ['a design rather than a fragment', JSON.stringify({ schemaVersion: 1 })],
    ['a fragment with no elements', JSON.stringify({ format: 'vpn-designer-fragment', design: { schemaVersion: 1 } })],
    ['null', 'null'],
  ])('answers %s with a message, not a throw', (_what, text) => {
    const result = fragmentFromText(text);
    expect(result).toEqual({ ok: false, message: 'The clipboard holds no vpn-designer elements.' });
  });

  it('says why a broken fragment cannot be pasted', () => {
    const text = JSON.stringify({ format: 'vpn-designer-fragment', design: { schemaVersion: 1, gateways: [{ id: 'g', name: 'g', vnetId: 'missing' }] } });
    const result = fragmentFromText(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/cannot be pasted: \$\.gateways\[0\]\.vnetId: no VNet has id "missing"/);
  });
});
