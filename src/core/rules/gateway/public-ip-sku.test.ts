import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const ID = 'gateway/public-ip-sku';

function design(g: Parameters<DesignBuilder['gateway']>[1]) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, g);
  return { doc: b.build(), gatewayId };
}

const BASIC_IP = { sku: 'Basic', allocation: 'Dynamic' } as const;

describe('gateway/public-ip-sku', () => {
  it('reports a VpnGw2AZ gateway with a Basic dynamic IP and converts it to Standard static', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'VpnGw2AZ', publicIps: [{ name: 'pip1', ...BASIC_IP }] });
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId], detail: 'not-standard-static' });
    expect(d!.message).toContain('pip1 (Basic, Dynamic)');
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.gateways[0]!.publicIps[0]).toMatchObject({ name: 'pip1', sku: 'Standard', allocation: 'Static' });
    expect(doc.gateways[0]!.publicIps[0]!.sku).toBe('Basic');
    expect(findings(fixed, ID)).toEqual([]);
  });

  it('reports a Standard IP with dynamic allocation on a new gateway', () => {
    const { doc } = design({ name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1', publicIps: [{ sku: 'Standard', allocation: 'Dynamic' }] });
    expect(findings(doc, ID).map((d) => d.detail)).toEqual(['not-standard-static']);
  });

  it('only warns for an existing non-AZ gateway that still has a Basic dynamic IP', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'VpnGw2', existing: true, publicIps: [BASIC_IP] });
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [gatewayId], detail: 'not-standard-static-existing' });
    expect(d!.fix!.autofix).toBeUndefined();
  });

  it('still reports an existing AZ gateway with a Basic IP as an error', () => {
    const { doc } = design({ name: 'gw', sku: 'VpnGw2AZ', existing: true, publicIps: [BASIC_IP] });
    expect(findings(doc, ID).map(summary)[0]).toMatchObject({ severity: 'error', detail: 'not-standard-static' });
  });

  it('reports a gateway with no public IP and adds a zone-redundant Standard static IP', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'VpnGw2AZ', publicIps: [] });
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId], detail: 'missing' });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.gateways[0]!.publicIps).toEqual([{ sku: 'Standard', allocation: 'Static', zones: ['1', '2', '3'] }]);
    expect(findings(fixed, ID)).toEqual([]);
  });

  it('reports a Basic gateway with a Standard public IP', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'Basic', generation: 'Generation1', publicIps: [{ sku: 'Standard' }] });
    expect(findings(doc, ID).map(summary)).toEqual([{ severity: 'error', elementIds: [gatewayId], detail: 'basic-standard-ip' }]);
  });

  it('warns that the Basic public IP of a Basic gateway is retired (and retiring, before 2025-09-30)', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'Basic', generation: 'Generation1', publicIps: [BASIC_IP] });
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [gatewayId], detail: 'basic-ip-retired' });
    expect(d!.data).toMatchObject({ retired: true });
    expect(d!.message).toContain('2025-09-30');
    const [early] = findings(doc, ID, { today: new Date('2025-06-01T00:00:00Z') });
    expect(early!.data).toMatchObject({ retired: false });
  });

  it('does not fire on Standard static IPs of a non-Basic gateway', () => {
    const { doc } = design({
      name: 'gw',
      sku: 'VpnGw2AZ',
      activeActive: true,
      publicIps: [
        { sku: 'Standard', allocation: 'Static', zones: ['1', '2', '3'] },
        { sku: 'Standard', allocation: 'Static', zones: ['1', '2', '3'] },
      ],
    });
    expect(findings(doc, ID)).toEqual([]);
  });
});
