import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const natRule = { id: 'nat-1', name: 'in', mode: 'IngressSnat' as const, internalMappings: ['192.168.0.0/24'], externalMappings: ['100.64.0.0/24'] };

function design(sku: string, withRules = true) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw', sku, natRules: withRules ? [natRule] : [] });
  return { doc: b.build(), gatewayId };
}

describe('nat/sku', () => {
  it.each(['VpnGw1AZ', 'VpnGw1', 'Basic', 'Standard', 'HighPerformance'])('fires on NAT rules on %s', (sku) => {
    const { doc, gatewayId } = design(sku);
    const [d, ...rest] = findings(doc, 'nat/sku');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, 'nat-1'].sort() });
    expect(d!.data).toMatchObject({ sku, ruleCount: 1 });
    expect(d!.message).toContain(sku);
  });

  it('treats an unknown SKU name as not supporting NAT', () => {
    expect(findings(design('VpnGw25').doc, 'nat/sku')).toHaveLength(1);
  });

  it.each(['VpnGw2', 'VpnGw5', 'VpnGw2AZ', 'VpnGw5AZ'])('does not fire on %s', (sku) => {
    expect(findings(design(sku).doc, 'nat/sku')).toEqual([]);
  });

  it('does not fire on a VpnGw1AZ gateway without NAT rules', () => {
    expect(findings(design('VpnGw1AZ', false).doc, 'nat/sku')).toEqual([]);
  });
});
