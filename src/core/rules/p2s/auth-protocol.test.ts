import { describe, expect, it } from 'vitest';
import type { P2sAuthType, P2sTunnelType } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(tunnelTypes: P2sTunnelType[], authTypes: P2sAuthType[], sku = 'VpnGw2AZ') {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw', sku });
  const p = b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'], tunnelTypes, authTypes });
  return { doc: b.build(), gatewayId, p };
}

describe('p2s/auth-protocol', () => {
  it('fires on Entra ID authentication without OpenVPN', () => {
    const { doc, p } = design(['IkeV2'], ['Certificate', 'AAD']);
    const [d, ...rest] = findings(doc, 'p2s/auth-protocol');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [p], detail: 'aad-without-openvpn' });
  });

  it('fires when IKEv2 is enabled but Entra ID is the only authentication', () => {
    const { doc, p } = design(['IkeV2', 'OpenVPN'], ['AAD']);
    const [d, ...rest] = findings(doc, 'p2s/auth-protocol');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [p], detail: 'tunnel-without-auth' });
    expect(d!.data).toMatchObject({ tunnelTypes: ['IkeV2'] });
  });

  it('fires on RADIUS on a Basic gateway', () => {
    const { doc, gatewayId, p } = design(['SSTP'], ['Radius'], 'Basic');
    const d = findings(doc, 'p2s/auth-protocol').find((x) => x.detail === 'radius-basic');
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, p].sort(), detail: 'radius-basic' });
  });

  it('does not fire on Entra ID with IKEv2 + OpenVPN and certificates, or RADIUS on VpnGw1AZ', () => {
    expect(findings(design(['IkeV2', 'OpenVPN'], ['AAD', 'Certificate']).doc, 'p2s/auth-protocol')).toEqual([]);
    expect(findings(design(['IkeV2'], ['Radius'], 'VpnGw1AZ').doc, 'p2s/auth-protocol')).toEqual([]);
  });
});
