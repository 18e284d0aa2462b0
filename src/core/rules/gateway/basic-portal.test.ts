import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const ID = 'gateway/basic-portal';

function design(g: Parameters<DesignBuilder['gateway']>[1]) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, g);
  return { doc: b.build(), gatewayId };
}

describe('gateway/basic-portal', () => {
  it('notes that a new Basic gateway cannot be created in the portal', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'Basic', generation: 'Generation1' });
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'info', elementIds: [gatewayId], detail: 'basic' });
    expect(d!.message).toMatch(/PowerShell/);
  });

  it('notes the same for a new policy-based gateway', () => {
    const { doc, gatewayId } = design({ name: 'gw', sku: 'VpnGw1AZ', generation: 'Generation1', vpnType: 'PolicyBased' });
    expect(findings(doc, ID).map(summary)).toEqual([{ severity: 'info', elementIds: [gatewayId], detail: 'policy-based' }]);
  });

  it('does not fire on an existing Basic gateway or a new route-based VpnGw2AZ', () => {
    expect(findings(design({ name: 'gw', sku: 'Basic', generation: 'Generation1', existing: true }).doc, ID)).toEqual([]);
    expect(findings(design({ name: 'gw', sku: 'VpnGw2AZ' }).doc, ID)).toEqual([]);
  });
});
