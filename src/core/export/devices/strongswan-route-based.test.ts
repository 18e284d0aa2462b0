import { describe, expect, it } from 'vitest';
import { HOSTILE, s2sDesign } from './device-fixtures';
import { exportStrongswan } from './strongswan';
import { FRR_BEGIN, FRR_END, SHELL_BEGIN, SHELL_END } from './strongswan-route-based';

const values = (text: string, key: string) => [...text.matchAll(new RegExp(`^\\s*${key} = (.*)$`, 'gm'))].map((m) => m[1]);

/** The commented lines between two marker lines, without the `#   ` prefix. */
function block(text: string, begin: string, end: string): string[] | undefined {
  const lines = text.split('\n');
  const from = lines.indexOf(begin);
  const to = lines.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return lines.slice(from + 1, to).map((l) => l.replace(/^# {3}/, ''));
}

const shell = (text: string) => block(text, SHELL_BEGIN, SHELL_END);
const frr = (text: string) => block(text, FRR_BEGIN, FRR_END);

describe('strongSwan route-based export', () => {
  it('gives the CHILD SA the if_id of the XFRM interface the shell block creates, and routes the Azure prefixes into it', () => {
    const { doc, id } = s2sDesign({ vnet: ['10.0.0.0/16', '10.2.0.0/16'] });
    const text = exportStrongswan(doc, id);
    expect(values(text, 'if_id_in')).toEqual(['100']);
    expect(values(text, 'if_id_out')).toEqual(['100']);
    expect(values(text, 'local_ts')).toEqual(['10.1.0.0/16']);
    expect(values(text, 'remote_ts')).toEqual(['10.0.0.0/16,10.2.0.0/16']);
    expect(shell(text)).toEqual([
      'ip link add xfrm-azure type xfrm if_id 100',
      'ip link set xfrm-azure mtu 1400 up',
      'ip route add 10.0.0.0/16 dev xfrm-azure',
      'ip route add 10.2.0.0/16 dev xfrm-azure',
      'iptables -t mangle -A FORWARD -o xfrm-azure -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1350',
    ]);
    expect(frr(text)).toBeUndefined();
  });

  it('gives each active-active tunnel its own interface and if_id, and spreads static routes over both', () => {
    const { doc, id } = s2sDesign({ activeActive: true });
    const text = exportStrongswan(doc, id);
    expect(values(text, 'remote_addrs')).toEqual(['AZURE_GATEWAY_PUBLIC_IP_1', 'AZURE_GATEWAY_PUBLIC_IP_2']);
    expect(values(text, 'if_id_in')).toEqual(['101', '102']);
    expect(values(text, 'if_id_out')).toEqual(['101', '102']);
    const commands = shell(text)!;
    expect(commands).toContain('ip link add xfrm-azure1 type xfrm if_id 101');
    expect(commands).toContain('ip link add xfrm-azure2 type xfrm if_id 102');
    expect(commands).toContain('ip route add 10.0.0.0/16 nexthop dev xfrm-azure1 nexthop dev xfrm-azure2');
  });

  it('runs BGP over any-to-any selectors: host route to the GatewaySubnet peer, FRR with multihop and update-source', () => {
    const { doc, id } = s2sDesign({ bgp: { asn: 64600, peerIp: '10.1.255.1' } });
    const text = exportStrongswan(doc, id);
    expect(values(text, 'local_ts')).toEqual(['0.0.0.0/0']);
    expect(values(text, 'remote_ts')).toEqual(['0.0.0.0/0']);
    expect(shell(text)).toEqual([
      'ip link add xfrm-azure type xfrm if_id 100',
      'ip link set xfrm-azure mtu 1400 up',
      'ip addr add 10.1.255.1/32 dev lo',
      'ip route add AZURE_BGP_PEER_IP/32 dev xfrm-azure src 10.1.255.1',
      'iptables -t mangle -A FORWARD -o xfrm-azure -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1350',
    ]);
    expect(frr(text)).toEqual([
      'router bgp 64600',
      ' bgp router-id 10.1.255.1',
      ' no bgp ebgp-requires-policy',
      ' neighbor AZURE_BGP_PEER_IP remote-as 65515',
      ' neighbor AZURE_BGP_PEER_IP ebgp-multihop 255',
      ' neighbor AZURE_BGP_PEER_IP update-source 10.1.255.1',
      ' address-family ipv4 unicast',
      '  network 10.1.0.0/16',
      ' exit-address-family',
    ]);
  });

  it('peers APIPA to APIPA per instance over point-to-point addresses, without multihop', () => {
    const { doc, id } = s2sDesign({ activeActive: true, bgp: { asn: 64600, peerIp: '169.254.21.2', apipa: [['169.254.21.1'], ['169.254.22.1']] } });
    const text = exportStrongswan(doc, id);
    const commands = shell(text)!;
    expect(commands).toContain('ip addr add 169.254.21.2/32 peer 169.254.21.1/32 dev xfrm-azure1');
    expect(commands).toContain('ip addr add 169.254.21.2/32 peer 169.254.22.1/32 dev xfrm-azure2');
    expect(commands.filter((c) => c.startsWith('ip route'))).toEqual([]);
    const config = frr(text)!;
    expect(config).toContain(' neighbor 169.254.21.1 remote-as 65515');
    expect(config).toContain(' neighbor 169.254.22.1 update-source 169.254.21.2');
    expect(config.some((l) => l.includes('ebgp-multihop'))).toBe(false);
    expect(text).toMatch(/^# APIPA peering: Azure does not initiate BGP/m);
  });

  it("ignores the gateway's custom APIPA addresses for a site that peers from a non-APIPA address (Azure uses its GatewaySubnet IP)", () => {
    const { doc, id } = s2sDesign({ activeActive: true, bgp: { asn: 64600, peerIp: '10.1.255.1', apipa: [['169.254.21.1'], ['169.254.22.1']] } });
    const config = frr(exportStrongswan(doc, id))!;
    expect(config).toContain(' neighbor AZURE_BGP_PEER_IP_1 ebgp-multihop 255');
    expect(config).toContain(' neighbor AZURE_BGP_PEER_IP_2 ebgp-multihop 255');
    expect(config.some((l) => l.includes('169.254.2'))).toBe(false);
  });

  it('tells an APIPA site with no custom APIPA address on the gateway to fill in the Azure BGP peer', () => {
    const { doc, id } = s2sDesign({ bgp: { asn: 64600, peerIp: '169.254.21.2' } });
    const text = exportStrongswan(doc, id);
    expect(text).toMatch(/^# The site peers from an APIPA address but the gateway has no custom APIPA BGP address/m);
    expect(shell(text)).toContain('ip addr add 169.254.21.2/32 peer AZURE_BGP_PEER_IP/32 dev xfrm-azure');
  });

  it('writes no XFRM interface, if_id or BGP for policy-based traffic selectors', () => {
    const { doc, id } = s2sDesign({ policyBased: true });
    const text = exportStrongswan(doc, id);
    expect(values(text, 'if_id_in')).toEqual([]);
    expect(shell(text)).toBeUndefined();
    expect(frr(text)).toBeUndefined();
  });

  it('writes only canonical prefixes from the design into the FRR snippet', () => {
    const { doc, id } = s2sDesign({ bgp: { asn: 64600, peerIp: '10.1.255.1' } });
    const site = doc.sites[0]!;
    const hostile = { ...doc, sites: [{ ...site, bgp: { ...site.bgp!, advertisedPrefixes: [HOSTILE, '10.9.0.0/16'] } }] };
    const config = frr(exportStrongswan(hostile, id))!;
    expect(config.filter((l) => l.startsWith('  network'))).toEqual(['  network 10.9.0.0/16']);
  });
});
