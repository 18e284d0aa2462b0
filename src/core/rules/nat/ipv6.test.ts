import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(internal: string, external: string) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'gw',
    natRules: [{ id: 'nat-1', name: 'n', mode: 'IngressSnat', internalMappings: [internal], externalMappings: [external] }],
  });
  return { doc: b.build(), gatewayId };
}

describe('nat/ipv6', () => {
  it('fires on IPv6 prefixes in a mapping and names them', () => {
    const { doc, gatewayId } = design('2001:db8:1::/48', '2001:db8:ff::/48');
    const [d, ...rest] = findings(doc, 'nat/ipv6');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: ['nat-1', gatewayId].sort() });
    expect(d!.data).toEqual({ prefixes: ['2001:db8:1::/48', '2001:db8:ff::/48'] });
  });

  it('fires on an IPv4-to-IPv6 (NAT64-like) mapping', () => {
    expect(findings(design('10.1.0.0/16', '64:ff9b::/96').doc, 'nat/ipv6')[0]!.data).toEqual({ prefixes: ['64:ff9b::/96'] });
  });

  it('does not fire on IPv4 mappings', () => {
    expect(findings(design('10.1.0.0/16', '100.64.0.0/16').doc, 'nat/ipv6')).toEqual([]);
  });
});
