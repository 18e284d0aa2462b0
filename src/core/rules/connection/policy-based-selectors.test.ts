import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite } from './test-fixtures';

const ID = 'connection/policy-based-selectors';

describe('connection/policy-based-selectors', () => {
  it('lists the prefix pairs the device must define', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b, { site: { addressPrefixes: ['192.168.1.0/24', '192.168.2.0/24'] } });
    const c = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', usePolicyBasedTrafficSelectors: true });
    const [d, ...rest] = findings(b.build(), ID);
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'info', elementIds: [c, siteId].sort(), detail: 'pairs' });
    expect(d!.data).toEqual({
      source: 'address-spaces',
      pairCount: 2,
      policyCount: 2,
      truncated: false,
      pairs: ['192.168.1.0/24 <=> 10.0.0.0/16', '192.168.2.0/24 <=> 10.0.0.0/16'],
    });
    expect(d!.message).toContain('192.168.2.0/24 <=> 10.0.0.0/16');
  });

  it('shortens the message after ten pairs but keeps every pair in the data', () => {
    const b = new DesignBuilder();
    const sitePrefixes = Array.from({ length: 12 }, (_, i) => `192.168.${i}.0/24`);
    const { gatewayId, siteId } = hubAndSite(b, { site: { addressPrefixes: sitePrefixes } });
    b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', usePolicyBasedTrafficSelectors: true });
    const [d] = findings(b.build(), ID);
    expect(d!.message).toContain('and 2 more');
    expect(d!.message).not.toContain('192.168.11.0/24');
    expect(d!.data?.pairs).toHaveLength(12);
  });

  it('reports more than 100 traffic-selector policies as an error', () => {
    const b = new DesignBuilder();
    const sitePrefixes = Array.from({ length: 101 }, (_, i) => `192.168.${i}.0/24`);
    const { gatewayId, siteId } = hubAndSite(b, { site: { addressPrefixes: sitePrefixes } });
    const c = b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1', usePolicyBasedTrafficSelectors: true });
    const [d, ...rest] = findings(b.build(), ID);
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c, siteId].sort(), detail: 'too-many' });
    expect(d!.data).toMatchObject({ policyCount: 101, max: 100 });
  });

  it('counts custom selector policies, not their pairs, against the limit', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const local = Array.from({ length: 20 }, (_, i) => `10.0.${i}.0/24`);
    const remote = Array.from({ length: 20 }, (_, i) => `192.168.${i}.0/24`);
    b.s2s(gatewayId, siteId, {
      name: 'x',
      sharedKey: 'K1',
      usePolicyBasedTrafficSelectors: true,
      trafficSelectorPolicies: [{ localAddressRanges: local, remoteAddressRanges: remote }],
    });
    const [d] = findings(b.build(), ID);
    expect(d!.severity).toBe('info');
    expect(d!.data).toMatchObject({ source: 'custom', pairCount: 400, policyCount: 1 });
  });

  it('notes custom selectors that have no effect because the option is off', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, {
      name: 'x',
      sharedKey: 'K1',
      trafficSelectorPolicies: [{ localAddressRanges: ['10.0.0.0/16'], remoteAddressRanges: ['192.168.1.0/24'] }],
    });
    expect(findings(b.build(), ID).map(summary)).toEqual([{ severity: 'info', elementIds: [c], detail: 'selectors-ignored' }]);
  });

  it('does not fire on a connection without policy-based traffic selectors', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    b.s2s(gatewayId, siteId, { name: 'x', sharedKey: 'K1' });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
