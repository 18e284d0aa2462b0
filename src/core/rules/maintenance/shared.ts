import type { MaintenanceWindow } from '../../model/types';

/** Minutes in a day: daily windows live on a circle of this length. */
export const DAY = 24 * 60;

/** Region names compared the way Azure treats them: case-insensitive, spaces ignored ("West Europe" = "westeurope"). */
export function sameRegion(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  return norm(a) === norm(b);
}

/** Start of the window in minutes after local midnight (the schema guarantees HH:MM). */
export function startMinutes(w: MaintenanceWindow): number {
  const [h, m] = w.startTime.split(':');
  return Number(h) * 60 + Number(m);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A time of day as HH:MM (minutes taken modulo a day). */
export function clock(minutes: number): string {
  const m = ((Math.round(minutes) % DAY) + DAY) % DAY;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** A window for messages, e.g. `22:00–03:00 UTC (5 h, Daily)`. */
export function describeWindow(w: MaintenanceWindow): string {
  const start = startMinutes(w);
  return `${w.startTime}–${clock(start + w.durationHours * 60)} ${w.timeZone} (${w.durationHours} h, ${w.recurrence})`;
}

/**
 * True when two daily windows, given as start minute and length in minutes in one time zone, share
 * any minute. Windows are half-open, so one ending at 02:00 and one starting at 02:00 do not overlap;
 * windows crossing midnight wrap around.
 */
export function dailyOverlap(startA: number, lengthA: number, startB: number, lengthB: number): boolean {
  if (lengthA <= 0 || lengthB <= 0) return false;
  if (lengthA >= DAY || lengthB >= DAY) return true;
  const mod = (x: number) => ((x % DAY) + DAY) % DAY;
  return mod(startB - startA) < lengthA || mod(startA - startB) < lengthB;
}

const FIXED = /^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i;
const DISPLAY = /^\(\s*(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)/i;
const ZERO = new Set(['utc', 'gmt', 'z', 'etc/utc', 'etc/gmt', 'coordinated universal time', 'utc+00:00', 'utc-00:00']);

/**
 * Windows time-zone IDs (what Azure maintenance configurations take) mapped to an IANA zone with the
 * same offsets and daylight-saving rules (the CLDR "windowsZones" primary zone, or one with identical
 * rules). Compact: the common zones only; an ID not listed stays unconvertible. Keys are lower-cased.
 */
export const WINDOWS_ZONES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'UTC': 'Etc/UTC',
    'GMT Standard Time': 'Europe/London',
    'Greenwich Standard Time': 'Atlantic/Reykjavik',
    'W. Europe Standard Time': 'Europe/Berlin',
    'Central Europe Standard Time': 'Europe/Budapest',
    'Central European Standard Time': 'Europe/Warsaw',
    'Romance Standard Time': 'Europe/Paris',
    'GTB Standard Time': 'Europe/Bucharest',
    'E. Europe Standard Time': 'Europe/Chisinau',
    'FLE Standard Time': 'Europe/Helsinki',
    'Russian Standard Time': 'Europe/Moscow',
    'Turkey Standard Time': 'Europe/Istanbul',
    'Israel Standard Time': 'Asia/Jerusalem',
    'Egypt Standard Time': 'Africa/Cairo',
    'South Africa Standard Time': 'Africa/Johannesburg',
    'W. Central Africa Standard Time': 'Africa/Lagos',
    'E. Africa Standard Time': 'Africa/Nairobi',
    'Arab Standard Time': 'Asia/Riyadh',
    'Arabian Standard Time': 'Asia/Dubai',
    'Iran Standard Time': 'Asia/Tehran',
    'Pakistan Standard Time': 'Asia/Karachi',
    'India Standard Time': 'Asia/Kolkata',
    'Nepal Standard Time': 'Asia/Kathmandu',
    'Bangladesh Standard Time': 'Asia/Dhaka',
    'SE Asia Standard Time': 'Asia/Bangkok',
    'China Standard Time': 'Asia/Shanghai',
    'Singapore Standard Time': 'Asia/Singapore',
    'Taipei Standard Time': 'Asia/Taipei',
    'W. Australia Standard Time': 'Australia/Perth',
    'Tokyo Standard Time': 'Asia/Tokyo',
    'Korea Standard Time': 'Asia/Seoul',
    'Cen. Australia Standard Time': 'Australia/Adelaide',
    'AUS Central Standard Time': 'Australia/Darwin',
    'AUS Eastern Standard Time': 'Australia/Sydney',
    'E. Australia Standard Time': 'Australia/Brisbane',
    'Tasmania Standard Time': 'Australia/Hobart',
    'New Zealand Standard Time': 'Pacific/Auckland',
    'Hawaiian Standard Time': 'Pacific/Honolulu',
    'Alaskan Standard Time': 'America/Anchorage',
    'Pacific Standard Time': 'America/Los_Angeles',
    'US Mountain Standard Time': 'America/Phoenix',
    'Mountain Standard Time': 'America/Denver',
    'Central Standard Time': 'America/Chicago',
    'Central Standard Time (Mexico)': 'America/Mexico_City',
    'Canada Central Standard Time': 'America/Regina',
    'Eastern Standard Time': 'America/New_York',
    'SA Pacific Standard Time': 'America/Bogota',
    'Atlantic Standard Time': 'America/Halifax',
    'E. South America Standard Time': 'America/Sao_Paulo',
    'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  }).map(([id, iana]) => [id.toLowerCase(), iana]),
);

/** The IANA zone for a Windows time-zone ID (case and runs of spaces ignored), or undefined. */
export function ianaForWindowsZone(id: string): string | undefined {
  return WINDOWS_ZONES.get(id.trim().replace(/\s+/g, ' ').toLowerCase());
}

/**
 * The offset from UTC, in minutes, of a time zone at a given moment; undefined when it cannot be
 * told. Understood: UTC/GMT, fixed offsets (`UTC+02:00`, `GMT-5`), Windows display names that start
 * with their offset (`(UTC+01:00) Amsterdam, Berlin…`), the common Windows zone IDs
 * (`W. Europe Standard Time`, converted to their IANA zone) and IANA names the runtime knows
 * (`Europe/Berlin`), the last two through Intl at that moment, so daylight saving applies.
 */
export function utcOffsetMinutes(timeZone: string, at: Date): number | undefined {
  const tz = timeZone.trim();
  if (ZERO.has(tz.toLowerCase())) return 0;
  const m = FIXED.exec(tz) ?? DISPLAY.exec(tz);
  if (m) {
    if (m[1] === undefined) return 0;
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? '0');
    if (hours > 14 || minutes > 59) return undefined;
    return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const format = ianaFormatter(ianaForWindowsZone(tz) ?? tz);
  if (!format) return undefined;
  try {
    const part = format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
    const o = part === undefined ? undefined : /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(part);
    if (!o) return undefined;
    if (o[1] === undefined) return 0;
    return (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3]));
  } catch {
    return undefined;
  }
}

/** Intl formatters are slow to build: one per IANA zone name, kept for the process (null = unknown zone). */
const formatters = new Map<string, Intl.DateTimeFormat | null>();
const FORMATTER_LIMIT = 500;

function ianaFormatter(tz: string): Intl.DateTimeFormat | undefined {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(tz)) return undefined;
  let f = formatters.get(tz);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
    } catch {
      f = null;
    }
    if (formatters.size >= FORMATTER_LIMIT) formatters.clear();
    formatters.set(tz, f);
  }
  return f ?? undefined;
}
