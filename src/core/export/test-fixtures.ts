/** Test-only fixtures of the exporters (Node file access): the shipped examples, generated and hostile designs. */
import { fileURLToPath } from 'node:url';
import type { TopologyDocument, TopologyDocumentInput } from '../model/types';
import { generateDesign } from '../testing/generate';
import { load } from '../testing/examples';
export { EXAMPLES_DIR, load, loadExamples, secretsOf } from '../testing/examples';

export const GOLDEN_DIR = fileURLToPath(new URL('./__golden__/', import.meta.url));

export interface NamedDesign {
  /** File-safe name: the example's file name without .json, or a made-up one. */
  readonly name: string;
  readonly doc: TopologyDocument;
}

/** Seeded designs of about 60 elements from the benchmark generator. */
export function generatedDesigns(seeds: readonly number[] = [1, 2, 3]): NamedDesign[] {
  return seeds.map((seed) => ({ name: `generated-60-seed-${seed}`, doc: generateDesign(60, seed) }));
}

/** Text that tries every way of breaking out of a Bicep or JSON string, a comment or an expression. */
const EVIL_FULL = `it's "quoted" \${injected} \\ back\\slash {0} [x] */ // \n new line\r\n\t tab \u2028 \u0085 \u0000 nul é 🚀 \u200d \uFEFF \u202e reversed ''`;

/**
 * The same in ASCII only: `bicep decompile` 0.49.2 writes U+2028, U+0085, U+200D and U+FEFF unescaped into
 * strings, and makes symbols with letters such as "é" from resource names, then cannot parse its own
 * Bicep. For the decompile round trip, which tests our JSON, not the decompiler.
 */
// eslint-disable-next-line no-control-regex
const EVIL_DECOMPILABLE = EVIL_FULL.replace(/[^\u0000-\u007f]/g, '');

/**
 * A design whose names and values are as hostile as the schema lets them be: quotes, `${}`, backslashes,
 * newlines, control characters, lone surrogates, emoji, names that are Bicep keywords or function names,
 * names with "/", duplicate names, names that look like ARM expressions, and two regions.
 * `decompilable` leaves out what `bicep decompile` cannot take: the characters above, an empty name, and
 * resources named `description` or `environment` (it makes symbols of those names, which hide the
 * decorator and the function of the same name in the Bicep it writes).
 */
export function hostileDesign({ decompilable = false }: { decompilable?: boolean } = {}): TopologyDocument {
  const EVIL = decompilable ? EVIL_DECOMPILABLE : EVIL_FULL;
  const input: TopologyDocumentInput = {
    schemaVersion: 2,
    name: `Hostile ${EVIL}`,
    vnets: [
      {
        id: 'v1',
        name: `[hub] ${EVIL}`,
        region: `west'europe \${x}`,
        addressSpace: ['10.0.0.0/16', `10.1.0.0/16'\${x}`],
        subnets: [
          { name: 'GatewaySubnet', addressPrefix: '10.0.255.0/27' },
          { name: `snet ${EVIL}`, addressPrefix: '10.0.1.0/24', networkSecurityGroup: true },
        ],
        dnsServers: ['10.0.0.4', `dns'\${x}`],
      },
      { id: 'v2', name: 'resource', region: 'eastus', addressSpace: ['10.2.0.0/16'], subnets: [{ name: 'GatewaySubnet', addressPrefix: '10.2.255.0/27' }] },
      { id: 'v3', name: 'param', region: 'eastus', addressSpace: ['10.3.0.0/16'] },
      { id: 'v4', name: '123', region: 'eastus', addressSpace: ['10.4.0.0/16'] },
      { id: 'v5', name: decompilable ? 'resume/unicode' : 'résumé/ünïcödé 🚀', region: 'eastus', addressSpace: ['10.5.0.0/16'] },
      { id: 'v6', name: 'RESOURCE', region: 'eastus', addressSpace: ['10.6.0.0/16'] },
      { id: 'v7', name: decompilable ? 'descriptions' : 'description', region: 'eastus', addressSpace: ['10.7.0.0/16'] },
      { id: 'v8', name: decompilable ? 'empty' : '', region: 'eastus', addressSpace: ['10.8.0.0/16'] },
      { id: 'v9', name: decompilable ? 'lone surrogate' : '\ud800lone surrogate', region: 'eastus', addressSpace: ['10.9.0.0/16'] },
    ],
    gateways: [
      {
        id: 'g1',
        name: `resourceId ${EVIL}`,
        vnetId: 'v1',
        sku: 'VpnGw2AZ',
        activeActive: true,
        publicIps: [{ name: `pip ${EVIL}`, zones: ['1'] }, { name: '' }],
        bgp: {
          enabled: true,
          asn: 4_294_967_294,
          customApipa: [
            { ipConfigurationId: 'default', addresses: ['169.254.21.1'] },
            { ipConfigurationId: `active'Active\${x}`, addresses: ['169.254.22.1', `169.254.22.2'`] },
          ],
        },
        natRules: [
          { id: 'n1', name: `nat ${EVIL}`, mode: 'IngressSnat', internalMappings: ['192.168.1.0/24'], externalMappings: ['100.64.1.0/24'], ipConfigurationId: 'default' },
          { id: 'n2', name: 'nat/with/slashes', type: 'Dynamic', mode: 'EgressSnat', internalMappings: ['10.0.0.0/24'], externalMappings: ['100.65.0.0/26'] },
        ],
        enableBgpRouteTranslationForNat: true,
      },
      { id: 'g2', name: decompilable ? 'environments' : 'environment', vnetId: 'v2', sku: 'Basic', generation: 'Generation1', publicIps: [{ sku: 'Standard' }] },
      { id: 'g3', name: 'gw/slash', vnetId: 'v2', sku: 'VpnGw1', vpnType: 'PolicyBased', existing: true },
    ],
    sites: [
      {
        id: 's1',
        name: `site ${EVIL}`,
        fqdn: `vpn.example.com'\${x}`,
        addressPrefixes: ['192.168.1.0/24'],
        bgp: { asn: 65001, peerIp: `169.254.21.2'\${x}` },
      },
      { id: 's2', name: 'location', gatewayIpAddress: '203.0.113.9', addressPrefixes: [] },
      { id: 's3', name: 'orphan' },
      { id: 's4', name: '[site]', gatewayIpAddress: '198.51.100.4', addressPrefixes: ['192.168.4.0/24'] },
    ],
    p2sConfigurations: [
      {
        id: 'p1',
        name: `p2s ${EVIL}`,
        gatewayId: 'g1',
        addressPool: ['172.16.0.0/24'],
        tunnelTypes: ['IkeV2', 'OpenVPN'],
        authTypes: ['Certificate', 'Radius', 'AAD'],
        rootCertificateCount: 22,
        radiusServers: [
          { address: `10.0.0.10'\${x}`, secret: 'RadiusSecret-One-8f3k' },
          { address: '10.0.0.11', secret: `Radius'\${evil}\\Secret` },
        ],
        aadTenantId: `tenant'{0}\${x}`,
        aadAudience: `aud'\${x}`,
      },
      { id: 'p2', name: 'second', gatewayId: 'g1', addressPool: ['172.17.0.0/24'] },
    ],
    connections: [
      {
        kind: 's2s',
        id: 'c1',
        name: `cn ${EVIL}`,
        gatewayId: 'g1',
        siteId: 's1',
        sharedKey: `PSK'\${secret}\\"-Key-9x7z`,
        protocol: 'IKEv1',
        enableBgp: true,
        usePolicyBasedTrafficSelectors: true,
        trafficSelectorPolicies: [{ localAddressRanges: ['10.0.0.0/16'], remoteAddressRanges: [`192.168.1.0/24'`] }],
        ipsecPolicy: { ikeEncryption: `AES256'\${x}`, ikeIntegrity: 'SHA256' },
        dpdTimeoutSeconds: -5,
        connectionMode: 'ResponderOnly',
        ingressNatRuleIds: ['n1'],
        egressNatRuleIds: ['n2'],
      },
      { kind: 's2s', id: 'c2', name: 'dup', gatewayId: 'g2', siteId: 's2', sharedKey: 'DuplicateNameKey-1q2w' },
      { kind: 's2s', id: 'c3', name: 'DUP', gatewayId: 'g2', siteId: 's2', sharedKey: 'DuplicateNameKey-3e4r' },
      { kind: 'vnet2vnet', id: 'c4', name: 'for', gatewayId: 'g1', remoteGatewayId: 'g2', sharedKey: 'V2vKey-For-5t6y' },
      { kind: 'vnet2vnet', id: 'c5', name: 'if', gatewayId: 'g2', remoteGatewayId: 'g1', sharedKey: '' },
      {
        kind: 'peering',
        id: 'pe1',
        name: `peer ${EVIL}`,
        vnetId: 'v1',
        remoteVnetId: 'v3',
        local: { allowGatewayTransit: true },
        remote: { useRemoteGateways: true },
      },
      { kind: 'peering', id: 'pe2', name: 'both-use-remote', vnetId: 'v1', remoteVnetId: 'v2', local: { useRemoteGateways: true }, remote: { useRemoteGateways: true } },
      { kind: 'peering', id: 'pe3', name: 'self', vnetId: 'v4', remoteVnetId: 'v4' },
      { kind: 'peering', id: 'pe4', name: 'existing', vnetId: 'v5', remoteVnetId: 'v6' },
    ],
  };
  return load(input);
}
