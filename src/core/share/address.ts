import { ByteReader, ByteWriter, CorruptPayload } from './bytes';

/**
 * Address text (prefixes, IP addresses) in a few bytes when it is canonical IPv4 that prints back to
 * exactly the same text; anything else (IPv6, typos, leading zeros, invalid CIDR) is kept as typed.
 *
 * One tag byte, then:
 * - 0..164: an IPv4 prefix; tag = kept × 33 + length, followed by the `kept` leading address bytes
 *   (the trailing, omitted bytes are zero). Host bits are kept, so `10.0.0.1/16` stays as typed.
 * - 165: an IPv4 address without a length, followed by 4 bytes.
 * - 166: text, as typed.
 */

const TAG_ADDRESS = 165;
const TAG_TEXT = 166;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;

/** A canonical decimal part: no leading zero, at most `max`. */
function part(text: string, max: number): number | undefined {
  const n = Number(text);
  return String(n) === text && n <= max ? n : undefined;
}

/** The address bytes and prefix length (-1 = no length) of canonical IPv4 text, or undefined. */
export function parseCanonicalIpv4(text: string): { bytes: number[]; length: number } | undefined {
  const m = IPV4.exec(text);
  if (!m) return undefined;
  const bytes: number[] = [];
  for (let i = 1; i <= 4; i++) {
    const b = part(m[i]!, 255);
    if (b === undefined) return undefined;
    bytes.push(b);
  }
  if (m[5] === undefined) return { bytes, length: -1 };
  const length = part(m[5], 32);
  return length === undefined ? undefined : { bytes, length };
}

export function writeAddress(w: ByteWriter, text: string): void {
  if (typeof text !== 'string') throw new TypeError(`expected address text, got ${typeof text}`);
  const ip = parseCanonicalIpv4(text);
  if (!ip) {
    w.byte(TAG_TEXT);
    w.text(text);
    return;
  }
  if (ip.length < 0) {
    w.byte(TAG_ADDRESS);
    for (const b of ip.bytes) w.byte(b);
    return;
  }
  let kept = 4;
  while (kept > 0 && ip.bytes[kept - 1] === 0) kept--;
  w.byte(kept * 33 + ip.length);
  for (let i = 0; i < kept; i++) w.byte(ip.bytes[i]!);
}

export function readAddress(r: ByteReader): string {
  const tag = r.byte();
  if (tag === TAG_TEXT) return r.text();
  if (tag === TAG_ADDRESS) return [r.byte(), r.byte(), r.byte(), r.byte()].join('.');
  if (tag > TAG_TEXT) throw new CorruptPayload('unknown address format');
  const kept = Math.floor(tag / 33);
  const length = tag % 33;
  const bytes = [0, 0, 0, 0];
  for (let i = 0; i < kept; i++) bytes[i] = r.byte();
  return `${bytes.join('.')}/${length}`;
}
