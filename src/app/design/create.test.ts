import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../core/model/load';
import type { TopologyDocument } from '../../core/model/types';
import { validate } from '../../core/rules/validate';
import { sampleDesign } from '../testing/fixtures';
import { addGateway, addGatewaySubnet, addP2s, addSite, addVnet } from './create';
import { emptyDocument } from './empty';

const at = { x: 10.4, y: 20.6 };
/** The result must load as a file would (schema defaults, unique ids, references). */
const loads = (doc: TopologyDocument) => {
  const r = loadDocument(JSON.parse(JSON.stringify(doc)));
  expect(r.ok ? 'ok' : r.error).toBe('ok');
};

describe('creating elements', () => {
  it('builds a VNet, gateway, GatewaySubnet, site and pool that load and raise no error or warning', () => {
    const vnet = addVnet(emptyDocument(), at);
    const gateway = addGateway(vnet.doc, vnet.id, at);
    const withSubnet = addGatewaySubnet(gateway.doc, vnet.id);
    const site = addSite(withSubnet, at);
    const pool = addP2s(site.doc, gateway.id, at);
    const doc = pool.doc;
    loads(doc);
    expect(validate(doc).filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
    expect(doc.vnets[0]).toMatchObject({ id: 'vnet-1', name: 'vnet-1', addressSpace: ['10.0.0.0/16'], subnets: [{ name: 'GatewaySubnet', addressPrefix: '10.0.0.0/27' }] });
    expect(doc.gateways[0]).toMatchObject({ id: 'vgw-1', vnetId: 'vnet-1', sku: 'VpnGw2AZ', generation: 'Generation2', vpnType: 'RouteBased' });
    expect(doc.sites[0]).toMatchObject({ id: 'site-1', addressPrefixes: ['192.168.0.0/24'] });
    expect(doc.p2sConfigurations[0]).toMatchObject({ id: 'p2s-1', gatewayId: 'vgw-1', addressPool: ['172.16.0.0/24'] });
    expect(doc.layout.positions['p2s-1']).toEqual({ x: 10, y: 21 });
  });

  it("puts the first VNet of a design in the design's deployment location", () => {
    const empty = emptyDocument();
    const created = addVnet({ ...empty, deployment: { ...empty.deployment, location: 'norwayeast' } }, at);
    expect(created.doc.vnets[0]?.region).toBe('norwayeast');
  });

  it('gives names and ranges no other element uses, and new VNets the usual region', () => {
    const doc = sampleDesign(); // 10.0–10.2/16 VNets, 192.168.1.0/24 site, 172.16.0.0/24 pool
    const vnet = addVnet({ ...doc, vnets: doc.vnets.map((v) => ({ ...v, region: 'swedencentral' })) }, at);
    expect(vnet.doc.vnets.at(-1)).toMatchObject({ id: 'vnet-1', addressSpace: ['10.3.0.0/16'], region: 'swedencentral' });
    const site = addSite(doc, at);
    expect(site.id).toBe('site-2'); // "site-1" is an id already
    expect(site.doc.sites.at(-1)!.addressPrefixes).toEqual(['192.168.0.0/24']);
    expect(addP2s(doc, 'gw-hub', at).doc.p2sConfigurations.at(-1)!.addressPool).toEqual(['172.16.1.0/24']);
    loads(addP2s(site.doc, 'gw-dr', at).doc);
  });

  it('leaves the address space empty when 10.0.0.0/8 is full, and adds no GatewaySubnet that cannot fit', () => {
    const first = addVnet(emptyDocument(), at);
    const full = { ...first.doc, vnets: first.doc.vnets.map((v) => ({ ...v, addressSpace: ['10.0.0.0/8'] })) };
    const next = addVnet(full, at);
    expect(next.doc.vnets.at(-1)!.addressSpace).toEqual([]);
    expect(addGatewaySubnet(next.doc, next.id)).toBe(next.doc);
  });
});
