import { CURRENT_SCHEMA_VERSION, loadDocument } from '../model/load';
import type { TopologyDocument, TopologyDocumentInput } from '../model/types';

type In<K extends 'vnets' | 'gateways' | 'sites' | 'p2sConfigurations' | 'connections'> = NonNullable<TopologyDocumentInput[K]>[number];
type VnetIn = Omit<In<'vnets'>, 'id'> & { id?: string };
type GatewayIn = Omit<In<'gateways'>, 'id' | 'vnetId'> & { id?: string };
type SiteIn = Omit<In<'sites'>, 'id'> & { id?: string };
type P2sIn = Omit<In<'p2sConfigurations'>, 'id' | 'gatewayId'> & { id?: string };
type ConnectionIn = In<'connections'>;
type S2sIn = Omit<Extract<ConnectionIn, { kind: 's2s' }>, 'kind' | 'id' | 'gatewayId' | 'siteId'> & { id?: string };
type V2vIn = Omit<Extract<ConnectionIn, { kind: 'vnet2vnet' }>, 'kind' | 'id' | 'gatewayId' | 'remoteGatewayId'> & { id?: string };
type PeeringIn = Omit<Extract<ConnectionIn, { kind: 'peering' }>, 'kind' | 'id' | 'vnetId' | 'remoteVnetId'> & { id?: string };

/**
 * Builds small documents for tests, examples and benchmarks. Every element gets a readable id
 * unless one is given; `build()` runs the real loader, so what tests see is what users load.
 */
export class DesignBuilder {
  private readonly doc: Required<Pick<TopologyDocumentInput, 'vnets' | 'gateways' | 'sites' | 'p2sConfigurations' | 'connections'>> & {
    schemaVersion: typeof CURRENT_SCHEMA_VERSION;
    name: string;
    deployment?: TopologyDocumentInput['deployment'];
  };
  private counter = 0;

  constructor(name = 'test design') {
    this.doc = { schemaVersion: CURRENT_SCHEMA_VERSION, name, vnets: [], gateways: [], sites: [], p2sConfigurations: [], connections: [] };
  }

  private nextId(kind: string, given?: string): string {
    this.counter += 1;
    return given ?? `${kind}-${this.counter}`;
  }

  /** Sets the deployment target (resource group, location for unconnected sites). */
  deployment(d: NonNullable<TopologyDocumentInput['deployment']>): this {
    this.doc.deployment = d;
    return this;
  }

  /** Adds a VNet; returns its id. */
  vnet(v: VnetIn): string {
    const id = this.nextId('vnet', v.id);
    this.doc.vnets.push({ ...v, id });
    return id;
  }

  /** Adds a VNet with a /27 GatewaySubnet at the given prefix and a gateway in it; returns both ids. */
  hub(v: VnetIn & { gatewaySubnet: string }, g: GatewayIn = { name: `${v.name}-gw` }): { vnetId: string; gatewayId: string } {
    const { gatewaySubnet, ...rest } = v;
    const vnetId = this.vnet({ ...rest, subnets: [...(rest.subnets ?? []), { name: 'GatewaySubnet', addressPrefix: gatewaySubnet }] });
    return { vnetId, gatewayId: this.gateway(vnetId, g) };
  }

  /** Adds a VPN gateway in a VNet; returns its id. */
  gateway(vnetId: string, g: GatewayIn): string {
    const id = this.nextId('gw', g.id);
    this.doc.gateways.push({ ...g, id, vnetId });
    return id;
  }

  /** Adds an on-premises site (local network gateway); returns its id. */
  site(s: SiteIn): string {
    const id = this.nextId('site', s.id);
    this.doc.sites.push({ ...s, id });
    return id;
  }

  /** Adds a P2S configuration to a gateway; returns its id. */
  p2s(gatewayId: string, p: P2sIn): string {
    const id = this.nextId('p2s', p.id);
    this.doc.p2sConfigurations.push({ ...p, id, gatewayId });
    return id;
  }

  /** Adds a site-to-site connection; returns its id. */
  s2s(gatewayId: string, siteId: string, c: S2sIn): string {
    const id = this.nextId('s2s', c.id);
    this.doc.connections.push({ ...c, kind: 's2s', id, gatewayId, siteId });
    return id;
  }

  /** Adds one direction of a VNet-to-VNet link; returns its id. */
  v2vOneWay(gatewayId: string, remoteGatewayId: string, c: V2vIn): string {
    const id = this.nextId('v2v', c.id);
    this.doc.connections.push({ ...c, kind: 'vnet2vnet', id, gatewayId, remoteGatewayId });
    return id;
  }

  /** Adds both directions of a VNet-to-VNet link with the same settings; returns both ids. */
  v2v(a: string, b: string, c: Omit<V2vIn, 'name' | 'id'> & { name?: string }): [string, string] {
    const name = c.name ?? 'v2v';
    return [this.v2vOneWay(a, b, { ...c, name: `${name}-1` }), this.v2vOneWay(b, a, { ...c, name: `${name}-2` })];
  }

  /** Adds a peering between two VNets; returns its id. */
  peering(vnetId: string, remoteVnetId: string, p: PeeringIn): string {
    const id = this.nextId('peer', p.id);
    this.doc.connections.push({ ...p, kind: 'peering', id, vnetId, remoteVnetId });
    return id;
  }

  /** Raw access for a test that needs a shape the helpers don't offer. */
  get raw(): TopologyDocumentInput {
    return this.doc;
  }

  /** Loads the document through the real loader; throws with the loader's message if it is refused. */
  build(): TopologyDocument {
    const r = loadDocument(structuredClone(this.doc));
    if (!r.ok) throw new Error(`test design does not load: ${r.error.path}: ${r.error.message}`);
    return r.doc;
  }
}

/** A GatewaySubnet entry. */
export const gatewaySubnet = (addressPrefix: string) => ({ name: 'GatewaySubnet', addressPrefix });
