import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { dailyOverlap, utcOffsetMinutes } from './shared';

type W = { startTime: string; durationHours: number; timeZone?: string };

function design(vpn: W, er: W, coexistence = true) {
  const b = new DesignBuilder();
  const { vnetId, gatewayId } = b.hub(
    {
      name: 'hub',
      region: 'westeurope',
      addressSpace: ['10.0.0.0/16'],
      gatewaySubnet: '10.0.255.0/27',
      expressRouteCoexistence: coexistence,
      expressRouteMaintenanceWindow: { ...er, region: 'westeurope' },
    },
    { name: 'hub-gw', maintenanceWindow: { ...vpn, region: 'westeurope' } },
  );
  return { doc: b.build(), vnetId, gatewayId };
}

describe('maintenance/coexistence', () => {
  it('warns when the VPN and ExpressRoute windows overlap in the same time zone', () => {
    const { doc, vnetId, gatewayId } = design({ startTime: '01:00', durationHours: 5 }, { startTime: '04:00', durationHours: 5 });
    const found = findings(doc, 'maintenance/coexistence');
    expect(found.map(summary)).toEqual([{ severity: 'warning', elementIds: [gatewayId, vnetId].sort(), detail: 'overlap' }]);
    expect(found[0]!.data).toMatchObject({ vpnWindow: '01:00–06:00 UTC', expressRouteWindow: '04:00–09:00 UTC' });
  });

  it('sees an overlap across midnight', () => {
    const { doc } = design({ startTime: '22:00', durationHours: 5 }, { startTime: '02:00', durationHours: 5 });
    expect(findings(doc, 'maintenance/coexistence').map((d) => d.detail)).toEqual(['overlap']);
  });

  it('does not warn on back-to-back windows or without coexistence', () => {
    expect(findings(design({ startTime: '22:00', durationHours: 5 }, { startTime: '03:00', durationHours: 5 }).doc, 'maintenance/coexistence')).toEqual([]);
    expect(findings(design({ startTime: '01:00', durationHours: 5 }, { startTime: '01:00', durationHours: 5 }, false).doc, 'maintenance/coexistence')).toEqual([]);
  });

  it('converts fixed UTC offsets before comparing', () => {
    // 03:00 at UTC+02:00 is 01:00 UTC: overlaps 00:00–05:00 UTC.
    const overlap = design({ startTime: '00:00', durationHours: 5, timeZone: 'UTC' }, { startTime: '03:00', durationHours: 5, timeZone: 'UTC+02:00' });
    const [d] = findings(overlap.doc, 'maintenance/coexistence');
    expect(d!.data).toMatchObject({ expressRouteWindow: '01:00–06:00 UTC', converted: true });
    expect(d!.message).toContain('converted to UTC');
    // 10:00 at UTC+05:00 is 05:00 UTC: right after 00:00–05:00 UTC.
    const apart = design({ startTime: '00:00', durationHours: 5, timeZone: 'UTC' }, { startTime: '10:00', durationHours: 5, timeZone: 'UTC+05:00' });
    expect(findings(apart.doc, 'maintenance/coexistence')).toEqual([]);
  });

  it('gives an info finding when the time zones cannot be compared', () => {
    const { doc, vnetId, gatewayId } = design(
      { startTime: '01:00', durationHours: 5, timeZone: 'W. Europe Standard Time' },
      { startTime: '12:00', durationHours: 5, timeZone: 'UTC' },
    );
    expect(findings(doc, 'maintenance/coexistence').map(summary)).toEqual([
      { severity: 'info', elementIds: [gatewayId, vnetId].sort(), detail: 'time-zone' },
    ]);
  });
});

describe('maintenance window helpers', () => {
  it('compare daily windows on a 24-hour circle', () => {
    expect(dailyOverlap(23 * 60, 120, 30, 60)).toBe(true);
    expect(dailyOverlap(23 * 60, 60, 0, 60)).toBe(false);
    expect(dailyOverlap(0, 24 * 60, 600, 60)).toBe(true);
    expect(dailyOverlap(0, 0, 0, 60)).toBe(false);
  });

  it('read UTC offsets from fixed, display and IANA names', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    const summer = new Date('2026-07-15T12:00:00Z');
    expect(utcOffsetMinutes('UTC', winter)).toBe(0);
    expect(utcOffsetMinutes('GMT-5', winter)).toBe(-300);
    expect(utcOffsetMinutes('UTC+05:30', winter)).toBe(330);
    expect(utcOffsetMinutes('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', winter)).toBe(60);
    expect(utcOffsetMinutes('Europe/Berlin', winter)).toBe(60);
    expect(utcOffsetMinutes('Europe/Berlin', summer)).toBe(120);
    expect(utcOffsetMinutes('W. Europe Standard Time', winter)).toBeUndefined();
    expect(utcOffsetMinutes('Mars/Olympus', winter)).toBeUndefined();
  });
});
