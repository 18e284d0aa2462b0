import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../model/types';
import { generateDesign } from '../testing/generate';
import { parseCanonicalIpv4 } from './address';
import { ByteReader, ByteWriter } from './bytes';
import { decodeCompact, encodeCompact } from './compact';
import { firstDifference, load } from './test-helpers';

/** Encodes and decodes with secrets kept, then loads: the exact round trip of the payload alone. */
function roundTrip(doc: TopologyDocument): TopologyDocument {
  return load(decodeCompact(encodeCompact(doc, true), true));
}

function expectExact(doc: TopologyDocument) {
  const back = roundTrip(doc);
  expect(firstDifference(back, doc)).toBeUndefined();
  expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
}

/** A document with every defaulted field set to something else, and every optional field present. */
const everything = (): TopologyDocument =>
  load({
    schemaVersion: 2,
    name: '',
    deployment: { resourceGroup: 'rg (odd).', location: 'Some Region' },
    vnets: [
      {
        id: 'v1',
        name: 'hub',
        region: 'Some Region',
        cloud: 'AzureUSGovernment',
        addressSpace: ['10.0.0.0/16', 'fd00::/48'],
        subnets: [{ name: 'app', addressPrefix: '10.0.1.0/24', workloads: ['vm1', ''], networkSecurityGroup: true }],
        dnsServers: ['10.0.0.4', 'dns.example.org'],
        expressRouteCoexistence: true,
        expressRouteMaintenanceWindow: { recurrence: 'Monthly', startTime: '23:59', durationHours: 1.25, timeZone: 'Mars/Olympus', region: 'northeurope' },
      },
      { id: 'v2', name: 'spoke' },
    ],
    gateways: [
      {
        id: 'g1',
        name: 'gw',
        vnetId: 'v1',
        sku: 'VpnGw1',
        generation: 'Generation2',
        vpnType: 'PolicyBased',
        activeActive: true,
        publicIps: [{ name: 'pip', sku: 'Basic', allocation: 'Dynamic', zones: ['3', '1'] }, {}],
        bgp: { enabled: true, asn: 2 ** 32 + 10, customApipa: [{ ipConfigurationId: 'custom-cfg', addresses: ['169.254.21.1', 'x'] }] },
        natRules: [{ id: 'n1', name: 'nat', type: 'Dynamic', mode: 'EgressSnat', internalMappings: ['10.0.0.0/24'], externalMappings: ['100.64.0.0/24'], ipConfigurationId: 'default' }],
        enableBgpRouteTranslationForNat: true,
        maintenanceWindow: { startTime: '00:00', durationHours: 0, region: 'eastus' },
        existing: true,
        ipv6: true,
      },
      { id: 'g2', name: 'gw2', vnetId: 'v2', sku: 'Standard', generation: 'Generation2' },
      { id: 'g3', name: 'gw3', vnetId: 'v2', sku: 'SomeFutureSku' },
    ],
    sites: [
      {
        id: 's1',
        name: 'site',
        gatewayIpAddress: '203.0.113.1',
        fqdn: 'vpn.example.org',
        addressPrefixes: ['192.168.0.0/24'],
        bgp: { asn: 0, peerIp: '10.255.0.1', advertisedPrefixes: ['192.168.0.0/16'] },
        device: { vendor: 'ACME', platform: 'FortiGate' },
        behindNat: true,
      },
    ],
    p2sConfigurations: [
      {
        id: 'p1',
        name: 'p2s',
        gatewayId: 'g1',
        addressPool: ['172.16.0.0/24'],
        tunnelTypes: [],
        authTypes: ['AAD', 'Radius', 'AAD'],
        rootCertificateCount: 0,
        plannedClients: { sstp: 1, ikev2: 10_000_000, openvpn: 3 },
        clientOs: ['android', 'linux'],
        usersAtSiteIds: ['s1'],
        radiusServers: [{ address: '10.0.0.9', secret: 's3cret' }, { address: 'radius.local' }],
        aadTenantId: 'tenant',
        aadAudience: '',
        customDnsServers: ['1.1.1.1'],
        deployed: { tunnelTypes: ['SSTP'], authTypes: ['Certificate'], customDnsServers: [] },
      },
    ],
    connections: [
      {
        kind: 's2s',
        id: 'c1',
        name: 'cn',
        gatewayId: 'g1',
        siteId: 's1',
        sharedKey: 'psk',
        enableBgp: true,
        ipsecPolicy: { ikeEncryption: 'Rot13', saLifeTimeSeconds: -5, saDataSizeKilobytes: 2 ** 53 - 1 },
        dpdTimeoutSeconds: 0,
        connectionMode: 'InitiatorOnly',
        plannedBandwidthMbps: 0.1,
        protocol: 'IKEv1',
        usePolicyBasedTrafficSelectors: true,
        trafficSelectorPolicies: [{ localAddressRanges: ['10.0.0.0/16'], remoteAddressRanges: [] }, {}],
        ingressNatRuleIds: ['n1', 'not-a-rule'],
        egressNatRuleIds: ['n1'],
      },
      { kind: 'vnet2vnet', id: 'c2', name: 'v2v', gatewayId: 'g1', remoteGatewayId: 'g2', ipsecPolicy: {} },
      {
        kind: 'peering',
        id: 'c3',
        name: 'peer',
        vnetId: 'v1',
        remoteVnetId: 'v2',
        local: { allowVirtualNetworkAccess: false, allowForwardedTraffic: true, allowGatewayTransit: true, useRemoteGateways: true },
        remote: { useRemoteGateways: true },
      },
    ],
    layout: { positions: { v1: { x: -0, y: 1e300 }, n1: { x: 0.1, y: -(2 ** 60) }, 'free note': { x: 1, y: 2 }, constructor: { x: 3, y: 4 } } },
  });

describe('compact encoding', () => {
  it('restores a document that sets every field, exactly', () => {
    const doc = everything();
    expectExact(doc);
    expect(Object.is(roundTrip(doc).layout.positions.v1!.x, -0)).toBe(true);
  });

  it('restores generated designs exactly', () => {
    expectExact(generateDesign(200, 3));
  });

  it('writes back the schema defaults for what it leaves out', () => {
    const minimal = {
      schemaVersion: 2,
      vnets: [{ id: 'v', name: 'v' }],
      gateways: [{ id: 'g', name: 'g', vnetId: 'v' }, { id: 'g1', name: 'g1', vnetId: 'v', sku: 'Basic' }],
      sites: [{ id: 's', name: 's' }],
      p2sConfigurations: [{ id: 'p', name: 'p', gatewayId: 'g' }],
      connections: [
        { kind: 's2s', id: 'c1', name: 'c1', gatewayId: 'g', siteId: 's' },
        { kind: 'vnet2vnet', id: 'c2', name: 'c2', gatewayId: 'g', remoteGatewayId: 'g' },
        { kind: 'peering', id: 'c3', name: 'c3', vnetId: 'v', remoteVnetId: 'v' },
      ],
    };
    const doc = load(minimal);
    const raw = decodeCompact(encodeCompact(doc, false), false);
    // the decoder's own (frozen) defaults equal the schema's, field by field, before the loader runs;
    // only the generation the loader filled in is left to it again
    const gateways = raw.gateways as Record<string, unknown>[];
    expect(gateways.map((g) => g.generation)).toEqual([undefined, undefined]);
    expect(raw).toEqual({ ...doc, gateways: doc.gateways.map(({ generation: _, ...g }) => g) });
    // and they cost nothing: ids, names and references only
    expect(encodeCompact(doc, false).length).toBeLessThan(80);
  });

  it('keeps a generation given explicitly in its place, even when it is the default', () => {
    const doc = load({ schemaVersion: 2, vnets: [{ id: 'v', name: 'v' }], gateways: [{ id: 'g', name: 'g', vnetId: 'v', sku: 'VpnGw1', generation: 'Generation1' }] });
    expect(Object.keys(doc.gateways[0]!).indexOf('generation')).toBe(4);
    expectExact(doc);
  });

  it('keeps ids exactly: UUIDs as bytes, numbered ids relative to the previous one, anything else as text', () => {
    const ids = [
      '3f2504e0-4f89-41d3-9a0c-0305e82c3301', '3F2504E0-4F89-41D3-9A0C-0305E82C3301', 'vnet-007', 'vnet-7', 'x0', '0', '12',
      '123456789012345678', 'a\n5', 'v-999999999999999', 'v-1', '', ' 1',
    ];
    const doc = load({
      schemaVersion: 2,
      vnets: ids.map((id) => ({ id: id || 'empty-not-allowed', name: id })),
      layout: { positions: Object.fromEntries(ids.filter(Boolean).map((id, i) => [id, { x: i, y: -i }])) },
    });
    expectExact(doc);
    const uuidOnly = load({ schemaVersion: 2, vnets: [{ id: ids[0], name: '' }] });
    expect(encodeCompact(uuidOnly, false).length).toBeLessThan(24);
  });

  it('keeps address text exactly as typed, canonical or not', () => {
    const texts = [
      '10.0.0.0/16', '10.0.0.1/16', '0.0.0.0/0', '255.255.255.255/32', '1.2.3.4', '10.00.0.0/16', '010.0.0.0/8',
      '10.0.0.0/33', '10.0.0.0/08', '256.1.1.1/24', '10.0.0/24', ' 10.0.0.0/16', '10.0.0.0/16 ', '2001:db8::/48',
      '', '/', '1.2.3.4/', '１.2.3.4/8', '10.0.0.0/-1', '1e1.0.0.0/8',
    ];
    const doc = load({ schemaVersion: 2, vnets: [{ id: 'v', name: 'v', addressSpace: texts, dnsServers: texts.slice(0, 50) }] });
    expectExact(doc);
  });

  it('reads as IPv4 bytes only text that prints back identically', () => {
    expect(parseCanonicalIpv4('10.0.0.1/16')).toEqual({ bytes: [10, 0, 0, 1], length: 16 });
    expect(parseCanonicalIpv4('1.2.3.4')).toEqual({ bytes: [1, 2, 3, 4], length: -1 });
    for (const t of ['10.00.0.0/16', '10.0.0.0/08', '256.0.0.0/8', '10.0.0.0/33', '1.2.3']) expect(parseCanonicalIpv4(t)).toBeUndefined();
  });

  it('keeps unusual text exactly: lone surrogates, a leading BOM, emoji, ids named like prototype keys', () => {
    const names = ['\uD800', 'a\uDC00b', '\uFEFFbom', '🛰️ hub', '__proto__', 'constructor', 'x'.repeat(200), ''];
    const doc = load({
      schemaVersion: 2,
      name: '\uDBFF',
      vnets: names.map((name, i) => ({ id: i === 0 ? '__proto__' : i === 1 ? 'constructor' : `v${i}\uD83D`, name })),
      connections: [{ kind: 'peering', id: 'hasOwnProperty', name: 'p', vnetId: '__proto__', remoteVnetId: 'constructor' }],
      layout: { positions: { constructor: { x: 1, y: 1 }, hasOwnProperty: { x: 2, y: 2 }, toString: { x: 3, y: 3 } } },
    });
    expectExact(doc);
  });

  it('keeps any number exactly', () => {
    const values = [0, -0, 1, -1, 0.5, 1 / 3, 2 ** 50, -(2 ** 50), 2 ** 50 + 1, 2 ** 53 - 1, -(2 ** 53), 1e308, -1e-308, 5e-324];
    for (const v of values) {
      const w = new ByteWriter();
      w.number(v);
      const back = new ByteReader(w.finish()).number();
      expect(Object.is(back, v)).toBe(true);
    }
  });

  it('round-trips arbitrary names, ids, prefixes and positions (property)', () => {
    const textArb = fc.string({ maxLength: 40, unit: 'binary' });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.oneof(textArb, fc.ipV4().map((a) => `${a}/24`), fc.ipV4()), { maxLength: 6 }),
        textArb,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 2 ** 32 + 10 }),
        (ids, prefixes, name, x, asn) => {
          const [v, g, s] = ids as [string, string, string];
          const doc = load({
            schemaVersion: 2,
            name,
            vnets: [{ id: v, name, addressSpace: prefixes }],
            gateways: [{ id: g, name: g, vnetId: v, bgp: { enabled: true, asn } }],
            sites: [{ id: s, name, addressPrefixes: prefixes, ...(prefixes[0] === undefined ? {} : { gatewayIpAddress: prefixes[0] }) }],
            connections: [{ kind: 's2s', id: `${v}${g}${s}`, name, gatewayId: g, siteId: s, plannedBandwidthMbps: Math.abs(x) % 1_000_000 }],
            layout: { positions: { [v]: { x, y: -x }, [name]: { x: 0, y: x } } },
          });
          expect(firstDifference(roundTrip(doc), doc)).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});
