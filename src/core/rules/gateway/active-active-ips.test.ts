import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const ID = 'gateway/active-active-ips';
const HUB = { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' };
const IP = { sku: 'Standard' as const, allocation: 'Static' as const, zones: ['1' as const, '2' as const, '3' as const] };

describe('gateway/active-active-ips', () => {
  it('reports an active-active gateway with one public IP and adds the second', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', activeActive: true, publicIps: [{ ...IP, zones: ['1'] }] });
    const doc = b.build();
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId], detail: 'too-few' });
    expect(d!.data).toMatchObject({ have: 1, needed: 2 });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.gateways[0]!.publicIps).toEqual([
      { sku: 'Standard', allocation: 'Static', zones: ['1'] },
      { sku: 'Standard', allocation: 'Static', zones: ['1'] },
    ]);
    expect(doc.gateways[0]!.publicIps).toHaveLength(1);
    expect(findings(fixed, ID)).toEqual([]);
  });

  it('asks for a third IP when point-to-site uses RADIUS', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', activeActive: true, publicIps: [IP, IP] });
    const p = b.p2s(gatewayId, { name: 'pool', addressPool: ['172.16.0.0/24'], authTypes: ['Radius'] });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, p].sort(), detail: 'radius' });
    expect(d!.data).toMatchObject({ have: 2, needed: 3 });
    expect(d!.message).toContain('RADIUS');
  });

  it('notes extra IPs on an active-standby gateway as info', () => {
    const b = new DesignBuilder();
    const { gatewayId } = b.hub(HUB, { name: 'gw', publicIps: [IP, IP] });
    expect(findings(b.build(), ID).map(summary)).toEqual([{ severity: 'info', elementIds: [gatewayId], detail: 'extra-ips' }]);
  });

  it('does not fire with two IPs (certificate P2S), three IPs with RADIUS, or one IP active-standby', () => {
    const b = new DesignBuilder();
    const a = b.hub(HUB, { name: 'a', activeActive: true, publicIps: [IP, IP] });
    b.p2s(a.gatewayId, { name: 'pa', addressPool: ['172.16.0.0/24'], authTypes: ['Certificate'] });
    const r = b.hub({ name: 'r', addressSpace: ['10.1.0.0/16'], gatewaySubnet: '10.1.255.0/27' }, { name: 'r', activeActive: true, publicIps: [IP, IP, IP] });
    b.p2s(r.gatewayId, { name: 'pr', addressPool: ['172.17.0.0/24'], authTypes: ['Radius'] });
    b.hub({ name: 's', addressSpace: ['10.2.0.0/16'], gatewaySubnet: '10.2.255.0/27' }, { name: 's', publicIps: [IP] });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
