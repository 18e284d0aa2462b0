import { defaultGeneration } from '../facts/skus';
import { DEFAULT_DEPLOYMENT } from '../model/deployment';
import type { TopologyDocument } from '../model/types';
import { ByteReader, ByteWriter, CorruptPayload } from './bytes';
import { address, choice, def, flag, list, number, object, opt, req, secret, text, union } from './codec';
import { decodeContext, encodeContext, type Codec } from './context';
import * as D from './dictionary';
import { ownId, positions, ref } from './ids';

/**
 * The positional layout of a document in link formats 1 and 2. Field order and defaults here ARE the
 * format: append new fields at the end of an object only with a new link version. Defaults are the
 * schema's (a test checks they still agree), and the decoder writes them back explicitly, so a link
 * always means what it meant when it was made. (The one value left to the loader is a gateway's
 * implied generation, which a saved file leaves to it too.)
 */

const addresses = list(address);
const texts = list(text);

const maintenanceWindow = object([
  def('recurrence', choice(D.RECURRENCES), 'Daily'),
  req('startTime', text),
  req('durationHours', number),
  def('timeZone', choice(D.TIME_ZONES), 'UTC'),
  req('region', choice(D.REGIONS)),
]);

const subnet = object([
  req('name', choice(D.SUBNET_NAMES)),
  req('addressPrefix', address),
  def('workloads', texts, []),
  flag('networkSecurityGroup'),
]);

const vnet = object([
  req('id', ownId('vnet')),
  req('name', text),
  def('region', choice(D.REGIONS), 'westeurope'),
  def('cloud', choice(D.CLOUDS), 'AzureCloud'),
  def('addressSpace', addresses, []),
  def('subnets', list(subnet), []),
  def('dnsServers', addresses, []),
  flag('expressRouteCoexistence'),
  opt('expressRouteMaintenanceWindow', maintenanceWindow),
]);

const publicIp = object([
  opt('name', text),
  def('sku', choice(D.PUBLIC_IP_SKUS), 'Standard'),
  def('allocation', choice(D.ALLOCATIONS), 'Static'),
  def('zones', list(choice(D.ZONES)), []),
]);

const natRule = object([
  req('id', ownId('nat')),
  req('name', text),
  def('type', choice(D.NAT_TYPES), 'Static'),
  req('mode', choice(D.NAT_MODES)),
  def('internalMappings', addresses, []),
  def('externalMappings', addresses, []),
  opt('ipConfigurationId', choice(D.IP_CONFIGURATIONS)),
]);

const gatewayBgp = object([
  flag('enabled'),
  def('asn', number, 65515),
  def('customApipa', list(object([req('ipConfigurationId', choice(D.IP_CONFIGURATIONS)), def('addresses', addresses, [])])), []),
]);

/**
 * A gateway's generation goes without saying when the loader filled it in: it then equals the SKU's
 * default and, added by the schema's transform, comes last. Left out, it is filled in the same way
 * again (the same default, the same key order), just as for a saved file that leaves it out.
 */
const impliedGeneration = (v: unknown, g: Record<string, unknown>): boolean => {
  const keys = Object.keys(g);
  return typeof g.sku === 'string' && v === defaultGeneration(g.sku) && keys[keys.length - 1] === 'generation';
};

const gateway = object([
  req('id', ownId('gateway')),
  req('name', text),
  req('vnetId', ref('vnet')),
  def('sku', choice(D.SKUS), 'VpnGw2AZ'),
  opt('generation', choice(D.GENERATIONS), impliedGeneration),
  def('vpnType', choice(D.VPN_TYPES), 'RouteBased'),
  flag('activeActive'),
  def('publicIps', list(publicIp), [{ sku: 'Standard', allocation: 'Static', zones: [] }]),
  def('bgp', gatewayBgp, { enabled: false, asn: 65515, customApipa: [] }),
  def('natRules', list(natRule), []),
  flag('enableBgpRouteTranslationForNat'),
  opt('maintenanceWindow', maintenanceWindow),
  flag('existing'),
  flag('ipv6'),
]);

const site = object([
  req('id', ownId('site')),
  req('name', text),
  opt('gatewayIpAddress', address),
  opt('fqdn', text),
  def('addressPrefixes', addresses, []),
  opt('bgp', object([req('asn', number), req('peerIp', address), def('advertisedPrefixes', addresses, [])])),
  def('device', object([def('vendor', choice(D.DEVICE_VENDORS), ''), def('platform', choice(D.DEVICE_PLATFORMS), '')]), { vendor: '', platform: '' }),
  flag('behindNat'),
]);

const tunnelTypes = list(choice(D.TUNNEL_TYPES));
const authTypes = list(choice(D.AUTH_TYPES));

const p2s = object([
  req('id', ownId()),
  req('name', text),
  req('gatewayId', ref('gateway')),
  def('addressPool', addresses, []),
  def('tunnelTypes', tunnelTypes, ['IkeV2', 'OpenVPN']),
  def('authTypes', authTypes, ['Certificate']),
  def('rootCertificateCount', number, 1),
  def('plannedClients', object([def('sstp', number, 0), def('ikev2', number, 0), def('openvpn', number, 0)]), { sstp: 0, ikev2: 0, openvpn: 0 }),
  def('clientOs', list(choice(D.CLIENT_OS)), ['windows10-2004']),
  def('usersAtSiteIds', list(ref('site')), []),
  def('radiusServers', list(object([req('address', address), secret('secret')])), []),
  opt('aadTenantId', text),
  opt('aadAudience', text),
  def('customDnsServers', addresses, []),
  opt('deployed', object([def('tunnelTypes', tunnelTypes, []), def('authTypes', authTypes, []), def('customDnsServers', addresses, [])])),
]);

const ipsecValue = choice(D.IPSEC_VALUES);
const ipsecPolicy = object([
  opt('ikeEncryption', ipsecValue),
  opt('ikeIntegrity', ipsecValue),
  opt('dhGroup', ipsecValue),
  opt('ipsecEncryption', ipsecValue),
  opt('ipsecIntegrity', ipsecValue),
  opt('pfsGroup', ipsecValue),
  opt('saLifeTimeSeconds', number),
  opt('saDataSizeKilobytes', number),
]);

const tunnel = [
  req('id', ownId()),
  req('name', text),
  secret('sharedKey'),
  flag('enableBgp'),
  opt('ipsecPolicy', ipsecPolicy),
  def('dpdTimeoutSeconds', number, 45),
  def('connectionMode', choice(D.CONNECTION_MODES), 'Default'),
  def('plannedBandwidthMbps', number, 0),
];

const s2s = object([
  ...tunnel,
  req('gatewayId', ref('gateway')),
  req('siteId', ref('site')),
  def('protocol', choice(D.IKE_PROTOCOLS), 'IKEv2'),
  flag('usePolicyBasedTrafficSelectors'),
  def('trafficSelectorPolicies', list(object([def('localAddressRanges', addresses, []), def('remoteAddressRanges', addresses, [])])), []),
  def('ingressNatRuleIds', list(ref('nat')), []),
  def('egressNatRuleIds', list(ref('nat')), []),
]);

const v2v = object([...tunnel, req('gatewayId', ref('gateway')), req('remoteGatewayId', ref('gateway'))]);

const PEERING_SIDE = { allowVirtualNetworkAccess: true, allowForwardedTraffic: false, allowGatewayTransit: false, useRemoteGateways: false };
const peeringSide = object([flag('allowVirtualNetworkAccess', true), flag('allowForwardedTraffic'), flag('allowGatewayTransit'), flag('useRemoteGateways')]);
const peering = object([
  req('id', ownId()),
  req('name', text),
  req('vnetId', ref('vnet')),
  req('remoteVnetId', ref('vnet')),
  def('local', peeringSide, PEERING_SIDE),
  def('remote', peeringSide, PEERING_SIDE),
]);

const connection = union(D.CONNECTION_KINDS, { s2s, vnet2vnet: v2v, peering });

const point = object([req('x', number), req('y', number)]);

/** The deployment target, new in link format 2 (schema version 2). */
const deployment = object([
  def('resourceGroup', text, DEFAULT_DEPLOYMENT.resourceGroup),
  def('location', choice(D.REGIONS), DEFAULT_DEPLOYMENT.location),
]);

/** The whole document of link format 1 (schema version 1). Element lists come in reference order, so every reference points back. */
const documentFieldsV1 = [
  def('name', text, 'Untitled design'),
  def('vnets', list(vnet), []),
  def('gateways', list(gateway), []),
  def('sites', list(site), []),
  def('p2sConfigurations', list(p2s), []),
  def('connections', list(connection), []),
  def('layout', object([def('positions', positions(point), {})]), { positions: {} }),
];

/**
 * Each link format: its document codec and the schema version its payload describes. Format 2 is
 * format 1 with the deployment target appended, so a format 1 payload reads as a version 1 document
 * that the loader then migrates.
 */
const FORMATS = {
  1: { codec: object(documentFieldsV1), schemaVersion: 1 },
  2: { codec: object([...documentFieldsV1, def('deployment', deployment, { ...DEFAULT_DEPLOYMENT })]), schemaVersion: 2 },
} as const;

export type PayloadFormat = keyof typeof FORMATS;
/** The format this release writes. */
export const CURRENT_PAYLOAD_FORMAT = 2 satisfies PayloadFormat;
/** Every format this release reads. */
export const PAYLOAD_FORMATS = Object.keys(FORMATS).map(Number) as PayloadFormat[];

const documentCodec: Codec = FORMATS[CURRENT_PAYLOAD_FORMAT].codec;

/** Writes a document in the current compact form; secrets only when `secrets` is true. Throws on a document the schema would refuse. */
export function encodeCompact(doc: TopologyDocument, secrets: boolean): Uint8Array {
  const w = new ByteWriter();
  documentCodec.write(w, doc, encodeContext(secrets));
  return w.finish();
}

/**
 * Reads the compact form of the given format back into loader input (not yet checked by the schema),
 * with the schema version that format describes. Throws `CorruptPayload` on malformed bytes, including
 * bytes left over at the end.
 */
export function decodeCompact(bytes: Uint8Array, secrets: boolean, format: PayloadFormat = CURRENT_PAYLOAD_FORMAT): Record<string, unknown> {
  const { codec, schemaVersion } = FORMATS[format];
  const r = new ByteReader(bytes);
  const body = codec.read(r, decodeContext(secrets)) as Record<string, unknown>;
  if (!r.atEnd) throw new CorruptPayload(`${r.remaining} unexpected bytes follow the design`);
  return { schemaVersion, ...body };
}
