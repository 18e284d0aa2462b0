import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const ID = 'gateway/sku-retired';

function design(g: Parameters<DesignBuilder['gateway']>[1]) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, g);
  return { doc: b.build(), gatewayId };
}

describe('gateway/sku-retired', () => {
  it('reports a Standard gateway as an error and switches it to VpnGw1AZ', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'Standard', generation: 'Generation1' });
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId], detail: 'legacy' });
    expect(d!.data).toMatchObject({ sku: 'Standard', suggestion: 'VpnGw1AZ' });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.gateways[0]).toMatchObject({ sku: 'VpnGw1AZ', generation: 'Generation1' });
    expect(doc.gateways[0]!.sku).toBe('Standard');
    expect(findings(fixed, ID)).toEqual([]);
  });

  it('reports an existing HighPerformance gateway as an error too, suggesting VpnGw2AZ', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'HighPerformance', generation: 'Generation1', existing: true });
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId], detail: 'legacy' });
    expect(d!.data).toMatchObject({ suggestion: 'VpnGw2AZ', existing: true });
  });

  it('reports a new non-AZ VpnGw2 as an error after 2025-01-01', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'VpnGw2' });
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId], detail: 'non-az-new' });
    expect(d!.data).toMatchObject({ sku: 'VpnGw2', suggestion: 'VpnGw2AZ' });
    expect(d!.message).toContain('VpnGw2AZ');
  });

  it('does not report a new non-AZ gateway before 2025-01-01', () => {
    const { doc } = design({ name: 'gw', sku: 'VpnGw2' });
    expect(findings(doc, ID, { today: new Date('2024-12-31T12:00:00Z') })).toEqual([]);
  });

  it('warns that an existing non-AZ gateway is being migrated, noting the passed deprecation date', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'VpnGw3', existing: true });
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [gatewayId], detail: 'non-az-existing' });
    expect(d!.data).toMatchObject({ suggestion: 'VpnGw3AZ', pastDeprecation: true });
    const before = findings(doc, ID, { today: new Date('2026-01-01T00:00:00Z') });
    expect(before[0]!.data).toMatchObject({ pastDeprecation: false });
  });

  it('adjusts the generation when the AZ SKU exists in one generation only', () => {
    const gen1 = design({ name: 'gw', sku: 'VpnGw1', generation: 'Generation2' });
    const f1 = findings(gen1.doc, ID)[0]!.fix!.autofix!;
    expect(f1.label).toContain('Generation1');
    expect(f1.apply(gen1.doc).gateways[0]).toMatchObject({ sku: 'VpnGw1AZ', generation: 'Generation1' });

    const gen2 = design({ name: 'gw', sku: 'VpnGw4', generation: 'Generation1' });
    expect(findings(gen2.doc, ID)[0]!.fix!.autofix!.apply(gen2.doc).gateways[0]).toMatchObject({ sku: 'VpnGw4AZ', generation: 'Generation2' });

    const keep = design({ name: 'gw', sku: 'VpnGw3', generation: 'Generation1' });
    expect(findings(keep.doc, ID)[0]!.fix!.autofix!.apply(keep.doc).gateways[0]).toMatchObject({ sku: 'VpnGw3AZ', generation: 'Generation1' });
  });

  it('does not fire on AZ SKUs, Basic, or an unknown SKU name', () => {
    for (const sku of ['VpnGw1AZ', 'VpnGw2AZ', 'VpnGw5AZ', 'Basic', 'VpnGw9']) {
      expect(findings(design({ name: 'gw', sku }).doc, ID)).toEqual([]);
    }
  });
});
