import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { dailyOverlap, utcOffsetMinutes, WINDOWS_ZONES } from './shared';

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

  it('converts Windows time-zone IDs: Tokyo 09:00 and Eastern 22:00 overlap in UTC though not on the clock face', () => {
    // On 2026-11-24: Tokyo Standard Time is UTC+9 (09:00 = 00:00 UTC), Eastern Standard Time UTC-5 (22:00 = 03:00 UTC).
    const { doc, vnetId, gatewayId } = design(
      { startTime: '09:00', durationHours: 5, timeZone: 'Tokyo Standard Time' },
      { startTime: '22:00', durationHours: 5, timeZone: 'Eastern Standard Time' },
    );
    const found = findings(doc, 'maintenance/coexistence');
    expect(found.map(summary)).toEqual([{ severity: 'warning', elementIds: [gatewayId, vnetId].sort(), detail: 'overlap' }]);
    expect(found[0]!.data).toMatchObject({ vpnWindow: '00:00–05:00 UTC', expressRouteWindow: '03:00–08:00 UTC', converted: true });
  });

  it('converts Windows time-zone IDs: W. Europe 01:00 and GMT 05:00 are back to back in UTC, so no overlap', () => {
    // Compared on the clock face they would overlap (01:00–06:00 and 05:00–10:00); in winter W. Europe is UTC+1.
    const { doc } = design(
      { startTime: '01:00', durationHours: 5, timeZone: 'W. Europe Standard Time' },
      { startTime: '05:00', durationHours: 5, timeZone: 'GMT Standard Time' },
    );
    expect(findings(doc, 'maintenance/coexistence')).toEqual([]);
  });

  it('applies daylight saving to Windows time-zone IDs on the validation day', () => {
    // In July W. Europe is UTC+2: 02:00–07:00 local is 00:00–05:00 UTC, overlapping 04:00 GMT (UTC+1 in summer = 03:00 UTC).
    const { doc } = design(
      { startTime: '02:00', durationHours: 5, timeZone: 'W. Europe Standard Time' },
      { startTime: '04:00', durationHours: 5, timeZone: 'GMT Standard Time' },
    );
    const found = findings(doc, 'maintenance/coexistence', { today: new Date('2026-07-15T12:00:00Z') });
    expect(found[0]!.data).toMatchObject({ vpnWindow: '00:00–05:00 UTC', expressRouteWindow: '03:00–08:00 UTC' });
  });

  it('gives an info finding when the time zones cannot be compared', () => {
    const { doc, vnetId, gatewayId } = design(
      { startTime: '01:00', durationHours: 5, timeZone: 'Line Islands Standard Time' },
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
    expect(utcOffsetMinutes('Line Islands Standard Time', winter)).toBeUndefined();
    expect(utcOffsetMinutes('Mars/Olympus', winter)).toBeUndefined();
  });

  it('read UTC offsets from Windows time-zone IDs, with daylight saving and ignoring case', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    const summer = new Date('2026-07-15T12:00:00Z');
    expect(utcOffsetMinutes('W. Europe Standard Time', winter)).toBe(60);
    expect(utcOffsetMinutes('w. europe  standard time', summer)).toBe(120);
    expect(utcOffsetMinutes('Pacific Standard Time', winter)).toBe(-480);
    expect(utcOffsetMinutes('India Standard Time', summer)).toBe(330);
    expect(utcOffsetMinutes('AUS Eastern Standard Time', winter)).toBe(660);
    expect(utcOffsetMinutes('US Mountain Standard Time', summer)).toBe(-420);
  });

  it('convert the common Windows time-zone IDs, and every zone of the table is one the runtime knows', () => {
    const ids = [
      'UTC', 'GMT Standard Time', 'W. Europe Standard Time', 'Central Europe Standard Time', 'Romance Standard Time',
      'E. Europe Standard Time', 'FLE Standard Time', 'Russian Standard Time', 'Arabian Standard Time', 'India Standard Time',
      'China Standard Time', 'Tokyo Standard Time', 'Korea Standard Time', 'Singapore Standard Time', 'AUS Eastern Standard Time',
      'E. Australia Standard Time', 'New Zealand Standard Time', 'Eastern Standard Time', 'Central Standard Time',
      'Mountain Standard Time', 'Pacific Standard Time', 'US Mountain Standard Time', 'Alaskan Standard Time',
      'Hawaiian Standard Time', 'E. South America Standard Time', 'South Africa Standard Time', 'Israel Standard Time',
      'Turkey Standard Time', 'Arab Standard Time', 'Pakistan Standard Time', 'SE Asia Standard Time', 'Taipei Standard Time',
    ];
    const now = new Date('2026-01-15T12:00:00Z');
    expect(ids.filter((id) => utcOffsetMinutes(id, now) === undefined)).toEqual([]);
    expect([...WINDOWS_ZONES.values()].filter((iana) => utcOffsetMinutes(iana, now) === undefined)).toEqual([]);
  });
});
