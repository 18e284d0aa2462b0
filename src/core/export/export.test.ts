import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../model/types';
import { DesignBuilder } from '../testing/builders';
import { TEST_TODAY } from '../testing/expect';
import { STRONG_POLICY } from '../testing/policies';
import { validate } from '../rules/validate';
import { exportArm } from './arm';
import { exportBicep } from './bicep';
import { AZURE_VPN_CLIENT_AUDIENCE, NETWORK_API_VERSION, ROOT_CERTIFICATE_PLACEHOLDER, SA_LIFETIME_DEFAULTS } from './build-template';
import { bicepStringBody } from './text';
import { generatedDesigns, hostileDesign, load, loadExamples, secretsOf } from './test-fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };
interface ArmResource extends Obj {
  type: string;
  name: string;
  properties: Obj;
}
interface Arm {
  parameters?: { [name: string]: Obj };
  metadata: Obj;
  resources: ArmResource[];
}

const opts = { today: TEST_TODAY };
const arm = (doc: TopologyDocument): Arm => JSON.parse(exportArm(doc, opts)) as Arm;
const ofType = (t: Arm, type: string): ArmResource[] => t.resources.filter((r) => r.type === `Microsoft.Network/${type}`);
const one = (t: Arm, type: string, name: string): ArmResource => {
  const found = ofType(t, type).filter((r) => r.name === name);
  expect(found, `${type} ${name}`).toHaveLength(1);
  return found[0]!;
};
const rid = (type: string, ...names: string[]): string => `[resourceId('Microsoft.Network/${type}', ${names.map((n) => `'${n}'`).join(', ')})]`;
const paramName = (expr: Json): string => /^\[parameters\('([^']+)'\)\]$/.exec(String(expr))?.[1] ?? '';
const errorCount = (doc: TopologyDocument): number => validate(doc, opts).filter((d) => d.severity === 'error').length;

const ALL = [...loadExamples(), ...generatedDesigns([1, 2]), { name: 'hostile', doc: hostileDesign() }];

/** A hub with BGP active-active, NAT, P2S with all three auth types, a BGP site and a spoke using its gateway. */
function featureDesign(): TopologyDocument {
  const b = new DesignBuilder('feature design');
  const { vnetId: hub, gatewayId: gw } = b.hub(
    { name: 'vnet-hub', region: 'westeurope', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
    {
      name: 'vgw-hub',
      sku: 'VpnGw2AZ',
      activeActive: true,
      publicIps: [{ name: 'pip-a' }, { name: 'pip-b', zones: ['2'] }],
      bgp: { enabled: true, asn: 65010, customApipa: [{ ipConfigurationId: 'default', addresses: ['169.254.21.1'] }, { ipConfigurationId: 'activeActive', addresses: ['169.254.22.1'] }] },
      natRules: [{ id: 'nat-in', name: 'ingress-a', mode: 'IngressSnat', internalMappings: ['192.168.1.0/24'], externalMappings: ['100.64.1.0/24'], ipConfigurationId: 'default' }],
      enableBgpRouteTranslationForNat: true,
    },
  );
  const spoke = b.vnet({ name: 'vnet-spoke', region: 'westeurope', addressSpace: ['10.1.0.0/16'] });
  b.peering(hub, spoke, { name: 'hub-spoke', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true, allowForwardedTraffic: true } });
  const site = b.site({ name: 'lng-a', fqdn: 'vpn.example.com', addressPrefixes: [], bgp: { asn: 64600, peerIp: '169.254.21.2', advertisedPrefixes: [] } });
  b.s2s(gw, site, {
    name: 'cn-a',
    sharedKey: 'FeatureKey-a1b2c3',
    enableBgp: true,
    ingressNatRuleIds: ['nat-in'],
    ipsecPolicy: { ikeEncryption: 'AES256', ikeIntegrity: 'SHA256', dhGroup: 'DHGroup14', ipsecEncryption: 'AES256', ipsecIntegrity: 'SHA256', pfsGroup: 'PFS2048' },
    trafficSelectorPolicies: [{ localAddressRanges: ['10.0.0.0/16'], remoteAddressRanges: ['192.168.1.0/24'] }],
  });
  const { gatewayId: gw2 } = b.hub({ name: 'vnet-east', region: 'eastus', addressSpace: ['10.2.0.0/16'], gatewaySubnet: '10.2.255.0/27' }, { name: 'vgw-east', sku: 'Basic', generation: 'Generation1' });
  b.v2v(gw, gw2, { name: 'v2v', sharedKey: 'V2vKey-z9y8', ipsecPolicy: STRONG_POLICY });
  b.p2s(gw, {
    name: 'p2s',
    addressPool: ['172.16.0.0/24'],
    tunnelTypes: ['IkeV2', 'OpenVPN'],
    authTypes: ['Certificate', 'Radius', 'AAD'],
    rootCertificateCount: 2,
    radiusServers: [{ address: '10.0.0.10', secret: 'RadiusSecret-q1w2' }],
    aadTenantId: '11111111-2222-3333-4444-555555555555',
  });
  return b.build();
}

describe('secrets', () => {
  it.each(ALL.map((d) => [d.name, d.doc] as const))('%s: no pre-shared key or RADIUS secret appears in either export', (_name, doc) => {
    const bicep = exportBicep(doc, opts);
    const json = exportArm(doc, opts);
    const secrets = secretsOf(doc);
    for (const secret of secrets) {
      for (const form of [secret, bicepStringBody(secret), JSON.stringify(secret).slice(1, -1)]) {
        expect(bicep).not.toContain(form);
        expect(json).not.toContain(form);
      }
    }
  });

  it('makes every shared key and RADIUS secret a secure parameter without a default', () => {
    for (const { doc } of ALL) {
      const t = arm(doc);
      const secretRefs = [
        ...ofType(t, 'connections').map((c) => c.properties.sharedKey),
        ...ofType(t, 'virtualNetworkGateways').flatMap((g) => (((g.properties.vpnClientConfiguration as Obj | undefined)?.radiusServers ?? []) as Obj[]).map((r) => r.radiusServerSecret)),
      ];
      for (const ref of secretRefs) {
        const name = paramName(ref!);
        expect(name, String(ref)).not.toBe('');
        expect(t.parameters![name]).toMatchObject({ type: 'securestring' });
        expect(t.parameters![name]).not.toHaveProperty('defaultValue');
        expect(exportBicep(doc, opts)).toMatch(new RegExp(`@secure\\(\\)\\nparam ${name} string\\n`));
      }
    }
  });
});

describe('hostile names and values', () => {
  const doc = hostileDesign();
  const bicep = exportBicep(doc, opts);
  const json = exportArm(doc, opts);

  it('gives JSON that parses, with every resource named as the design names it ("/" aside)', () => {
    const t = JSON.parse(json) as Arm;
    const vnet = doc.vnets.find((v) => v.id === 'v1')!;
    expect(t.resources.some((r) => r.name === vnet.name.replace(/\//g, '-').replace(/\ud800/g, '\ufffd'))).toBe(true);
    const site = doc.sites.find((s) => s.id === 's4')!;
    expect(site.name).toBe('[site]');
    // ARM would read "[site]" as an expression: "[[" escapes it.
    expect(one(t, 'localNetworkGateways', '[[site]').properties.gatewayIpAddress).toBe('198.51.100.4');
  });

  it('keeps every comment on one line and writes no raw control or separator characters into the Bicep', () => {
    // eslint-disable-next-line no-control-regex
    expect(bicep).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff\u202e]|\u200d/);
    const banner = bicep.slice(0, bicep.indexOf('\nmetadata '));
    for (const line of banner.split('\n').filter((l) => l !== '')) expect(line.startsWith('//')).toBe(true);
  });

  it('escapes quotes, ${ and backslashes the Bicep way', () => {
    expect(bicep).toContain("name: 'nat it\\'s \"quoted\" \\${injected} \\\\ back\\\\slash {0} [x] */ // \\n new line\\r\\n\\t tab");
    expect(bicep).not.toContain("it''s");
  });

  it('derives unique symbols that are identifiers and never keywords or function names', () => {
    const symbols = [...bicep.matchAll(/^(?:resource|param) ([^ ]+) /gm)].map((m) => m[1]!);
    expect(symbols.length).toBeGreaterThan(20);
    for (const s of symbols) expect(s).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(new Set(symbols.map((s) => s.toLowerCase())).size).toBe(symbols.length);
    for (const bad of ['resource', 'param', 'description', 'environment', 'resourceId', 'for', 'if']) expect(symbols).not.toContain(bad);
  });

  it('exports a second resource of the same type and name once, and says so', () => {
    const t = JSON.parse(json) as Arm;
    expect(ofType(t, 'connections').filter((c) => c.name.toLowerCase() === 'dup')).toHaveLength(1);
    expect((t.metadata.notes as string[]).some((n) => n.includes('"DUP"'))).toBe(true);
  });

  it('never makes two peerings depend on each other, even when both sides use remote gateways', () => {
    const t = JSON.parse(json) as Arm;
    const both = ofType(t, 'virtualNetworks/virtualNetworkPeerings').filter((p) => p.name.includes("'both-use-remote'"));
    expect(both).toHaveLength(2);
    for (const p of both) expect((p.dependsOn as string[]).some((d) => d.includes('virtualNetworkPeerings'))).toBe(false);
  });
});

describe('validation banner', () => {
  it('heads both exports with the error count when the design has errors', () => {
    const broken = loadExamples().find((e) => e.name === 'broken-design')!.doc;
    const errors = errorCount(broken);
    expect(errors).toBeGreaterThan(0);
    const bicep = exportBicep(broken, opts);
    expect(bicep.split('\n').slice(0, 5).join('\n')).toContain(`WARNING: Exported from a design with ${errors} validation errors`);
    const t = arm(broken);
    expect(t.metadata.warning).toContain(`${errors} validation errors`);
    expect(t.metadata.validation).toMatchObject({ errors });
    expect(bicep).toContain(`metadata warning = 'Exported from a design with ${errors} validation errors`);
  });

  it('has no warning when the design has no errors', () => {
    const clean = loadExamples().find((e) => e.name === 'hub-two-branches-p2s')!.doc;
    expect(errorCount(clean)).toBe(0);
    expect(exportBicep(clean, opts)).not.toContain('WARNING');
    expect(exportBicep(clean, opts)).toContain('passed validation with no errors');
    const t = arm(clean);
    expect(t.metadata).not.toHaveProperty('warning');
    expect(t.metadata.validation).toMatchObject({ errors: 0 });
  });
});

describe('resource shapes', () => {
  const doc = featureDesign();
  const t = arm(doc);

  it('uses Microsoft.Network 2024-05-01 for every resource', () => {
    for (const { doc: d } of ALL) for (const r of arm(d).resources) expect(r.apiVersion).toBe(NETWORK_API_VERSION);
  });

  it('takes locations from the VNets’ regions, one parameter per region', () => {
    expect(t.parameters!.locationWesteurope).toMatchObject({ type: 'string', defaultValue: 'westeurope' });
    expect(t.parameters!.locationEastus).toMatchObject({ type: 'string', defaultValue: 'eastus' });
    expect(one(t, 'virtualNetworkGateways', 'vgw-east').location).toBe("[parameters('locationEastus')]");
    expect(one(t, 'connections', 'cn-a').location).toBe("[parameters('locationWesteurope')]");
  });

  it('gives AZ gateways Standard static zone-redundant IPs (or the pinned zone) and Basic gateways Basic dynamic ones', () => {
    expect(one(t, 'publicIPAddresses', 'pip-a')).toMatchObject({ sku: { name: 'Standard', tier: 'Regional' }, zones: ['1', '2', '3'], properties: { publicIPAllocationMethod: 'Static' } });
    expect(one(t, 'publicIPAddresses', 'pip-b')).toMatchObject({ zones: ['2'] });
    const basic = one(t, 'publicIPAddresses', 'vgw-east-pip1');
    expect(basic).toMatchObject({ sku: { name: 'Basic' }, properties: { publicIPAllocationMethod: 'Dynamic' } });
    expect(basic).not.toHaveProperty('zones');
  });

  it('writes an active-active BGP gateway with two IP configurations and custom APIPA addresses per configuration', () => {
    const g = one(t, 'virtualNetworkGateways', 'vgw-hub').properties;
    expect(g).toMatchObject({ gatewayType: 'Vpn', vpnType: 'RouteBased', vpnGatewayGeneration: 'Generation2', sku: { name: 'VpnGw2AZ', tier: 'VpnGw2AZ' }, activeActive: true, enableBgp: true });
    const ipConfigs = g.ipConfigurations as Obj[];
    expect(ipConfigs.map((c) => c.name)).toEqual(['default', 'activeActive']);
    expect(ipConfigs[0]!.properties).toMatchObject({
      subnet: { id: rid('virtualNetworks/subnets', 'vnet-hub', 'GatewaySubnet') },
      publicIPAddress: { id: rid('publicIPAddresses', 'pip-a') },
    });
    expect(g.bgpSettings).toEqual({
      asn: 65010,
      bgpPeeringAddresses: [
        { ipconfigurationId: rid('virtualNetworkGateways/ipConfigurations', 'vgw-hub', 'default'), customBgpIpAddresses: ['169.254.21.1'] },
        { ipconfigurationId: rid('virtualNetworkGateways/ipConfigurations', 'vgw-hub', 'activeActive'), customBgpIpAddresses: ['169.254.22.1'] },
      ],
    });
  });

  it('writes P2S with pool, protocols, auth types, root certificates as placeholder parameters, RADIUS and Entra ID', () => {
    const p = one(t, 'virtualNetworkGateways', 'vgw-hub').properties.vpnClientConfiguration as Obj;
    expect(p).toMatchObject({ vpnClientAddressPool: { addressPrefixes: ['172.16.0.0/24'] }, vpnClientProtocols: ['IkeV2', 'OpenVPN'], vpnAuthenticationTypes: ['Certificate', 'Radius', 'AAD'] });
    const certs = p.vpnClientRootCertificates as Obj[];
    expect(certs).toHaveLength(2);
    for (const c of certs) expect(t.parameters![paramName((c.properties as Obj).publicCertData!)]).toMatchObject({ type: 'string', defaultValue: ROOT_CERTIFICATE_PLACEHOLDER });
    expect((p.radiusServers as Obj[])[0]).toMatchObject({ radiusServerAddress: '10.0.0.10' });
    expect(p.aadTenant).toBe("[format('{0}{1}/', environment().authentication.loginEndpoint, parameters('p2sAadTenantId'))]");
    expect(p.aadIssuer).toBe("[format('https://sts.windows.net/{0}/', parameters('p2sAadTenantId'))]");
    expect(p.aadAudience).toBe(AZURE_VPN_CLIENT_AUDIENCE);
    expect(t.parameters!.p2sAadTenantId).toMatchObject({ defaultValue: '11111111-2222-3333-4444-555555555555' });
  });

  it('puts NAT rules on the gateway and refers to them from the connection, which deploys after the gateway', () => {
    const g = one(t, 'virtualNetworkGateways', 'vgw-hub').properties;
    expect(g.natRules).toEqual([
      {
        name: 'ingress-a',
        properties: {
          type: 'Static',
          mode: 'IngressSnat',
          internalMappings: [{ addressSpace: '192.168.1.0/24' }],
          externalMappings: [{ addressSpace: '100.64.1.0/24' }],
          ipConfigurationId: rid('virtualNetworkGateways/ipConfigurations', 'vgw-hub', 'default'),
        },
      },
    ]);
    expect(g.enableBgpRouteTranslationForNat).toBe(true);
    const c = one(t, 'connections', 'cn-a');
    expect(c.properties.ingressNatRules).toEqual([{ id: rid('virtualNetworkGateways/natRules', 'vgw-hub', 'ingress-a') }]);
    expect(c.dependsOn).toContain(rid('virtualNetworkGateways', 'vgw-hub'));
  });

  it('writes an S2S connection with every tunnel setting and an IPsec policy of all eight fields', () => {
    const c = one(t, 'connections', 'cn-a').properties;
    expect(c).toMatchObject({
      connectionType: 'IPsec',
      connectionProtocol: 'IKEv2',
      virtualNetworkGateway1: { id: rid('virtualNetworkGateways', 'vgw-hub') },
      localNetworkGateway2: { id: rid('localNetworkGateways', 'lng-a') },
      enableBgp: true,
      usePolicyBasedTrafficSelectors: false,
      trafficSelectorPolicies: [{ localAddressRanges: ['10.0.0.0/16'], remoteAddressRanges: ['192.168.1.0/24'] }],
      dpdTimeoutSeconds: 45,
      connectionMode: 'Default',
    });
    // Lifetimes the design leaves out get Azure's defaults.
    expect(c.ipsecPolicies).toEqual([
      {
        saLifeTimeSeconds: SA_LIFETIME_DEFAULTS.seconds,
        saDataSizeKilobytes: SA_LIFETIME_DEFAULTS.kilobytes,
        ipsecEncryption: 'AES256',
        ipsecIntegrity: 'SHA256',
        ikeEncryption: 'AES256',
        ikeIntegrity: 'SHA256',
        dhGroup: 'DHGroup14',
        pfsGroup: 'PFS2048',
      },
    ]);
  });

  it('writes each VNet-to-VNet direction as its own Vnet2Vnet connection', () => {
    const forward = one(t, 'connections', 'v2v-1').properties;
    expect(forward).toMatchObject({ connectionType: 'Vnet2Vnet', virtualNetworkGateway1: { id: rid('virtualNetworkGateways', 'vgw-hub') }, virtualNetworkGateway2: { id: rid('virtualNetworkGateways', 'vgw-east') } });
    const reverse = ofType(t, 'connections').find((c) => c.name !== 'v2v-1' && (c.properties.virtualNetworkGateway1 as Obj).id === rid('virtualNetworkGateways', 'vgw-east'))!;
    expect(reverse.properties).toMatchObject({ connectionType: 'Vnet2Vnet', virtualNetworkGateway2: { id: rid('virtualNetworkGateways', 'vgw-hub') } });
    expect(paramName(reverse.properties.sharedKey!)).not.toBe(paramName(forward.sharedKey!));
  });

  it('writes a local network gateway with FQDN, address space and BGP settings', () => {
    expect(one(t, 'localNetworkGateways', 'lng-a').properties).toEqual({
      fqdn: 'vpn.example.com',
      localNetworkAddressSpace: { addressPrefixes: [] },
      bgpSettings: { asn: 64600, bgpPeeringAddress: '169.254.21.2' },
    });
  });

  it('writes both sides of a peering; the side using remote gateways waits for the remote gateway and the transit side', () => {
    const peerings = ofType(t, 'virtualNetworks/virtualNetworkPeerings');
    const hubSide = peerings.find((p) => p.name === "[format('{0}/{1}', 'vnet-hub', 'hub-spoke')]")!;
    const spokeSide = peerings.find((p) => p.name === "[format('{0}/{1}', 'vnet-spoke', 'hub-spoke')]")!;
    expect(hubSide.properties).toEqual({
      remoteVirtualNetwork: { id: rid('virtualNetworks', 'vnet-spoke') },
      allowVirtualNetworkAccess: true,
      allowForwardedTraffic: false,
      allowGatewayTransit: true,
      useRemoteGateways: false,
    });
    expect(spokeSide.properties).toMatchObject({ remoteVirtualNetwork: { id: rid('virtualNetworks', 'vnet-hub') }, allowForwardedTraffic: true, useRemoteGateways: true, allowGatewayTransit: false });
    expect(spokeSide.dependsOn).toEqual(
      expect.arrayContaining([rid('virtualNetworkGateways', 'vgw-hub'), rid('virtualNetworks/virtualNetworkPeerings', 'vnet-hub', 'hub-spoke'), rid('virtualNetworks', 'vnet-spoke'), rid('virtualNetworks', 'vnet-hub')]),
    );
    // The hub side waits for its own VNet's gateway, not for the spoke side.
    expect(hubSide.dependsOn).toContain(rid('virtualNetworkGateways', 'vgw-hub'));
    expect((hubSide.dependsOn as string[]).some((d) => d.includes('virtualNetworkPeerings'))).toBe(false);
  });

  it('reads like a person wrote it: described parameters, symbols from the design names', () => {
    const bicep = exportBicep(doc, opts);
    expect(bicep).toContain("resource vgwHub 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {");
    expect(bicep).toContain('id: vgwHub.id');
    expect(bicep).toContain('param cnASharedKey string');
    const params = [...bicep.matchAll(/^param /gm)].length;
    const described = [...bicep.matchAll(/^@description\('.+'\)\n(?:@secure\(\)\n)?param /gm)].length;
    expect(described).toBe(params);
  });
});

describe('the deployment target', () => {
  it('puts a site no gateway connects to in the deployment location, with a parameter of its own', () => {
    const b = new DesignBuilder('target').deployment({ resourceGroup: 'rg-net', location: 'northeurope' });
    const { gatewayId } = b.hub({ name: 'hub', region: 'westeurope', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const connected = b.site({ name: 'connected', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.1.0/24'] });
    b.site({ name: 'planned', gatewayIpAddress: '203.0.113.2', addressPrefixes: ['192.168.2.0/24'] });
    b.s2s(gatewayId, connected, { name: 'cn' });
    const t = arm(b.build());
    expect(Object.keys(t.parameters!).filter((p) => p.startsWith('location'))).toEqual(['locationWesteurope', 'locationNortheurope']);
    expect(t.parameters!.locationNortheurope!.defaultValue).toBe('northeurope');
    expect(one(t, 'localNetworkGateways', 'planned').location).toBe("[parameters('locationNortheurope')]");
    expect(one(t, 'localNetworkGateways', 'connected').location).toBe("[parameters('locationWesteurope')]");
  });

  it('names the resource group in the metadata and in a quoted deployment command', () => {
    const doc = new DesignBuilder('target').deployment({ resourceGroup: 'rg (net); rm', location: 'westeurope' }).build();
    expect(arm(doc).metadata.resourceGroup).toBe('rg (net); rm');
    const bicep = exportBicep(doc, opts);
    expect(bicep).toContain("// Deploy into the design's resource group: az deployment group create --resource-group 'rg (net); rm' --template-file <this file>");
    expect(bicep).toContain("metadata resourceGroup = 'rg (net); rm'");
  });
});

describe('exports in general', () => {
  it('are deterministic and leave the design untouched', () => {
    const doc = hostileDesign();
    const before = JSON.stringify(doc);
    expect(exportBicep(doc, opts)).toBe(exportBicep(doc, opts));
    expect(exportArm(doc, opts)).toBe(exportArm(doc, opts));
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('export an empty design', () => {
    const empty = load({ schemaVersion: 2, name: 'empty' });
    expect(arm(empty).resources).toEqual([]);
    expect(exportBicep(empty, opts)).toContain("metadata design = 'empty'");
  });

  it('cap root certificates at the 20 Azure accepts, and say so', () => {
    const b = new DesignBuilder('many certificates');
    const { gatewayId } = b.hub({ name: 'v', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'g', sku: 'VpnGw2AZ' });
    b.p2s(gatewayId, { name: 'p', addressPool: ['172.16.0.0/24'], rootCertificateCount: 25 });
    const doc = b.build();
    const gw = one(arm(doc), 'virtualNetworkGateways', 'g');
    expect(((gw.properties.vpnClientConfiguration as Obj).vpnClientRootCertificates as Json[]).length).toBe(20);
    expect(exportBicep(doc, opts)).toContain('The design counts 25 root certificates');
  });
});
