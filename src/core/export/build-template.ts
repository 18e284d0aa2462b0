/**
 * Design → deployment template (the model both exporters print). Shapes follow facts §8 with
 * Microsoft.Network 2024-05-01: VNets with inline subnets, public IPs, VPN gateways (IP configurations,
 * BGP with custom APIPA addresses, P2S, NAT rules), local network gateways, one connection resource per
 * tunnel direction, and both resources of every peering.
 *
 * Choices worth knowing:
 * - Secrets (pre-shared keys, RADIUS secrets) are `@secure()` parameters without defaults: the design's
 *   values are never written out. P2S root certificates are parameters with placeholder data.
 * - NAT rules are part of the gateway resource, so they exist before any connection that names them
 *   (facts §7); connections refer to them by resourceId() on the gateway's name, which also orders them.
 * - Public IPs follow the gateway SKU: Basic/Dynamic for Basic, else Standard/Static, zone-redundant
 *   (zones 1, 2, 3) for AZ SKUs unless the design pins zones.
 * - A peering depends on the gateways of its own VNet (a VNet cannot be changed while its gateway is
 *   being built), and a peering that uses remote gateways also on the remote VNet's gateways and on the
 *   other side's peering, which carries allowGatewayTransit.
 * - Resource names go out as given, except "/", which would change the resource's type path (Bicep
 *   refuses such names): it becomes "-" and the template notes it. A second resource with the same type and
 *   name is not written twice: references to it go to the first one, and the template notes that too.
 */
import { skuFacts } from '../facts/skus';
import { indexDesign } from '../model/design-index';
import type { IpsecPolicy, P2sConfiguration, Peering, TopologyDocument, VpnGateway } from '../model/types';
import { summarise, type ExportOptions } from './banner';
import { concat, idOf, loginEndpoint, param, resourceIdCall, type Param, type Resource, type Template, type Value } from './ir';
import { SymbolTable, camelWords } from './symbols';
import { commentLine, shellWord } from './text';

export const NETWORK_API_VERSION = '2024-05-01';
const T = {
  vnet: 'Microsoft.Network/virtualNetworks',
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  peering: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
  pip: 'Microsoft.Network/publicIPAddresses',
  gateway: 'Microsoft.Network/virtualNetworkGateways',
  ipConfiguration: 'Microsoft.Network/virtualNetworkGateways/ipConfigurations',
  natRule: 'Microsoft.Network/virtualNetworkGateways/natRules',
  lng: 'Microsoft.Network/localNetworkGateways',
  connection: 'Microsoft.Network/connections',
} as const;

/** Defaults Azure documents for the optional lifetimes of a custom IPsec policy (facts §3). */
export const SA_LIFETIME_DEFAULTS = { seconds: 27_000, kilobytes: 102_400_000 } as const;
/** The Azure VPN Client's audience in Azure Public (facts §5). */
export const AZURE_VPN_CLIENT_AUDIENCE = 'c632b3df-fb67-4d84-bdcf-b95ad541b5c8';
/** At most this many root certificates per gateway (facts §5); more are not exported. */
export const MAX_ROOT_CERTIFICATES = 20;
export const ROOT_CERTIFICATE_PLACEHOLDER = 'REPLACE-WITH-BASE64-ROOT-CERTIFICATE-DATA';
/** Default names of a gateway's IP configurations, as NAT rules and APIPA settings name them (facts §7). */
export const IP_CONFIGURATION_NAMES = ['default', 'activeActive'] as const;

const SECTIONS = {
  vnets: 'Virtual networks',
  gateways: 'VPN gateways and their public IP addresses',
  sites: 'Local network gateways (on-premises sites)',
  connections: 'Connections (one resource per tunnel direction)',
  peerings: 'VNet peerings (one resource in each VNet)',
} as const;

const GROUPS = { regions: 'Regions', keys: 'Pre-shared keys', p2s: 'Point-to-site' } as const;

const IPSEC_FIELDS = ['ipsecEncryption', 'ipsecIntegrity', 'ikeEncryption', 'ikeIntegrity', 'dhGroup', 'pfsGroup'] as const;

const isAzSku = (sku: string): boolean => skuFacts(sku)?.zoneRedundant ?? /AZ$/.test(sku);

/** Resources of a type share a name space within their parent (or the resource group); Azure ignores case. */
const nameKey = (type: string, parent: string | undefined, name: string): string => `${type}|${parent ?? ''}|${name.toLowerCase()}`;

export function buildTemplate(doc: TopologyDocument, options: ExportOptions = {}): Template {
  const index = indexDesign(doc);
  const summary = summarise(doc, options);
  const symbols = new SymbolTable();
  const params: Param[] = [];
  const resources: Resource[] = [];
  const notes: string[] = [];
  const byName = new Map<string, string>();
  /** Symbol of every design element's resource (after de-duplication). */
  const symbolOf = new Map<string, string>();

  /**
   * Registers a resource's name: its final name ("/" replaced), or the symbol of an earlier resource of
   * the same type and name, which then stands for this one.
   */
  const claim = (type: string, parent: string | undefined, rawName: string, symbol: string, what: string): { name: string } | { duplicateOf: string } => {
    let name = rawName;
    if (name.includes('/')) {
      name = name.replace(/\//g, '-');
      notes.push(`${what}: "/" cannot appear in a resource name, so it is exported as "${name}".`);
    }
    const key = nameKey(type, parent, name);
    const first = byName.get(key);
    if (first !== undefined) {
      notes.push(`${what}: another ${type} has the name "${name}", so this one is not exported and references to it go to the first.`);
      return { duplicateOf: first };
    }
    byName.set(key, symbol);
    return { name };
  };
  /** Adds a resource unless one of the same type and name exists; returns the symbol to refer to. */
  const add = (r: Resource, what: string): string => {
    const claimed = claim(r.type, r.parent, r.name, r.symbol, what);
    if ('duplicateOf' in claimed) return claimed.duplicateOf;
    resources.push({ ...r, name: claimed.name });
    return r.symbol;
  };
  /** Parameter descriptions are one line: Bicep re-indents the lines of a multi-line description. */
  const addParam = (p: Param): void => {
    params.push({ ...p, description: commentLine(p.description) });
  };

  // Regions: one parameter per region a resource goes to. A site that no gateway connects to goes to
  // the design's deployment location.
  const fallbackRegion = doc.deployment.location;
  const siteRegion = (siteId: string): string => {
    const firstConnection = index.s2sBySite.get(siteId)?.[0];
    const gateway = firstConnection ? index.gatewayById.get(firstConnection.gatewayId) : undefined;
    return gateway ? regionOfGateway(gateway) : fallbackRegion;
  };
  const regionOfGateway = (g: VpnGateway): string => index.vnetById.get(g.vnetId)?.region ?? fallbackRegion;
  const regions = [...new Set([...doc.vnets.map((v) => v.region), ...doc.sites.map((s) => siteRegion(s.id))])];
  const locationParam = new Map<string, string>();
  const vnetNamesByRegion = new Map<string, string[]>();
  for (const v of doc.vnets) {
    const names = vnetNamesByRegion.get(v.region);
    if (names) names.push(v.name);
    else vnetNamesByRegion.set(v.region, [v.name]);
  }
  for (const region of regions) {
    const name = regions.length === 1 ? symbols.allocate('location', 'location') : symbols.allocate(`location ${camelWords(region) || 'region'}`, 'location');
    locationParam.set(region, name);
    const users = vnetNamesByRegion.get(region) ?? [];
    addParam({
      name,
      type: 'string',
      group: GROUPS.regions,
      description: users.length
        ? `Azure region of ${listOf(users)} and the resources that belong to ${users.length === 1 ? 'it' : 'them'}.`
        : 'Azure region of the local network gateways.',
      defaultValue: region,
    });
  }
  const location = (region: string): Value => param(locationParam.get(region)!);

  // Virtual networks, each with an existing-resource reference to its GatewaySubnet (declared inline in
  // the VNet) when it has a gateway: the gateway takes the subnet's id, and so depends on the VNet.
  const gatewaySubnet = new Map<string, string>();
  for (const v of doc.vnets) {
    const symbol = symbols.allocate(v.name, 'vnet');
    const comments: string[] = [];
    const nsg = v.subnets.filter((s) => s.networkSecurityGroup).map((s) => s.name);
    if (nsg.length) comments.push(`The design gives ${listOf(nsg)} a network security group; NSGs are not part of this export.`);
    const properties: Record<string, Value> = { addressSpace: { addressPrefixes: v.addressSpace } };
    if (v.dnsServers.length) properties.dhcpOptions = { dnsServers: v.dnsServers };
    properties.subnets = v.subnets.map((s) => ({ name: s.name, properties: { addressPrefix: s.addressPrefix } }));
    const used = add(
      { symbol, type: T.vnet, apiVersion: NETWORK_API_VERSION, name: v.name, section: SECTIONS.vnets, comments, body: { location: location(v.region), properties }, dependsOn: [] },
      `VNet ${v.name}`,
    );
    symbolOf.set(v.id, used);
    if (index.gatewaysByVnet.has(v.id) && !gatewaySubnet.has(used)) {
      const subnet = symbols.derive(used, 'GatewaySubnet');
      gatewaySubnet.set(used, subnet);
      resources.push({
        symbol: subnet,
        type: T.subnet,
        apiVersion: NETWORK_API_VERSION,
        name: 'GatewaySubnet',
        parent: used,
        existing: true,
        section: SECTIONS.vnets,
        comments: [],
        body: {},
        dependsOn: [],
      });
    }
  }

  // Gateways and their public IPs.
  for (const g of doc.gateways) {
    const region = regionOfGateway(g);
    const symbol = symbols.allocate(g.name, 'gateway');
    const claimed = claim(T.gateway, undefined, g.name, symbol, `Gateway ${g.name}`);
    if ('duplicateOf' in claimed) {
      symbolOf.set(g.id, claimed.duplicateOf);
      continue;
    }
    const gatewayName = claimed.name;
    const basic = g.sku === 'Basic';
    const az = isAzSku(g.sku);
    const comments: string[] = [];
    if (g.existing) comments.push('The design marks this gateway as existing: deploying applies the settings below to it.');
    const ipConfigCount = g.activeActive ? 2 : 1;
    if (g.publicIps.length > ipConfigCount) {
      comments.push(`The design lists ${g.publicIps.length} public IPs; ${ipConfigCount} ${ipConfigCount === 1 ? 'is' : 'are'} exported, one per IP configuration.`);
    }
    const ipConfigurations: Value[] = [];
    for (let i = 0; i < ipConfigCount; i++) {
      const pip = g.publicIps[i];
      const pipName = pip?.name ? pip.name : `${g.name}-pip${i + 1}`;
      const zones = pip?.zones.length ? pip.zones : ['1', '2', '3'];
      const pipSymbol = add(
        {
          symbol: symbols.allocate(pipName, 'pip'),
          type: T.pip,
          apiVersion: NETWORK_API_VERSION,
          name: pipName,
          section: SECTIONS.gateways,
          comments: [],
          body: {
            location: location(region),
            sku: { name: basic ? 'Basic' : 'Standard', tier: 'Regional' },
            ...(az && !basic ? { zones } : {}),
            properties: { publicIPAllocationMethod: basic ? 'Dynamic' : 'Static' },
          },
          dependsOn: [],
        },
        `Public IP ${pipName}`,
      );
      ipConfigurations.push({
        name: IP_CONFIGURATION_NAMES[i]!,
        properties: {
          privateIPAllocationMethod: 'Dynamic',
          subnet: { id: idOf(gatewaySubnet.get(symbolOf.get(g.vnetId)!)!) },
          publicIPAddress: { id: idOf(pipSymbol) },
        },
      });
    }
    const ipConfigurationId = (name: string): Value => resourceIdCall(T.ipConfiguration, gatewayName, name);
    const properties: Record<string, Value> = {
      gatewayType: 'Vpn',
      vpnType: g.vpnType,
      vpnGatewayGeneration: g.generation,
      sku: { name: g.sku, tier: g.sku },
      activeActive: g.activeActive,
      ipConfigurations,
      enableBgp: g.bgp.enabled,
    };
    if (g.bgp.enabled) {
      properties.bgpSettings = {
        asn: g.bgp.asn,
        ...(g.bgp.customApipa.length
          ? {
              bgpPeeringAddresses: g.bgp.customApipa.map((c) => ({
                ipconfigurationId: ipConfigurationId(c.ipConfigurationId),
                customBgpIpAddresses: c.addresses,
              })),
            }
          : {}),
      };
    }
    const p2sList = index.p2sByGateway.get(g.id) ?? [];
    if (p2sList.length > 1) {
      comments.push(`A gateway has one point-to-site configuration: ${p2sList[0]!.name} is exported, ${listOf(p2sList.slice(1).map((p) => p.name))} not.`);
    }
    if (p2sList[0]) properties.vpnClientConfiguration = vpnClientConfiguration(p2sList[0], comments);
    if (g.natRules.length) {
      properties.natRules = g.natRules.map((r) => ({
        name: r.name,
        properties: {
          type: r.type,
          mode: r.mode,
          internalMappings: r.internalMappings.map((addressSpace) => ({ addressSpace })),
          externalMappings: r.externalMappings.map((addressSpace) => ({ addressSpace })),
          ...(r.ipConfigurationId !== undefined ? { ipConfigurationId: ipConfigurationId(r.ipConfigurationId) } : {}),
        },
      }));
    }
    if (g.natRules.length || g.enableBgpRouteTranslationForNat) properties.enableBgpRouteTranslationForNat = g.enableBgpRouteTranslationForNat;
    resources.push({ symbol, type: T.gateway, apiVersion: NETWORK_API_VERSION, name: gatewayName, section: SECTIONS.gateways, comments, body: { location: location(region), properties }, dependsOn: [] });
    symbolOf.set(g.id, symbol);
  }

  function vpnClientConfiguration(p: P2sConfiguration, comments: string[]): Value {
    const config: Record<string, Value> = {
      vpnClientAddressPool: { addressPrefixes: p.addressPool },
      vpnClientProtocols: p.tunnelTypes,
      vpnAuthenticationTypes: p.authTypes,
    };
    const p2sSymbol = symbols.allocate(p.name, 'p2s');
    if (p.authTypes.includes('Certificate')) {
      const count = Math.min(p.rootCertificateCount, MAX_ROOT_CERTIFICATES);
      if (p.rootCertificateCount > count) comments.push(`The design counts ${p.rootCertificateCount} root certificates; Azure takes at most ${MAX_ROOT_CERTIFICATES}, so ${count} are exported.`);
      config.vpnClientRootCertificates = Array.from({ length: count }, (_, i) => {
        const name = symbols.derive(p2sSymbol, `rootCertificate${i + 1}`);
        addParam({
          name,
          type: 'string',
          group: GROUPS.p2s,
          description: `Public data of root certificate ${i + 1} of point-to-site configuration ${p.name}: the Base64 text of the .cer file without its BEGIN/END lines. Replace the placeholder.`,
          defaultValue: ROOT_CERTIFICATE_PLACEHOLDER,
        });
        return { name: `root-certificate-${i + 1}`, properties: { publicCertData: param(name) } };
      });
    }
    if (p.authTypes.includes('Radius')) {
      if (p.radiusServers.length === 0) comments.push(`Point-to-site configuration ${p.name} uses RADIUS but names no RADIUS server.`);
      config.radiusServers = p.radiusServers.map((r, i) => {
        const name = symbols.derive(p2sSymbol, `radiusSecret${i + 1}`);
        addParam({
          name,
          type: 'string',
          secure: true,
          group: GROUPS.p2s,
          description: `Secret shared with RADIUS server ${r.address} of point-to-site configuration ${p.name}.`,
        });
        return { radiusServerAddress: r.address, radiusServerSecret: param(name) };
      });
    }
    if (p.authTypes.includes('AAD')) {
      const tenant = symbols.derive(p2sSymbol, 'aadTenantId');
      addParam({
        name: tenant,
        type: 'string',
        group: GROUPS.p2s,
        description: `Microsoft Entra tenant ID for point-to-site configuration ${p.name}.`,
        ...(p.aadTenantId ? { defaultValue: p.aadTenantId } : {}),
      });
      config.aadTenant = concat(loginEndpoint, param(tenant), '/');
      config.aadAudience = p.aadAudience ? p.aadAudience : AZURE_VPN_CLIENT_AUDIENCE;
      config.aadIssuer = concat('https://sts.windows.net/', param(tenant), '/');
    }
    return config;
  }

  // Local network gateways.
  for (const s of doc.sites) {
    const region = siteRegion(s.id);
    const comments: string[] = [];
    const properties: Record<string, Value> = {};
    if (s.gatewayIpAddress !== undefined) properties.gatewayIpAddress = s.gatewayIpAddress;
    if (s.fqdn !== undefined) properties.fqdn = s.fqdn;
    if (s.gatewayIpAddress === undefined && s.fqdn === undefined) comments.push('The design gives this site neither a public IP address nor an FQDN.');
    properties.localNetworkAddressSpace = { addressPrefixes: s.addressPrefixes };
    if (s.bgp) properties.bgpSettings = { asn: s.bgp.asn, bgpPeeringAddress: s.bgp.peerIp };
    const used = add(
      { symbol: symbols.allocate(s.name, 'site'), type: T.lng, apiVersion: NETWORK_API_VERSION, name: s.name, section: SECTIONS.sites, comments, body: { location: location(region), properties }, dependsOn: [] },
      `Site ${s.name}`,
    );
    symbolOf.set(s.id, used);
  }

  // Connections: S2S and VNet-to-VNet, one resource per direction.
  for (const c of doc.connections) {
    if (c.kind === 'peering') continue;
    const gateway = index.gatewayById.get(c.gatewayId)!;
    const symbol = symbols.allocate(c.name, 'connection');
    const claimed = claim(T.connection, undefined, c.name, symbol, `Connection ${c.name}`);
    if ('duplicateOf' in claimed) continue;
    const keyParam = symbols.derive(symbol, 'sharedKey');
    const comments: string[] = [];
    const remote =
      c.kind === 's2s'
        ? `site ${index.siteById.get(c.siteId)?.name ?? c.siteId}`
        : `gateway ${index.gatewayById.get(c.remoteGatewayId)?.name ?? c.remoteGatewayId}`;
    addParam({
      name: keyParam,
      type: 'string',
      secure: true,
      group: GROUPS.keys,
      description:
        c.kind === 's2s'
          ? `Pre-shared key of connection ${c.name} (gateway ${gateway.name} to ${remote}); the on-premises device needs the same key.`
          : `Pre-shared key of connection ${c.name} (gateway ${gateway.name} to ${remote}); the connection in the other direction needs the same key.`,
    });
    const properties: Record<string, Value> = {
      connectionType: c.kind === 's2s' ? 'IPsec' : 'Vnet2Vnet',
      connectionProtocol: c.kind === 's2s' ? c.protocol : 'IKEv2',
      virtualNetworkGateway1: { id: idOf(symbolOf.get(c.gatewayId)!), properties: {} },
      ...(c.kind === 's2s'
        ? { localNetworkGateway2: { id: idOf(symbolOf.get(c.siteId)!), properties: {} } }
        : { virtualNetworkGateway2: { id: idOf(symbolOf.get(c.remoteGatewayId)!), properties: {} } }),
      sharedKey: param(keyParam),
      enableBgp: c.enableBgp,
    };
    if (c.kind === 's2s') {
      properties.usePolicyBasedTrafficSelectors = c.usePolicyBasedTrafficSelectors;
      if (c.trafficSelectorPolicies.length) {
        properties.trafficSelectorPolicies = c.trafficSelectorPolicies.map((t) => ({ localAddressRanges: t.localAddressRanges, remoteAddressRanges: t.remoteAddressRanges }));
      }
    }
    if (c.ipsecPolicy) properties.ipsecPolicies = [ipsecPolicy(c.ipsecPolicy, comments)];
    properties.dpdTimeoutSeconds = c.dpdTimeoutSeconds;
    properties.connectionMode = c.connectionMode;
    if (c.kind === 's2s') {
      const natRefs = (ids: readonly string[]): Value[] =>
        ids.flatMap((id) => {
          const owner = index.natRuleById.get(id);
          if (!owner) return [];
          return [{ id: resourceIdCall(T.natRule, { nameOf: symbolOf.get(owner.gateway.id)! }, owner.rule.name) }];
        });
      if (c.ingressNatRuleIds.length) properties.ingressNatRules = natRefs(c.ingressNatRuleIds);
      if (c.egressNatRuleIds.length) properties.egressNatRules = natRefs(c.egressNatRuleIds);
    }
    resources.push({
      symbol,
      type: T.connection,
      apiVersion: NETWORK_API_VERSION,
      name: claimed.name,
      section: SECTIONS.connections,
      comments,
      body: { location: location(regionOfGateway(gateway)), properties },
      dependsOn: [],
    });
  }

  // Peerings: the resource in each VNet.
  for (const p of index.peerings) {
    addPeering(p);
  }

  function addPeering(p: Peering): void {
    const a = index.vnetById.get(p.vnetId)!;
    const b = index.vnetById.get(p.remoteVnetId)!;
    const aSymbol = symbolOf.get(a.id)!;
    const bSymbol = symbolOf.get(b.id)!;
    const gatewaysOf = (vnetId: string): string[] => (index.gatewaysByVnet.get(vnetId) ?? []).map((g) => symbolOf.get(g.id)!);
    const selfPeering = aSymbol === bSymbol;
    const localSymbol = symbols.allocate(p.name, 'peering');
    const remoteSymbol = selfPeering ? undefined : symbols.derive(localSymbol, 'remote');
    const side = (
      symbol: string,
      own: typeof a,
      ownSymbol: string,
      other: typeof a,
      otherSymbol: string,
      settings: Peering['local'],
      otherSettings: Peering['local'],
      otherPeering: string | undefined,
    ): void => {
      const dependsOn = new Set(gatewaysOf(own.id));
      if (settings.useRemoteGateways) {
        for (const g of gatewaysOf(other.id)) dependsOn.add(g);
        if (otherPeering !== undefined && !otherSettings.useRemoteGateways) dependsOn.add(otherPeering);
      }
      const comments = [`Peering ${p.name}: the side in ${own.name}, towards ${other.name}.`];
      if (selfPeering) comments.push('The design peers this VNet with itself; only one side is exported.');
      add(
        {
          symbol,
          type: T.peering,
          apiVersion: NETWORK_API_VERSION,
          name: p.name,
          parent: ownSymbol,
          section: SECTIONS.peerings,
          comments,
          body: {
            properties: {
              remoteVirtualNetwork: { id: idOf(otherSymbol) },
              allowVirtualNetworkAccess: settings.allowVirtualNetworkAccess,
              allowForwardedTraffic: settings.allowForwardedTraffic,
              allowGatewayTransit: settings.allowGatewayTransit,
              useRemoteGateways: settings.useRemoteGateways,
            },
          },
          dependsOn: [...dependsOn].filter((d) => d !== symbol),
        },
        `Peering ${p.name} in ${own.name}`,
      );
    };
    side(localSymbol, a, aSymbol, b, bSymbol, p.local, p.remote, remoteSymbol);
    if (remoteSymbol !== undefined) side(remoteSymbol, b, bSymbol, a, aSymbol, p.remote, p.local, localSymbol);
  }

  // Dependencies on a resource that was not exported (a duplicate name) go nowhere: drop them.
  const exported = new Set(resources.map((r) => r.symbol));
  const finalResources = resources.map((r) => ({ ...r, dependsOn: r.dependsOn.filter((d) => exported.has(d)) }));

  return {
    banner: banner(doc, summary, notes),
    metadata: {
      generator: 'vpn-designer',
      design: doc.name,
      resourceGroup: doc.deployment.resourceGroup,
      validation: {
        errors: summary.errors,
        warnings: summary.warnings,
        ...(summary.firstErrors.length ? { firstErrors: summary.firstErrors } : {}),
        ...(summary.failure !== undefined ? { failure: summary.failure } : {}),
      },
      ...(summary.errors > 0 ? { warning: errorWarning(summary.errors) } : {}),
      ...(notes.length ? { notes } : {}),
    },
    params: orderParams(params),
    resources: finalResources,
  };
}

function ipsecPolicy(p: IpsecPolicy, comments: string[]): Value {
  const missing = IPSEC_FIELDS.filter((f) => p[f] === undefined);
  if (missing.length) {
    comments.push(`The design's IPsec policy lacks ${missing.join(', ')}: they are left empty, and Azure rejects the connection until they are set.`);
  }
  return {
    saLifeTimeSeconds: p.saLifeTimeSeconds ?? SA_LIFETIME_DEFAULTS.seconds,
    saDataSizeKilobytes: p.saDataSizeKilobytes ?? SA_LIFETIME_DEFAULTS.kilobytes,
    ipsecEncryption: p.ipsecEncryption ?? '',
    ipsecIntegrity: p.ipsecIntegrity ?? '',
    ikeEncryption: p.ikeEncryption ?? '',
    ikeIntegrity: p.ikeIntegrity ?? '',
    dhGroup: p.dhGroup ?? '',
    pfsGroup: p.pfsGroup ?? '',
  };
}

function errorWarning(errors: number): string {
  return `Exported from a design with ${errors} validation ${errors === 1 ? 'error' : 'errors'}: fix ${errors === 1 ? 'it' : 'them'} in vpn-designer before deploying this template.`;
}

function banner(doc: TopologyDocument, summary: ReturnType<typeof summarise>, notes: readonly string[]): string[] {
  const lines = [`Exported by vpn-designer from the design "${doc.name}".`];
  lines.push(`Deploy into the design's resource group: az deployment group create --resource-group ${shellWord(doc.deployment.resourceGroup)} --template-file <this file>`);
  lines.push('Pre-shared keys and RADIUS secrets are secure parameters: supply them at deployment.');
  lines.push('');
  if (summary.failure !== undefined) {
    lines.push(`WARNING: the design could not be validated (${summary.failure}).`);
  } else if (summary.errors > 0) {
    lines.push(`WARNING: ${errorWarning(summary.errors)}`);
    for (const e of summary.firstErrors) lines.push(`  - ${e}`);
    if (summary.errors > summary.firstErrors.length) lines.push(`  … and ${summary.errors - summary.firstErrors.length} more.`);
  } else {
    lines.push(`The design passed validation with no errors (${summary.warnings} ${summary.warnings === 1 ? 'warning' : 'warnings'}).`);
  }
  if (notes.length) {
    lines.push('', 'Notes:');
    for (const n of notes) lines.push(`  - ${n}`);
  }
  return lines;
}

function orderParams(params: readonly Param[]): Param[] {
  const order: string[] = [GROUPS.regions, GROUPS.keys, GROUPS.p2s];
  return [...params].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

function listOf(names: readonly string[]): string {
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}
