import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function hub(b: DesignBuilder, name: string, octet: number, bgp = true) {
  return b.hub({ name, addressSpace: [`10.${octet}.0.0/16`], gatewaySubnet: `10.${octet}.255.0/27` }, {
    name: `${name}-gw`,
    bgp: { enabled: bgp, asn: 65000 + octet },
  });
}

describe('bgp/transit', () => {
  it('notes once per pair that a VNet-to-VNet link without BGP does not carry the S2S site behind it', () => {
    const b = new DesignBuilder();
    const h = hub(b, 'hub', 0);
    const s = hub(b, 'spoke', 1);
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    b.s2s(h.gatewayId, site, { name: 'to-branch' });
    const [ab, ba] = b.v2v(h.gatewayId, s.gatewayId, { enableBgp: false });
    const found = findings(b.build(), 'bgp/transit');
    expect(found.map(summary)).toEqual([
      { severity: 'info', elementIds: [ab, ba, h.gatewayId, s.gatewayId].sort(), detail: 'no-bgp-hop' },
    ]);
    expect(found[0]!.data).toMatchObject({ reason: 'connection' });
    expect(found[0]!.message).toContain('site branch');
    expect(found[0]!.message).toContain('VNet spoke');
  });

  it('does not note a link with BGP on both connections and both gateways', () => {
    const b = new DesignBuilder();
    const h = hub(b, 'hub', 0);
    const s = hub(b, 'spoke', 1);
    const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', addressPrefixes: ['192.168.0.0/16'] });
    b.s2s(h.gatewayId, site, { name: 'to-branch' });
    b.v2v(h.gatewayId, s.gatewayId, { enableBgp: true });
    expect(findings(b.build(), 'bgp/transit')).toEqual([]);
  });

  it('does not note a lone VNet-to-VNet link without BGP (nothing to transit)', () => {
    const b = new DesignBuilder();
    b.v2v(hub(b, 'a', 0).gatewayId, hub(b, 'c', 1).gatewayId, { enableBgp: false });
    expect(findings(b.build(), 'bgp/transit')).toEqual([]);
  });

  it('notes each non-BGP hop of a chain of three VNets once', () => {
    const b = new DesignBuilder();
    const a = hub(b, 'a', 0);
    const m = hub(b, 'm', 1);
    const c = hub(b, 'c', 2);
    b.v2v(a.gatewayId, m.gatewayId, { enableBgp: false });
    b.v2v(m.gatewayId, c.gatewayId, { enableBgp: false, name: 'mc' });
    const found = findings(b.build(), 'bgp/transit');
    expect(found).toHaveLength(2);
    expect(found.map((d) => [...(d.data!.gatewayIds as string[])].sort())).toEqual(
      [[a.gatewayId, m.gatewayId].sort(), [m.gatewayId, c.gatewayId].sort()],
    );
  });

  it('notes a link whose connections have BGP on while a gateway has BGP off', () => {
    const b = new DesignBuilder();
    const h = hub(b, 'hub', 0);
    const s = hub(b, 'spoke', 1, false);
    const t = hub(b, 'third', 2);
    b.v2v(h.gatewayId, s.gatewayId, { enableBgp: true });
    b.v2v(h.gatewayId, t.gatewayId, { enableBgp: true, name: 'ht' });
    const found = findings(b.build(), 'bgp/transit');
    expect(found.map((d) => d.data?.reason)).toEqual(['gateway']);
    expect(found[0]!.elementIds).toContain(s.gatewayId);
  });
});
