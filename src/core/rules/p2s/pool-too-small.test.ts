import { describe, expect, it } from 'vitest';
import type { P2sTunnelType } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(
  addressPool: string[],
  options: { tunnelTypes?: P2sTunnelType[]; activeActive?: boolean; planned?: { sstp?: number; ikev2?: number; openvpn?: number } } = {},
) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub(
    { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
    { name: 'hub-gw', activeActive: options.activeActive ?? false },
  );
  const p = b.p2s(gatewayId, {
    name: 'users',
    addressPool,
    tunnelTypes: options.tunnelTypes ?? ['IkeV2', 'OpenVPN'],
    plannedClients: { sstp: 0, ikev2: 0, openvpn: 0, ...options.planned },
  });
  return { doc: b.build(), gatewayId, p };
}

describe('p2s/pool-too-small', () => {
  it('fires on a pool smaller than /29 on an active-standby gateway', () => {
    const { doc, gatewayId, p } = design(['172.16.0.0/30']);
    const [d, ...rest] = findings(doc, 'p2s/pool-too-small');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, p].sort(), detail: 'size' });
    expect(d!.data).toMatchObject({ pool: '172.16.0.0/30', length: 30, minimumLength: 29, activeActive: false });
  });

  it('requires /28 on an active-active gateway', () => {
    const [d] = findings(design(['172.16.0.0/29'], { activeActive: true }).doc, 'p2s/pool-too-small');
    expect(summary(d!)).toMatchObject({ severity: 'error', detail: 'size' });
    expect(d!.data).toMatchObject({ minimumLength: 28, activeActive: true });
    expect(findings(design(['172.16.0.0/28'], { activeActive: true }).doc, 'p2s/pool-too-small')).toEqual([]);
  });

  it('does not fire on a /29 on an active-standby gateway', () => {
    expect(findings(design(['172.16.0.0/29']).doc, 'p2s/pool-too-small')).toEqual([]);
  });

  it('checks planned IKEv2 clients against the IKEv2 half of a split pool', () => {
    const { doc, p } = design(['172.16.0.0/26'], { tunnelTypes: ['SSTP', 'IkeV2'], planned: { sstp: 10, ikev2: 40 } });
    const [d, ...rest] = findings(doc, 'p2s/pool-too-small');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [p], detail: 'capacity' });
    expect(d!.data).toMatchObject({ protocols: ['IkeV2'], planned: 40, addresses: 32, ranges: ['172.16.0.32/27'], split: true });
  });

  it('only warns, naming the assumption, when IKEv2 clients overflow the equal half but fit if SSTP takes one /25', () => {
    const { doc, p } = design(['172.16.0.0/22'], { tunnelTypes: ['SSTP', 'IkeV2'], planned: { sstp: 10, ikev2: 600 } });
    const [d, ...rest] = findings(doc, 'p2s/pool-too-small');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [p], detail: 'capacity-assumption' });
    expect(d!.data).toMatchObject({ protocols: ['IkeV2'], planned: 600, addresses: 512, alternativeAddresses: 896, assumption: 'equal-halves' });
    expect(d!.message).toContain('equal halves');
    expect(d!.message).toContain('896');
  });

  it('is an error when IKEv2 clients fit under neither reading of the split', () => {
    const { doc, p } = design(['172.16.0.0/22'], { tunnelTypes: ['SSTP', 'IkeV2'], planned: { ikev2: 900 } });
    const [d, ...rest] = findings(doc, 'p2s/pool-too-small');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [p], detail: 'capacity' });
    expect(d!.data).toMatchObject({ planned: 900, addresses: 512, alternativeAddresses: 896 });
    expect(d!.message).toContain('896');
  });

  it('does not fire when the IKEv2 clients fit in the equal half', () => {
    expect(findings(design(['172.16.0.0/22'], { tunnelTypes: ['SSTP', 'IkeV2'], planned: { ikev2: 512 } }).doc, 'p2s/pool-too-small')).toEqual([]);
  });

  it('checks planned SSTP clients against the SSTP half', () => {
    const [d] = findings(design(['172.16.0.0/26'], { tunnelTypes: ['SSTP', 'IkeV2'], planned: { sstp: 33 } }).doc, 'p2s/pool-too-small');
    expect(d!.data).toMatchObject({ protocols: ['SSTP'], planned: 33, addresses: 32, ranges: ['172.16.0.0/27'] });
  });

  it('checks the sum of protocols sharing an unsplit pool', () => {
    const [d] = findings(design(['172.16.0.0/27'], { planned: { ikev2: 20, openvpn: 20 } }).doc, 'p2s/pool-too-small');
    expect(d!.data).toMatchObject({ protocols: ['IkeV2', 'OpenVPN'], planned: 40, addresses: 32, split: false });
  });

  it('does not count planned clients of a protocol that is not enabled', () => {
    expect(findings(design(['172.16.0.0/27'], { tunnelTypes: ['IkeV2'], planned: { ikev2: 32, sstp: 500 } }).doc, 'p2s/pool-too-small')).toEqual([]);
  });

  it('fires on a configuration with no pool at all', () => {
    const [d] = findings(design([]).doc, 'p2s/pool-too-small');
    expect(d!.detail).toBe('empty');
  });
});
