import { BITS, formatIp, parseIpv4, parseIpv6 } from './ip';

/**
 * An IP prefix (CIDR block) as an inclusive numeric interval. Prefixes are immutable values; two
 * prefixes are either disjoint or one contains the other, which the overlap sweep relies on.
 */
export interface Prefix {
  readonly version: 4 | 6;
  readonly start: bigint;
  readonly end: bigint;
  readonly length: number;
  /** Canonical text, e.g. `10.0.0.0/16`, `2001:db8::/32`. */
  readonly text: string;
}

export type PrefixParseResult =
  | { readonly ok: true; readonly prefix: Prefix }
  | {
      readonly ok: false;
      readonly reason: 'syntax' | 'host-bits' | 'length';
      readonly message: string;
      /** The network prefix the user probably meant (host bits cleared), when there is one. */
      readonly suggestion?: string;
    };

const CACHE_LIMIT = 50_000;
const cache = new Map<string, PrefixParseResult>();

/** Builds a prefix from a network start and a length (host bits are cleared). */
export function makePrefix(version: 4 | 6, address: bigint, length: number): Prefix {
  const hostBits = BigInt(BITS[version] - length);
  const start = (address >> hostBits) << hostBits;
  const end = start + (1n << hostBits) - 1n;
  return { version, start, end, length, text: `${formatIp(version, start)}/${length}` };
}

/** Parses CIDR text strictly: host bits set is an error that carries the normalized suggestion. */
export function parsePrefix(text: string): PrefixParseResult {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = parseUncached(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

function parseUncached(raw: string): PrefixParseResult {
  const text = raw.trim();
  const slash = text.indexOf('/');
  if (slash < 0 || slash !== text.lastIndexOf('/')) {
    return { ok: false, reason: 'syntax', message: `"${raw}" is not in CIDR form (address/length)` };
  }
  const addressText = text.slice(0, slash);
  const lengthText = text.slice(slash + 1);
  const v4 = parseIpv4(addressText);
  const version: 4 | 6 | undefined = v4 !== undefined ? 4 : addressText.includes(':') ? 6 : undefined;
  const address = v4 ?? (version === 6 ? parseIpv6(addressText) : undefined);
  if (version === undefined || address === undefined) {
    return { ok: false, reason: 'syntax', message: `"${addressText}" is not a valid IPv4 or IPv6 address` };
  }
  if (!/^\d{1,3}$/.test(lengthText) || Number(lengthText) > BITS[version]) {
    return {
      ok: false,
      reason: 'length',
      message: `prefix length "/${lengthText}" must be 0–${BITS[version]} for IPv${version}`,
    };
  }
  const prefix = makePrefix(version, address, Number(lengthText));
  if (prefix.start !== address) {
    return {
      ok: false,
      reason: 'host-bits',
      message: `"${raw}" has host bits set; the network is ${prefix.text}`,
      suggestion: prefix.text,
    };
  }
  if (prefix.text !== text) return { ok: true, prefix: { ...prefix } };
  return { ok: true, prefix };
}

/**
 * The prefix a text most plausibly means: exact when valid, the network when host bits are set,
 * undefined when it cannot be read. Rules other than address/invalid-cidr use this so one typo
 * does not hide every other finding.
 */
export function toPrefix(text: string): Prefix | undefined {
  const r = parsePrefix(text);
  if (r.ok) return r.prefix;
  return r.suggestion !== undefined ? (parsePrefix(r.suggestion) as { ok: true; prefix: Prefix }).prefix : undefined;
}

const listCache = new WeakMap<readonly string[], readonly Prefix[]>();

/**
 * Parses every text of a list, skipping the unreadable ones. Lists of a document are never mutated
 * (edits replace them), so the result is cached per list and shared: it is frozen, never to be changed.
 * After an edit, only the lists that changed are parsed again.
 */
export function toPrefixes(texts: readonly string[]): readonly Prefix[] {
  const hit = listCache.get(texts);
  if (hit) return hit;
  const out: Prefix[] = [];
  for (const t of texts) {
    const p = toPrefix(t);
    if (p) out.push(p);
  }
  Object.freeze(out);
  listCache.set(texts, out);
  return out;
}

/** True when `outer` contains `inner` (or equals it). */
export function contains(outer: Prefix, inner: Prefix): boolean {
  return outer.version === inner.version && outer.start <= inner.start && inner.end <= outer.end;
}

/** True when the two prefixes share at least one address. */
export function overlaps(a: Prefix, b: Prefix): boolean {
  return a.version === b.version && a.start <= b.end && b.start <= a.end;
}

/** True when the address lies in the prefix. */
export function containsAddress(p: Prefix, version: 4 | 6, value: bigint): boolean {
  return p.version === version && p.start <= value && value <= p.end;
}

/** Number of addresses in the prefix. */
export function size(p: Prefix): bigint {
  return p.end - p.start + 1n;
}

/** Splits a prefix into the 2^(newLength-length) prefixes of length newLength, in order. */
export function split(p: Prefix, newLength: number): Prefix[] {
  if (newLength < p.length || newLength > BITS[p.version]) {
    throw new RangeError(`cannot split ${p.text} into /${newLength}`);
  }
  const count = 1n << BigInt(newLength - p.length);
  if (count > 65_536n) throw new RangeError(`splitting ${p.text} into /${newLength} gives too many prefixes`);
  const step = 1n << BigInt(BITS[p.version] - newLength);
  const out: Prefix[] = [];
  for (let i = 0n; i < count; i++) out.push(makePrefix(p.version, p.start + i * step, newLength));
  return out;
}

/**
 * Maps an address from one prefix onto another of the same length and family, keeping the host
 * part: the static NAT translation. Undefined when the address is outside `from` or the shapes differ.
 */
export function translateAddress(value: bigint, from: Prefix, to: Prefix): bigint | undefined {
  if (from.version !== to.version || from.length !== to.length) return undefined;
  if (value < from.start || value > from.end) return undefined;
  return to.start + (value - from.start);
}

/** Translates a prefix contained in `from` onto `to` (static NAT); undefined when not applicable. */
export function translatePrefix(p: Prefix, from: Prefix, to: Prefix): Prefix | undefined {
  if (!contains(from, p)) return undefined;
  const start = translateAddress(p.start, from, to);
  return start === undefined ? undefined : makePrefix(p.version, start, p.length);
}

/** Orders by family, then start, then the larger (shorter) prefix first. */
export function comparePrefixes(a: Prefix, b: Prefix): number {
  if (a.version !== b.version) return a.version - b.version;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.length - b.length;
}
