import type { Finding } from '../types';
import { defineRule } from '../types';
import { DAY, clock, dailyOverlap, describeWindow, startMinutes, utcOffsetMinutes } from './shared';

export default defineRule({
  meta: {
    id: 'maintenance/coexistence',
    severities: ['warning', 'info'],
    title: 'VPN and ExpressRoute gateways in one VNet whose maintenance windows overlap.',
    source: 'FAQ "How should I plan maintenance windows when using VPN and ExpressRoute in a coexistence scenario?"; facts §10',
    docs: {
      why: 'Where an ExpressRoute gateway and a VPN gateway share a VNet, one is usually the backup path of the other. If both are maintained in the same hours, the backup can be down exactly when the primary is, so the two windows should not overlap.',
      example: 'VNet `hub` with ExpressRoute coexistence; the VPN gateway window is 01:00–06:00 UTC and the ExpressRoute window 04:00–09:00 UTC.',
      fix: 'Move one of the windows so that the two daily windows do not share any hour.',
      reading:
        "Both windows are compared as daily intervals (a window crossing midnight wraps; a window ending when the other starts does not overlap; weekly or monthly windows are compared as if daily, which maintenance/window reports anyway). Equal time zones (ignoring case and spaces) compare directly. Different zones are converted to UTC when the offset can be told: UTC/GMT, fixed offsets like UTC+02:00, Windows display names starting with '(UTC+01:00)', the common Windows zone IDs that Azure maintenance configurations use (e.g. 'W. Europe Standard Time', mapped to an IANA zone with the same rules, such as Europe/Berlin), and IANA names such as Europe/Berlin (offsets taken at validation time, so daylight saving of that day applies). Otherwise (e.g. a Windows ID outside the built-in table) the windows cannot be compared and an info finding (detail 'time-zone') asks for a manual check.",
    },
  },
  *check(ctx): Iterable<Finding> {
    const offsets = new Map<string, number | undefined>();
    const offsetOf = (tz: string): number | undefined => {
      if (!offsets.has(tz)) offsets.set(tz, utcOffsetMinutes(tz, ctx.today));
      return offsets.get(tz);
    };
    const norm = (tz: string) => tz.replace(/\s+/g, '').toLowerCase();
    for (const v of ctx.doc.vnets) {
      const er = v.expressRouteMaintenanceWindow;
      if (!v.expressRouteCoexistence || !er) continue;
      for (const g of ctx.index.gatewaysByVnet.get(v.id) ?? []) {
        const vpn = g.maintenanceWindow;
        if (!vpn) continue;
        let vpnStart = startMinutes(vpn);
        let erStart = startMinutes(er);
        let zone = vpn.timeZone;
        let converted = false;
        if (norm(vpn.timeZone) !== norm(er.timeZone)) {
          const vpnOffset = offsetOf(vpn.timeZone);
          const erOffset = offsetOf(er.timeZone);
          if (vpnOffset === undefined || erOffset === undefined) {
            yield {
              severity: 'info',
              elementIds: [g.id, v.id],
              message: `VPN gateway ${g.name} (${describeWindow(vpn)}) and the ExpressRoute gateway in VNet ${v.name} (${describeWindow(er)}) use different time zones that cannot be converted here; check by hand that the windows do not overlap.`,
              detail: 'time-zone',
              data: { vpnTimeZone: vpn.timeZone, expressRouteTimeZone: er.timeZone },
              fix: { hint: 'Use the same time zone for both maintenance configurations, or check the hours by hand.' },
            };
            continue;
          }
          vpnStart = (((vpnStart - vpnOffset) % DAY) + DAY) % DAY;
          erStart = (((erStart - erOffset) % DAY) + DAY) % DAY;
          zone = 'UTC';
          converted = true;
        }
        const vpnLength = vpn.durationHours * 60;
        const erLength = er.durationHours * 60;
        if (!dailyOverlap(vpnStart, vpnLength, erStart, erLength)) continue;
        const span = (start: number, length: number) => `${clock(start)}–${clock(start + length)} ${zone}`;
        yield {
          elementIds: [g.id, v.id],
          message: `The maintenance windows of VPN gateway ${g.name} (${span(vpnStart, vpnLength)}) and of the ExpressRoute gateway in VNet ${v.name} (${span(erStart, erLength)}) overlap${converted ? ` (times converted to UTC from ${JSON.stringify(vpn.timeZone)} and ${JSON.stringify(er.timeZone)} at today's offsets)` : ''}, so both paths can be in maintenance at once.`,
          detail: 'overlap',
          data: { vpnWindow: span(vpnStart, vpnLength), expressRouteWindow: span(erStart, erLength), timeZone: zone, converted },
          fix: { hint: 'Shift one window so that the two daily windows do not share any hour.' },
        };
      }
    }
  },
});
