import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

type Side = { allowGatewayTransit?: boolean; useRemoteGateways?: boolean };

function design(hubSide: Side, spokeSide: Side, options: { spokeGateway?: boolean; p2s?: boolean; spokeIsLocal?: boolean } = {}) {
  const b = new DesignBuilder();
  const { vnetId: hub, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
  const spoke = options.spokeGateway
    ? b.hub({ name: 'spoke', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }).vnetId
    : b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
  const side = (s: Side) => ({ allowVirtualNetworkAccess: true, allowForwardedTraffic: false, allowGatewayTransit: false, useRemoteGateways: false, ...s });
  const peer = options.spokeIsLocal
    ? b.peering(spoke, hub, { name: 'spoke-hub', local: side(spokeSide), remote: side(hubSide) })
    : b.peering(hub, spoke, { name: 'hub-spoke', local: side(hubSide), remote: side(spokeSide) });
  const p = options.p2s === false ? '' : b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'] });
  return { doc: b.build(), hub, spoke, peer, p };
}

describe('p2s/peered-transit', () => {
  it('warns when the spoke side lacks "Use remote gateways" and offers to set the flags', () => {
    const { doc, spoke, peer, p } = design({ allowGatewayTransit: true }, {});
    const [d, ...rest] = findings(doc, 'p2s/peered-transit');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [p, peer, spoke].sort(), detail: 'useRemoteGateways' });
    expect(d!.data).toMatchObject({ missing: ['useRemoteGateways'] });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(findings(fixed, 'p2s/peered-transit')).toEqual([]);
    expect(doc.connections.find((c) => c.id === peer)).toMatchObject({ remote: { useRemoteGateways: false } });
  });

  it('warns when the hub side lacks "Allow gateway transit", whichever VNet the peering element starts from', () => {
    const { doc } = design({}, { useRemoteGateways: true }, { spokeIsLocal: true });
    const [d] = findings(doc, 'p2s/peered-transit');
    expect(d!.detail).toBe('allowGatewayTransit');
    expect(findings(d!.fix!.autofix!.apply(doc), 'p2s/peered-transit')).toEqual([]);
  });

  it('warns when neither flag is set, and says a spoke with its own gateway cannot use remote gateways', () => {
    const { doc } = design({}, {}, { spokeGateway: true });
    const [d] = findings(doc, 'p2s/peered-transit');
    expect(d!.detail).toBe('both');
    expect(d!.data).toMatchObject({ missing: ['allowGatewayTransit', 'useRemoteGateways'], spokeHasGateway: true });
    expect(d!.message).toContain('has its own gateway');
    expect(d!.fix!.autofix).toBeUndefined();
  });

  it('does not fire when both flags are set, or when the gateway has no P2S configuration', () => {
    expect(findings(design({ allowGatewayTransit: true }, { useRemoteGateways: true }).doc, 'p2s/peered-transit')).toEqual([]);
    expect(findings(design({}, {}, { p2s: false }).doc, 'p2s/peered-transit')).toEqual([]);
  });
});
