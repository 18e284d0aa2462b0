import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

type Side = { allowGatewayTransit?: boolean; useRemoteGateways?: boolean };

function design(
  hubSide: Side,
  spokeSide: Side,
  options: { spokeGateway?: boolean; spokeP2s?: boolean; p2s?: boolean; spokeIsLocal?: boolean; sku?: string } = {},
) {
  const b = new DesignBuilder();
  const { vnetId: hub, gatewayId } = b.hub(
    { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
    options.sku ? { name: 'hub-gw', sku: options.sku, generation: 'Generation1' } : { name: 'hub-gw' },
  );
  let spokeGatewayId = '';
  let spoke: string;
  if (options.spokeGateway) {
    const s = b.hub({ name: 'spoke', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' });
    spoke = s.vnetId;
    spokeGatewayId = s.gatewayId;
    if (options.spokeP2s) b.p2s(spokeGatewayId, { name: 'spoke-users', addressPool: ['172.17.0.0/24'] });
  } else {
    spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
  }
  const side = (s: Side) => ({ allowVirtualNetworkAccess: true, allowForwardedTraffic: false, allowGatewayTransit: false, useRemoteGateways: false, ...s });
  const peer = options.spokeIsLocal
    ? b.peering(spoke, hub, { name: 'spoke-hub', local: side(spokeSide), remote: side(hubSide) })
    : b.peering(hub, spoke, { name: 'hub-spoke', local: side(hubSide), remote: side(spokeSide) });
  const p = options.p2s === false ? '' : b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'] });
  return { doc: b.build(), hub, spoke, peer, p, gatewayId, spokeGatewayId };
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

  it('warns when neither flag is set', () => {
    const { doc } = design({}, {});
    const [d] = findings(doc, 'p2s/peered-transit');
    expect(d!.detail).toBe('both');
    expect(d!.data).toMatchObject({ missing: ['allowGatewayTransit', 'useRemoteGateways'], basicSku: false });
    expect(findings(d!.fix!.autofix!.apply(doc), 'p2s/peered-transit')).toEqual([]);
  });

  it('only notes (info) that P2S clients do not reach a peered VNet with its own gateway, with no fix to apply', () => {
    const { doc, spoke, peer, p, spokeGatewayId } = design({}, {}, { spokeGateway: true });
    const ds = findings(doc, 'p2s/peered-transit');
    expect(ds.map(summary)).toEqual([{ severity: 'info', elementIds: [p, peer, spoke].sort(), detail: 'remote-gateway' }]);
    expect(ds[0]!.data).toMatchObject({ peeringId: peer, spokeVnetId: spoke, remoteGatewayIds: [spokeGatewayId] });
    expect(ds[0]!.message).toContain('has its own VPN gateway');
    expect(ds[0]!.fix!.autofix).toBeUndefined();
  });

  it('does not warn in either direction between two peered hubs that each have a gateway and P2S', () => {
    const { doc } = design({ allowGatewayTransit: true }, {}, { spokeGateway: true, spokeP2s: true });
    const ds = findings(doc, 'p2s/peered-transit');
    expect(ds.map((d) => d.severity)).toEqual(['info', 'info']);
    expect(ds.every((d) => d.detail === 'remote-gateway')).toBe(true);
  });

  it('on a Basic gateway says gateway transit is unavailable and suggests a VpnGw SKU, without an autofix', () => {
    const { doc } = design({}, {}, { sku: 'Basic' });
    const [d, ...rest] = findings(doc, 'p2s/peered-transit');
    expect(rest).toEqual([]);
    expect(summary(d!)).toMatchObject({ severity: 'warning', detail: 'both' });
    expect(d!.data).toMatchObject({ basicSku: true });
    expect(d!.message).toContain('Basic');
    expect(d!.fix!.hint).toContain('not available on the Basic SKU');
    expect(d!.fix!.hint).toContain('VpnGw1AZ');
    expect(d!.fix!.autofix).toBeUndefined();
  });

  it('does not fire when both flags are set, or when the gateway has no P2S configuration', () => {
    expect(findings(design({ allowGatewayTransit: true }, { useRemoteGateways: true }).doc, 'p2s/peered-transit')).toEqual([]);
    expect(findings(design({}, {}, { p2s: false }).doc, 'p2s/peered-transit')).toEqual([]);
  });
});
