import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const inRule = (type: 'Static' | 'Dynamic' = 'Static', external = '100.64.0.0/16') => ({
  id: 'in',
  name: 'in',
  type,
  mode: 'IngressSnat' as const,
  internalMappings: ['10.0.0.0/16'],
  externalMappings: [external],
});
const outRule = { id: 'out', name: 'out', mode: 'EgressSnat' as const, internalMappings: ['10.0.0.0/16'], externalMappings: ['100.65.0.0/16'] };

function design(o: { peerIp: string; translation?: boolean; ingress?: string[]; rule?: ReturnType<typeof inRule>; sitePrefixes?: string[] }) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'gw',
    bgp: { enabled: true, asn: 65515 },
    enableBgpRouteTranslationForNat: o.translation ?? true,
    natRules: [o.rule ?? inRule(), outRule],
  });
  const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: o.sitePrefixes ?? ['10.0.0.0/16'], bgp: { asn: 65010, peerIp: o.peerIp } });
  const c = b.s2s(gatewayId, site, { name: 'to-branch', enableBgp: true, ingressNatRuleIds: o.ingress ?? ['in'], egressNatRuleIds: ['out'] });
  return { b, gatewayId, site, c };
}

describe('nat/bgp-translation', () => {
  it('warns when BGP route translation is off on a gateway with BGP NAT connections, and turns it on', () => {
    const { b, gatewayId, c } = design({ peerIp: '100.64.0.1', translation: false });
    const doc = b.build();
    const [d, ...rest] = findings(doc, 'nat/bgp-translation');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [gatewayId, c].sort(), detail: 'route-translation' });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.gateways[0]!.enableBgpRouteTranslationForNat).toBe(true);
    expect(doc.gateways[0]!.enableBgpRouteTranslationForNat).toBe(false);
    expect(findings(fixed, 'nat/bgp-translation')).toEqual([]);
  });

  it('fires when the peer IP is the pre-NAT address and offers the translated one', () => {
    const { b, site, c } = design({ peerIp: '10.0.0.1' });
    const doc = b.build();
    const [d, ...rest] = findings(doc, 'nat/bgp-translation');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [site, c, 'in'].sort(), detail: 'peer-pre-nat' });
    expect(d!.data).toMatchObject({ peerIp: '10.0.0.1', postNat: '100.64.0.1' });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.sites[0]!.bgp!.peerIp).toBe('100.64.0.1');
    expect(findings(fixed, 'nat/bgp-translation')).toEqual([]);
  });

  it('names the external pool instead of an address for a dynamic rule', () => {
    const { b } = design({ peerIp: '10.0.0.1', rule: inRule('Dynamic', '100.64.0.0/26') });
    const [d] = findings(b.build(), 'nat/bgp-translation');
    expect(d!.detail).toBe('peer-pre-nat');
    expect(d!.data).toMatchObject({ externalPool: '100.64.0.0/26' });
    expect(d!.fix!.autofix).toBeUndefined();
  });

  it('fires when the peer IP sits in a site space that collides with the VNet and nothing translates it', () => {
    const { b, site, c } = design({ peerIp: '10.0.9.1', ingress: [] });
    const [d, ...rest] = findings(b.build(), 'nat/bgp-translation');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [site, c].sort(), detail: 'peer-untranslated' });
    expect(d!.data).toMatchObject({ prefix: '10.0.0.0/16' });
  });

  it('fires on NAT with an APIPA BGP peer (the FAQ reading)', () => {
    const { b, site, c } = design({ peerIp: '169.254.21.5' });
    const [d, ...rest] = findings(b.build(), 'nat/bgp-translation');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [site, c].sort(), detail: 'apipa' });
  });

  it('does not fire when the peer IP is the post-NAT address and route translation is on', () => {
    expect(findings(design({ peerIp: '100.64.0.1' }).b.build(), 'nat/bgp-translation')).toEqual([]);
  });

  it('does not fire on a peer IP outside any colliding space', () => {
    expect(findings(design({ peerIp: '192.168.255.1' }).b.build(), 'nat/bgp-translation')).toEqual([]);
  });

  it('does not fire on a BGP connection without NAT', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw', bgp: { enabled: true, asn: 65515 } });
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', bgp: { asn: 65010, peerIp: '169.254.21.5' } });
    b.s2s(gatewayId, site, { name: 'c', enableBgp: true });
    expect(findings(b.build(), 'nat/bgp-translation')).toEqual([]);
  });

  describe('a peer IP that collides with another network of the gateway (FAQ: "or other on-premises network spaces")', () => {
    /** Site s2 (172.16.0.0/24, translated by an IngressSnat rule) on a BGP connection, next to site s1 (192.168.0.0/24) without NAT. */
    function twoSites(peerIp: string, extra: (b: DesignBuilder, gatewayId: string) => string | undefined = () => undefined) {
      const b = new DesignBuilder();
      const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
        name: 'gw',
        bgp: { enabled: true, asn: 65515 },
        enableBgpRouteTranslationForNat: true,
        natRules: [{ id: 'in-s2', name: 'in-s2', mode: 'IngressSnat', internalMappings: ['172.16.0.0/24'], externalMappings: ['100.64.0.0/24'] }],
      });
      const s1 = b.site({ name: 's1', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/24'] });
      b.s2s(gatewayId, s1, { name: 'to-s1' });
      const s2 = b.site({ name: 's2', gatewayIpAddress: '203.0.113.2', addressPrefixes: ['172.16.0.0/24'], bgp: { asn: 65020, peerIp } });
      const c2 = b.s2s(gatewayId, s2, { name: 'to-s2', enableBgp: true, ingressNatRuleIds: ['in-s2'] });
      const other = extra(b, gatewayId);
      return { doc: b.build(), s1, s2, c2, other };
    }

    it('fires when the peer IP lies inside another site\'s space', () => {
      const { doc, s1, s2, c2 } = twoSites('192.168.0.1');
      const [d, ...rest] = findings(doc, 'nat/bgp-translation');
      expect(rest).toEqual([]);
      expect(summary(d!)).toEqual({ severity: 'error', elementIds: [s2, c2, s1].sort(), detail: 'peer-untranslated' });
      expect(d!.data).toEqual({ peerIp: '192.168.0.1', prefix: '192.168.0.0/24', ownerId: s1, ownerKind: 'site' });
      expect(d!.message).toContain('site s1');
    });

    it('fires when the peer IP lies inside a P2S pool of the gateway', () => {
      const { doc, s2, c2, other } = twoSites('172.31.0.9', (b, gatewayId) => b.p2s(gatewayId, { name: 'pool', addressPool: ['172.31.0.0/24'] }));
      const [d, ...rest] = findings(doc, 'nat/bgp-translation');
      expect(rest).toEqual([]);
      expect(summary(d!)).toEqual({ severity: 'error', elementIds: [s2, c2, other!].sort(), detail: 'peer-untranslated' });
      expect(d!.data).toMatchObject({ ownerId: other, ownerKind: 'p2s', prefix: '172.31.0.0/24' });
    });

    it('fires when the peer IP lies inside a VNet reached over VNet-to-VNet', () => {
      const { doc, other } = twoSites('10.50.0.4', (b, gatewayId) => {
        const far = b.hub({ name: 'far', addressSpace: ['10.50.0.0/16'], gatewaySubnet: '10.50.255.0/27' }, { name: 'far-gw' });
        b.v2v(gatewayId, far.gatewayId, { sharedKey: 'k' });
        return far.vnetId;
      });
      const [d] = findings(doc, 'nat/bgp-translation');
      expect(d!.detail).toBe('peer-untranslated');
      expect(d!.data).toMatchObject({ ownerId: other, ownerKind: 'vnet' });
    });

    it('does not fire when the other network does not hold the peer IP, or the peer IP is the post-NAT address', () => {
      expect(findings(twoSites('192.168.1.1').doc, 'nat/bgp-translation')).toEqual([]);
      expect(findings(twoSites('100.64.0.1').doc, 'nat/bgp-translation')).toEqual([]);
    });

    it('leaves a peer IP inside the gateway\'s own VNet to bgp/peer-ip', () => {
      const { doc } = twoSites('10.0.1.1');
      expect(findings(doc, 'nat/bgp-translation')).toEqual([]);
      expect(findings(doc, 'bgp/peer-ip').map((d) => d.detail)).toEqual(['vnet-space']);
    });
  });
});
