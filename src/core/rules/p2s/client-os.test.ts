import { describe, expect, it } from 'vitest';
import type { ClientOs, P2sAuthType, P2sTunnelType } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(tunnelTypes: P2sTunnelType[], clientOs: ClientOs[], authTypes: P2sAuthType[] = ['Certificate']) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
  const p = b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'], tunnelTypes, clientOs, authTypes });
  return { doc: b.build(), p };
}

describe('p2s/client-os', () => {
  it('fires for macOS when only SSTP is enabled', () => {
    const { doc, p } = design(['SSTP'], ['windows10-2004', 'macos']);
    const [d, ...rest] = findings(doc, 'p2s/client-os');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [p], detail: 'macos' });
    expect(d!.data).toMatchObject({ os: 'macos', usableProtocols: ['IkeV2', 'OpenVPN'] });
  });

  it('fires for Windows before 10 when only IKEv2 is enabled', () => {
    const all = findings(design(['IkeV2'], ['windows-legacy', 'linux', 'android', 'ios']).doc, 'p2s/client-os');
    expect(all.map((d) => d.detail)).toEqual(['windows-legacy']);
    expect(all[0]!.data).toMatchObject({ usableProtocols: ['SSTP', 'OpenVPN'] });
  });

  it('fires for Windows before 10 when OpenVPN only offers Entra ID, which needs the Azure VPN Client', () => {
    const [d] = findings(design(['OpenVPN'], ['windows-legacy', 'windows10-2004'], ['AAD']).doc, 'p2s/client-os');
    expect(d!.detail).toBe('windows-legacy');
    expect(d!.message).toContain('Azure VPN Client');
  });

  it('does not fire when every listed OS has a protocol', () => {
    expect(findings(design(['IkeV2', 'OpenVPN'], ['windows-legacy', 'windows10-pre2004', 'windows10-2004', 'macos', 'linux', 'ios', 'android']).doc, 'p2s/client-os')).toEqual([]);
    expect(findings(design(['SSTP'], ['windows-legacy', 'windows10-2004']).doc, 'p2s/client-os')).toEqual([]);
  });
});
