import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

/** n distinct /32 prefixes starting at 172.16.0.0 + offset. */
const prefixes = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => {
    const v = offset + i;
    return `172.${16 + (v >> 16)}.${(v >> 8) & 255}.${v & 255}/32`;
  });

function design(counts: number[], enableBgp = true) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'hub-gw',
    bgp: { enabled: true, asn: 65010 },
  });
  let offset = 0;
  const siteIds = counts.map((n, i) => {
    const id = b.site({ name: `branch-${i}`, gatewayIpAddress: `203.0.113.${i + 1}`, bgp: { asn: 65020 + i, peerIp: `192.168.255.${i + 1}`, advertisedPrefixes: prefixes(n, offset) } });
    offset += n;
    b.s2s(gatewayId, id, { name: `to-branch-${i}`, enableBgp });
    return id;
  });
  return { doc: b.build(), gatewayId, siteIds };
}

describe('bgp/prefix-limit', () => {
  it('fires on a site advertising more than 4,000 prefixes', () => {
    const { doc, siteIds } = design([4001]);
    const found = findings(doc, 'bgp/prefix-limit');
    expect(found.map(summary)).toEqual([{ severity: 'error', elementIds: [siteIds[0]], detail: 'site' }]);
    expect(found[0]!.data).toMatchObject({ count: 4001, limit: 4000 });
    expect(found[0]!.message).toContain('4,001');
  });

  it('does not fire at exactly 4,000 prefixes', () => {
    expect(findings(design([4000]).doc, 'bgp/prefix-limit')).toEqual([]);
  });

  it('fires on the aggregate when several BGP sites together exceed 4,000 on one gateway', () => {
    const { doc, gatewayId, siteIds } = design([2500, 1501]);
    const found = findings(doc, 'bgp/prefix-limit');
    expect(found.map(summary)).toEqual([{ severity: 'error', elementIds: [gatewayId, ...siteIds].sort(), detail: 'aggregate' }]);
    expect(found[0]!.data).toMatchObject({ count: 4001 });
  });

  it('does not count sites connected without BGP in the aggregate', () => {
    expect(findings(design([2500, 2500], false).doc, 'bgp/prefix-limit')).toEqual([]);
    expect(findings(design([2000, 2000]).doc, 'bgp/prefix-limit')).toEqual([]);
  });
});
