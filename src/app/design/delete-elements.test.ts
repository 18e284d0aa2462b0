import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../core/model/load';
import type { TopologyDocument } from '../../core/model/types';
import { sampleDesign } from '../testing/fixtures';
import { deleteElements } from './delete-elements';
import { placeMissing } from './placement';

const ids = (doc: TopologyDocument) => ({
  vnets: doc.vnets.map((e) => e.id),
  gateways: doc.gateways.map((e) => e.id),
  sites: doc.sites.map((e) => e.id),
  p2s: doc.p2sConfigurations.map((e) => e.id),
  connections: doc.connections.map((e) => e.id),
});

/** The result must still pass the loader's reference checks. */
const loads = (doc: TopologyDocument) => expect(loadDocument(JSON.parse(JSON.stringify(doc))).ok).toBe(true);

describe('deleteElements', () => {
  it('removes a site with its site-to-site connections and from P2S user lists', () => {
    const doc = placeMissing(sampleDesign());
    const next = deleteElements(doc, new Set(['site-1']));
    expect(ids(next).sites).toEqual([]);
    expect(ids(next).connections).not.toContain('cn-1');
    expect(next.p2sConfigurations[0]!.usersAtSiteIds).toEqual([]);
    expect(next.layout.positions['site-1']).toBeUndefined();
    expect(next.vnets).toBe(doc.vnets);
    loads(next);
  });

  it('removes a gateway with its P2S configurations and every connection that uses it', () => {
    const next = deleteElements(sampleDesign(), new Set(['gw-hub']));
    expect(ids(next)).toMatchObject({ gateways: ['gw-dr'], p2s: [], connections: ['peer-1'] });
    expect(ids(next).sites).toEqual(['site-1']);
    loads(next);
  });

  it('removes a VNet with its gateways, their dependants and its peerings', () => {
    const next = deleteElements(sampleDesign(), new Set(['vnet-hub']));
    expect(ids(next)).toEqual({ vnets: ['vnet-dr', 'vnet-spoke'], gateways: ['gw-dr'], sites: ['site-1'], p2s: [], connections: [] });
    loads(next);
  });

  it('removes a connection alone', () => {
    const next = deleteElements(sampleDesign(), new Set(['v2v-a', 'v2v-b']));
    expect(ids(next).connections).toEqual(['cn-1', 'peer-1']);
    expect(ids(next).gateways).toEqual(['gw-hub', 'gw-dr']);
  });

  it('returns the same document when no id matches', () => {
    const doc = sampleDesign();
    expect(deleteElements(doc, new Set(['nope', 'member:gw-hub']))).toBe(doc);
  });
});
