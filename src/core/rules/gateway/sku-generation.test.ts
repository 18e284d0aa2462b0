import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const ID = 'gateway/sku-generation';

function design(g: Parameters<DesignBuilder['gateway']>[1]) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, g);
  return { doc: b.build(), gatewayId };
}

describe('gateway/sku-generation', () => {
  it('reports VpnGw1AZ in Generation2 and offers Generation1', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation2' });
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId], detail: 'generation' });
    expect(d!.data).toMatchObject({ sku: 'VpnGw1AZ', generation: 'Generation2', supported: ['Generation1'] });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.gateways[0]!.generation).toBe('Generation1');
    expect(findings(fixed, ID)).toEqual([]);
  });

  it('reports VpnGw4AZ and VpnGw5 in Generation1', () => {
    for (const sku of ['VpnGw4AZ', 'VpnGw5']) {
      const { doc } = design({ name: 'gw', sku, generation: 'Generation1' });
      expect(findings(doc, ID).map((d) => d.detail)).toEqual(['generation']);
    }
  });

  it('reports Basic in Generation2 (Basic is Generation1 only)', () => {
    const { doc } = design({ name: 'gw', sku: 'Basic', generation: 'Generation2' });
    expect(findings(doc, ID)[0]!.data).toMatchObject({ supported: ['Generation1'] });
  });

  it('reports an unknown SKU name as unknown-sku', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'VpnGw6' });
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId], detail: 'unknown-sku' });
    expect(d!.data).toEqual({ sku: 'VpnGw6' });
    expect(d!.fix!.autofix).toBeUndefined();
  });

  it('suggests the known SKU for a miscased name and fixes it', () => {
    const { doc } = design({ name: 'gw', sku: 'vpngw2az', generation: 'Generation2' });
    const [d] = findings(doc, ID);
    expect(d!.detail).toBe('unknown-sku');
    expect(d!.data).toMatchObject({ suggestion: 'VpnGw2AZ' });
    expect(d!.fix!.autofix!.apply(doc).gateways[0]!.sku).toBe('VpnGw2AZ');
  });

  it('does not fire on SKUs in a generation they exist in', () => {
    for (const [sku, generation] of [
      ['VpnGw1AZ', 'Generation1'],
      ['VpnGw2AZ', 'Generation1'],
      ['VpnGw2AZ', 'Generation2'],
      ['VpnGw5AZ', 'Generation2'],
      ['Basic', 'Generation1'],
    ] as const) {
      expect(findings(design({ name: 'gw', sku, generation }).doc, ID)).toEqual([]);
    }
  });
});
