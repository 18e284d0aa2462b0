import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

type Apipa = { ipConfigurationId: string; addresses: string[] }[];

function design(opts: { peerIp?: string; customApipa?: Apipa; activeActive?: boolean; enableBgp?: boolean } = {}) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'hub-gw',
    activeActive: opts.activeActive ?? false,
    bgp: { enabled: true, asn: 65010, customApipa: opts.customApipa ?? [] },
  });
  const siteId = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.1', bgp: { asn: 65020, peerIp: opts.peerIp ?? '169.254.21.2' } });
  const connectionId = b.s2s(gatewayId, siteId, { name: 'to-branch', enableBgp: opts.enableBgp ?? true });
  return { doc: b.build(), gatewayId, siteId, connectionId };
}

const one = (addresses: string[], ipConfigurationId = 'ipconfig1'): Apipa => [{ ipConfigurationId, addresses }];

describe('bgp/apipa', () => {
  it('fires when an APIPA site peers with BGP to a gateway without custom APIPA addresses', () => {
    const { doc, gatewayId, siteId, connectionId } = design();
    const [d, ...rest] = findings(doc, 'bgp/apipa');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [connectionId, gatewayId, siteId].sort(), detail: 'missing-azure-apipa' });
    expect(d!.elementIds[0]).toBe(gatewayId);
  });

  it('does not fire for an APIPA site when the gateway has a custom APIPA address, or without BGP on the connection', () => {
    expect(findings(design({ customApipa: one(['169.254.21.1']) }).doc, 'bgp/apipa')).toEqual([]);
    expect(findings(design({ enableBgp: false }).doc, 'bgp/apipa')).toEqual([]);
    expect(findings(design({ peerIp: '192.168.255.1' }).doc, 'bgp/apipa')).toEqual([]);
  });

  it('fires on a custom APIPA address outside 169.254.21.0–169.254.22.255, and on an unreadable one', () => {
    const { doc, gatewayId } = design({ peerIp: '192.168.255.1', customApipa: one(['169.254.22.255', '169.254.23.0', '169.254.20.255', 'x"y']) });
    const found = findings(doc, 'bgp/apipa');
    expect(found.map(summary)).toEqual([
      { severity: 'error', elementIds: [gatewayId], detail: 'range' },
      { severity: 'error', elementIds: [gatewayId], detail: 'range' },
      { severity: 'error', elementIds: [gatewayId], detail: 'syntax' },
    ]);
    expect(found.map((d) => d.data?.address)).toEqual(['169.254.23.0', '169.254.20.255', 'x"y']);
  });

  it('fires when both instances of an active-active gateway share one APIPA address', () => {
    const { doc, gatewayId } = design({
      activeActive: true,
      customApipa: [
        { ipConfigurationId: 'ipconfig1', addresses: ['169.254.21.1', '169.254.21.5'] },
        { ipConfigurationId: 'ipconfig2', addresses: ['169.254.21.1'] },
      ],
    });
    const found = findings(doc, 'bgp/apipa');
    expect(found.map(summary)).toEqual([{ severity: 'error', elementIds: [gatewayId], detail: 'shared' }]);
    expect(found[0]!.data).toMatchObject({ address: '169.254.21.1', ipConfigurationIds: ['ipconfig1', 'ipconfig2'] });
  });

  it('fires when an APIPA site meets an active-active gateway with addresses on one instance only', () => {
    const { doc, gatewayId, siteId, connectionId } = design({ activeActive: true, customApipa: one(['169.254.21.1']) });
    expect(findings(doc, 'bgp/apipa').map(summary)).toEqual([
      { severity: 'error', elementIds: [connectionId, gatewayId, siteId].sort(), detail: 'instance-missing' },
    ]);
  });

  it('does not fire for an active-active gateway with a distinct address per instance', () => {
    const { doc } = design({
      activeActive: true,
      customApipa: [
        { ipConfigurationId: 'ipconfig1', addresses: ['169.254.21.1'] },
        { ipConfigurationId: 'ipconfig2', addresses: ['169.254.22.1'] },
      ],
    });
    expect(findings(doc, 'bgp/apipa')).toEqual([]);
  });

  it('fires on more than 32 custom APIPA addresses on a gateway', () => {
    const addresses = (from: number, n: number) => Array.from({ length: n }, (_, i) => `169.254.21.${from + i}`);
    const { doc, gatewayId } = design({
      peerIp: '169.254.22.200',
      activeActive: true,
      customApipa: [
        { ipConfigurationId: 'ipconfig1', addresses: addresses(1, 17) },
        { ipConfigurationId: 'ipconfig2', addresses: addresses(101, 16) },
      ],
    });
    const found = findings(doc, 'bgp/apipa');
    expect(found.map(summary)).toEqual([{ severity: 'error', elementIds: [gatewayId], detail: 'limit' }]);
    expect(found[0]!.data).toMatchObject({ count: 33, limit: 32 });
    const ok = design({ peerIp: '169.254.22.200', customApipa: one(addresses(1, 32)) });
    expect(findings(ok.doc, 'bgp/apipa')).toEqual([]);
  });

  it("fires when the site's APIPA peer IP is the gateway's own APIPA address", () => {
    const { doc, gatewayId, siteId, connectionId } = design({ peerIp: '169.254.21.1', customApipa: one(['169.254.21.1']) });
    expect(findings(doc, 'bgp/apipa').map(summary)).toEqual([
      { severity: 'error', elementIds: [connectionId, gatewayId, siteId].sort(), detail: 'collision' },
    ]);
  });
});
