import { Address6 } from 'ip-address';

/** An IP address as a number in its family's space. */
export interface IpAddress {
  readonly version: 4 | 6;
  readonly value: bigint;
}

export const BITS = { 4: 32, 6: 128 } as const;

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parses dotted-quad IPv4; leading zeros are refused because devices read them as octal. */
export function parseIpv4(text: string): bigint | undefined {
  const m = IPV4.exec(text);
  if (!m) return undefined;
  let value = 0;
  for (let i = 1; i <= 4; i++) {
    const part = m[i]!;
    if (part.length > 1 && part[0] === '0') return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return BigInt(value);
}

/** Parses IPv6 text (no zone, no prefix) with ip-address. */
export function parseIpv6(text: string): bigint | undefined {
  if (!text.includes(':') || text.includes('/') || text.includes('%')) return undefined;
  if (!Address6.isValid(text)) return undefined;
  return new Address6(text).bigInt();
}

/** Parses an IPv4 or IPv6 address; undefined when it is neither. */
export function parseIp(text: string): IpAddress | undefined {
  const trimmed = text.trim();
  const v4 = parseIpv4(trimmed);
  if (v4 !== undefined) return { version: 4, value: v4 };
  const v6 = parseIpv6(trimmed);
  if (v6 !== undefined) return { version: 6, value: v6 };
  return undefined;
}

/**
 * Formats an address value in the canonical text form of its family: RFC 5952 for IPv6, with
 * IPv4-mapped addresses (::ffff:0:0/96) in mixed notation, e.g. `::ffff:10.0.0.1` (RFC 5952 §5).
 */
export function formatIp(version: 4 | 6, value: bigint): string {
  if (version === 4) {
    const n = Number(value);
    return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  if (value >> 32n === 0xffffn) return `::ffff:${formatIp(4, value & 0xffffffffn)}`;
  return Address6.fromBigInt(value).correctForm();
}
