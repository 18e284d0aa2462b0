import { describe, expect, it } from 'vitest';
import type { ClientOs, P2sTunnelType } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

/** A hub whose VNet has `spaces` address-space prefixes, with one P2S configuration. */
function hub(spaces: number, tunnelTypes: P2sTunnelType[] = ['IkeV2', 'OpenVPN'], clientOs: ClientOs[] = ['windows10-2004']) {
  const b = new DesignBuilder();
  const addressSpace = Array.from({ length: spaces }, (_, i) => `10.${Math.floor(i / 256)}.${i % 256}.0/24`);
  const { gatewayId } = b.hub({ name: 'hub', addressSpace, gatewaySubnet: '10.0.0.0/27' }, { id: 'gw', name: 'hub-gw' });
  const p = b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'], tunnelTypes, clientOs });
  return { b, gatewayId, p };
}

describe('p2s/traffic-selectors-windows', () => {
  it('warns above 25 selectors and names the planned pre-2004 Windows clients', () => {
    const { b, gatewayId, p } = hub(26, ['IkeV2'], ['windows10-pre2004', 'windows-legacy', 'macos']);
    const [d, ...rest] = findings(b.build(), 'p2s/traffic-selectors-windows');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [gatewayId, p].sort(), detail: 'limit-25' });
    expect(d!.data).toMatchObject({ count: 26, limit: 25, vnetSpaces: 26, localSitePrefixes: 0, affectedOs: ['windows-legacy', 'windows10-pre2004'] });
    expect(d!.message).toContain('26 traffic selectors');
    expect(d!.message).toContain('VNet address spaces 26');
  });

  it('still warns above 25 when no older Windows client is listed', () => {
    const { b } = hub(30);
    const [d] = findings(b.build(), 'p2s/traffic-selectors-windows');
    expect(d!.severity).toBe('warning');
    expect(d!.data).toMatchObject({ count: 30, affectedOs: [] });
  });

  it('counts the split-pool sub-ranges when SSTP and IKEv2 are both enabled', () => {
    const { b } = hub(24, ['SSTP', 'IkeV2']);
    const [d] = findings(b.build(), 'p2s/traffic-selectors-windows');
    expect(d!.data).toMatchObject({ count: 26, vnetSpaces: 24, splitPool: 2 });
  });

  it('is an error above 255 selectors and says when non-Windows IKEv2 clients fail too', () => {
    const at256 = findings(hub(256).b.build(), 'p2s/traffic-selectors-windows');
    expect(summary(at256[0]!)).toMatchObject({ severity: 'error', detail: 'limit-255' });
    expect(at256[0]!.data).toMatchObject({ count: 256, limit: 255, nonWindowsExceeded: false });
    const at257 = findings(hub(257).b.build(), 'p2s/traffic-selectors-windows');
    expect(at257[0]!.data).toMatchObject({ count: 257, nonWindowsExceeded: true });
  });

  it('only warns about Windows up to 256 selectors when no Windows client is listed', () => {
    const { b, gatewayId, p } = hub(256, ['IkeV2'], ['macos', 'linux']);
    const ds = findings(b.build(), 'p2s/traffic-selectors-windows');
    expect(ds.map(summary)).toEqual([{ severity: 'warning', elementIds: [gatewayId, p].sort(), detail: 'limit-255' }]);
    expect(ds[0]!.data).toMatchObject({ count: 256, limit: 255, windowsListed: false, nonWindowsExceeded: false, nonWindowsOs: ['macos', 'linux'] });
    expect(ds[0]!.message).toContain('if Windows clients are added later');
    expect(ds[0]!.message).not.toContain('no Windows client can connect');
  });

  it('warns about older Windows clients added later when 26 to 255 selectors and no Windows client is listed', () => {
    const [d] = findings(hub(30, ['IkeV2'], ['ios']).b.build(), 'p2s/traffic-selectors-windows');
    expect(summary(d!)).toMatchObject({ severity: 'warning', detail: 'limit-25' });
    expect(d!.data).toMatchObject({ count: 30, limit: 25, windowsListed: false });
  });

  it('is an error above 256 selectors naming the non-Windows clients when no Windows client is listed', () => {
    const { b, gatewayId, p } = hub(257, ['IkeV2'], ['macos', 'linux']);
    const ds = findings(b.build(), 'p2s/traffic-selectors-windows');
    expect(ds.map(summary)).toEqual([{ severity: 'error', elementIds: [gatewayId, p].sort(), detail: 'limit-256' }]);
    expect(ds[0]!.data).toMatchObject({ count: 257, limit: 256, windowsListed: false, nonWindowsExceeded: true, nonWindowsOs: ['macos', 'linux'] });
    expect(ds[0]!.message).toContain('macOS, Linux');
  });

  it('applies the Windows limits when the client operating systems are left empty', () => {
    const [d] = findings(hub(256, ['IkeV2'], []).b.build(), 'p2s/traffic-selectors-windows');
    expect(summary(d!)).toMatchObject({ severity: 'error', detail: 'limit-255' });
  });

  it('does not fire at exactly 25 selectors', () => {
    expect(findings(hub(25).b.build(), 'p2s/traffic-selectors-windows')).toEqual([]);
  });

  it('does not fire when IKEv2 is not enabled', () => {
    expect(findings(hub(300, ['OpenVPN']).b.build(), 'p2s/traffic-selectors-windows')).toEqual([]);
  });
});
