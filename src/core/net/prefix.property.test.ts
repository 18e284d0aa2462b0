/**
 * Property tests of the prefix math against a plain BigInt reference written here, independent of
 * prefix.ts: a prefix is (family, network bits, length), relations are decided on network bits
 * (not on intervals), and text is produced by the reference formatters below, then read back with
 * parsePrefix so the parser and the canonical formatter are exercised on every run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, overlaps, parsePrefix, split, translateAddress, translatePrefix, type Prefix } from './prefix';
import { overlappingPairs, type Placed } from './sweep';

type Fam = 4 | 6;
const WIDTH = { 4: 32, 6: 128 } as const;
const FAMILIES: readonly Fam[] = [4, 6];
const RUNS = 10_000;
const SWEEP_RUNS = 5_000;

// ---------------------------------------------------------------------------------------------
// Reference model
// ---------------------------------------------------------------------------------------------

interface Ref {
  readonly fam: Fam;
  /** Network bits: the address with every host bit cleared. */
  readonly net: bigint;
  readonly len: number;
}

const ones = (n: number): bigint => (1n << BigInt(n)) - 1n;
/** The mask of the first `len` bits of a `fam` address. */
const netMask = (fam: Fam, len: number): bigint => ones(WIDTH[fam]) ^ ones(WIDTH[fam] - len);
const hostMask = (fam: Fam, len: number): bigint => ones(WIDTH[fam] - len);

const ref = (fam: Fam, address: bigint, len: number): Ref => ({ fam, net: address & netMask(fam, len), len });
const refStart = (r: Ref): bigint => r.net;
const refEnd = (r: Ref): bigint => r.net | hostMask(r.fam, r.len);

/** Outer contains inner: same family, outer no longer, and inner's first outer.len bits equal outer's. */
const refContains = (outer: Ref, inner: Ref): boolean =>
  outer.fam === inner.fam && outer.len <= inner.len && (inner.net & netMask(outer.fam, outer.len)) === outer.net;

/** Two prefixes overlap when they agree on the bits both of them fix. */
const refOverlaps = (a: Ref, b: Ref): boolean =>
  a.fam === b.fam && ((a.net ^ b.net) & netMask(a.fam, Math.min(a.len, b.len))) === 0n;

// ---------------------------------------------------------------------------------------------
// Reference formatters
// ---------------------------------------------------------------------------------------------

const v4Text = (v: bigint): string => [24n, 16n, 8n, 0n].map((s) => ((v >> s) & 255n).toString()).join('.');

const v6Groups = (v: bigint): number[] => Array.from({ length: 8 }, (_, i) => Number((v >> BigInt(112 - 16 * i)) & 0xffffn));

/** RFC 5952: lower case, no leading zeros, the longest (first on ties) run of 2+ zero groups as `::`, mapped IPv4 dotted. */
function v6Canonical(v: bigint): string {
  if (v >> 32n === 0xffffn) return `::ffff:${v4Text(v & 0xffffffffn)}`;
  const g = v6Groups(v);
  let bestAt = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      bestAt = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (bestAt < 0) return hex.join(':');
  return `${hex.slice(0, bestAt).join(':')}::${hex.slice(bestAt + bestLen).join(':')}`;
}

type Style = 'canonical' | 'full' | 'upper' | 'unpadded';
const STYLES: readonly Style[] = ['canonical', 'full', 'upper', 'unpadded'];

function addressText(fam: Fam, v: bigint, style: Style): string {
  if (fam === 4) return v4Text(v);
  switch (style) {
    case 'canonical':
      return v6Canonical(v);
    case 'full':
      return v6Groups(v).map((x) => x.toString(16).padStart(4, '0')).join(':');
    case 'upper':
      return v6Groups(v).map((x) => x.toString(16).padStart(4, '0').toUpperCase()).join(':');
    case 'unpadded':
      return v6Groups(v).map((x) => x.toString(16)).join(':');
  }
}

const canonicalText = (r: Ref): string => `${r.fam === 4 ? v4Text(r.net) : v6Canonical(r.net)}/${r.len}`;

/** Writes the reference prefix as text and reads it back with the parser under test. */
function parsed(r: Ref, style: Style = 'canonical'): Prefix {
  const text = `${addressText(r.fam, r.net, style)}/${r.len}`;
  const res = parsePrefix(text);
  if (!res.ok) throw new Error(`parsePrefix refused ${text}: ${res.message}`);
  return res.prefix;
}

/** The parsed prefix describes exactly the reference prefix. */
function expectSame(p: Prefix, r: Ref): void {
  expect(p.version).toBe(r.fam);
  expect(p.start).toBe(refStart(r));
  expect(p.end).toBe(refEnd(r));
  expect(p.length).toBe(r.len);
  expect(p.text).toBe(canonicalText(r));
}

const asTuple = (p: Prefix) => [p.version, p.start, p.end, p.length, p.text] as const;
const refTuple = (r: Ref) => [r.fam, refStart(r), refEnd(r), r.len, canonicalText(r)] as const;

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const fromGroups = (parts: readonly number[], bits: number): bigint => parts.reduce((acc, x) => (acc << BigInt(bits)) | BigInt(x), 0n);

/** Addresses: uniformly random, or built from parts biased to all-zeros / all-ones (runs of zero groups, mapped addresses). */
function addressArb(fam: Fam): fc.Arbitrary<bigint> {
  const uniform = fc.bigInt({ min: 0n, max: ones(WIDTH[fam]) });
  const partBits = fam === 4 ? 8 : 16;
  const part = fc.oneof(
    { arbitrary: fc.constant(0), weight: 3 },
    { arbitrary: fc.constant(2 ** partBits - 1), weight: 1 },
    { arbitrary: fc.integer({ min: 0, max: 2 ** partBits - 1 }), weight: 3 },
  );
  const count = WIDTH[fam] / partBits;
  const biased = fc.array(part, { minLength: count, maxLength: count }).map((ps) => fromGroups(ps, partBits));
  return fc.oneof(uniform, biased);
}

const lengthArb = (fam: Fam): fc.Arbitrary<number> => fc.integer({ min: 0, max: WIDTH[fam] });

const prefixArb = (fam: Fam): fc.Arbitrary<Ref> =>
  fc.tuple(addressArb(fam), lengthArb(fam)).map(([a, len]) => ref(fam, a, len));

/**
 * Two prefixes whose addresses share their first `shared` bits (random 0..width), so that nested,
 * equal and disjoint pairs all come up often.
 */
const relatedPairArb = (fam: Fam): fc.Arbitrary<[Ref, Ref]> =>
  fc
    .tuple(addressArb(fam), addressArb(fam), lengthArb(fam), lengthArb(fam), lengthArb(fam))
    .map(([a, b, shared, lenA, lenB]) => {
      const mask = netMask(fam, shared);
      const bAddr = (a & mask) | (b & ~mask & ones(WIDTH[fam]));
      return [ref(fam, a, lenA), ref(fam, bAddr, lenB)];
    });

const styleArb = fc.constantFrom(...STYLES);

/** Prefixes from a tiny alphabet of addresses and lengths, so a list of 40 has many nested and equal ones. */
const clusteredPrefixArb: fc.Arbitrary<Ref> = fc.oneof(
  fc
    .tuple(fc.array(fc.constantFrom(0, 10, 128, 255), { minLength: 4, maxLength: 4 }), fc.oneof(fc.constantFrom(0, 1, 8, 9, 16, 24, 32), lengthArb(4)))
    .map(([os, len]) => ref(4, fromGroups(os, 8), len)),
  fc
    .tuple(fc.array(fc.constantFrom(0, 1, 0x8000, 0xffff), { minLength: 8, maxLength: 8 }), fc.oneof(fc.constantFrom(0, 1, 16, 17, 32, 64, 128), lengthArb(6)))
    .map(([gs, len]) => ref(6, fromGroups(gs, 16), len)),
  prefixArb(4),
  prefixArb(6),
);

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe.each(FAMILIES)('prefix math against the BigInt reference, IPv%i', (fam) => {
  it('parses any network in any text style to the reference interval and canonical text', () => {
    fc.assert(
      fc.property(prefixArb(fam), styleArb, (r, style) => {
        expectSame(parsed(r, style), r);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses host bits and suggests the reference network', () => {
    fc.assert(
      fc.property(addressArb(fam), lengthArb(fam), styleArb, (a, len, style) => {
        const r = ref(fam, a, len);
        const res = parsePrefix(`${addressText(fam, a, style)}/${len}`);
        if (a === r.net) {
          expect(res.ok).toBe(true);
        } else {
          expect(res).toMatchObject({ ok: false, reason: 'host-bits', suggestion: canonicalText(r) });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('contains agrees with the reference, both ways round', () => {
    fc.assert(
      fc.property(relatedPairArb(fam), ([a, b]) => {
        const pa = parsed(a);
        const pb = parsed(b);
        expect(contains(pa, pb)).toBe(refContains(a, b));
        expect(contains(pb, pa)).toBe(refContains(b, a));
        expect(contains(pa, pa)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('overlaps agrees with the reference, is symmetric, and means one contains the other', () => {
    fc.assert(
      fc.property(relatedPairArb(fam), ([a, b]) => {
        const pa = parsed(a);
        const pb = parsed(b);
        const expected = refOverlaps(a, b);
        expect(overlaps(pa, pb)).toBe(expected);
        expect(overlaps(pb, pa)).toBe(expected);
        expect(expected).toBe(refContains(a, b) || refContains(b, a));
      }),
      { numRuns: RUNS },
    );
  });

  it('split parts tile the prefix exactly, in order, and are each contained', () => {
    fc.assert(
      fc.property(prefixArb(fam), fc.integer({ min: 0, max: 3 }), (r, extra) => {
        const newLen = Math.min(WIDTH[fam], r.len + extra);
        const p = parsed(r);
        const parts = split(p, newLen);
        expect(parts).toHaveLength(2 ** (newLen - r.len));
        // the reference parts: the prefix's network bits followed by every value of the `extra` new bits
        const step = 1n << BigInt(WIDTH[fam] - newLen);
        const expected = Array.from({ length: parts.length }, (_, i) => ref(fam, r.net + BigInt(i) * step, newLen));
        expect(parts.map(asTuple)).toEqual(expected.map(refTuple));
        expect(expected.every((e) => refContains(r, e))).toBe(true);
        expect(parts.every((part) => contains(p, part))).toBe(true);
        // they tile: first starts at the start, each starts right after the previous, last ends at the end
        expect(parts[0]!.start).toBe(p.start);
        expect(parts.every((part, i) => i === 0 || part.start === parts[i - 1]!.end + 1n)).toBe(true);
        expect(parts[parts.length - 1]!.end).toBe(p.end);
      }),
      { numRuns: RUNS },
    );
  });

  it('split refuses lengths shorter than the prefix or past the family width', () => {
    fc.assert(
      fc.property(prefixArb(fam), fc.integer({ min: -3, max: WIDTH[fam] + 3 }), (r, newLen) => {
        fc.pre(newLen < r.len || newLen > WIDTH[fam]);
        expect(() => split(parsed(r), newLen)).toThrow(RangeError);
      }),
      { numRuns: 2_000 },
    );
  });

  it('static NAT keeps the host part, round-trips, and is undefined outside or across lengths', () => {
    const natCase = fc
      .tuple(
        fc.tuple(addressArb(fam), addressArb(fam), lengthArb(fam), fc.boolean(), lengthArb(fam)),
        fc.tuple(addressArb(fam), fc.nat({ max: 3 }), lengthArb(fam), fc.nat({ max: 3 })),
      )
      .map(([[fromAddr, toAddr, len, sameLen, otherLen], [innerAddr, innerKind, innerLenRaw, addressKind]]) => {
        const from = ref(fam, fromAddr, len);
        const to = ref(fam, toAddr, sameLen ? len : otherLen);
        // mostly inside `from` (its network bits, random host bits, a length at least len); sometimes anywhere
        const inside = innerKind > 0;
        const innerLen = inside ? len + (innerLenRaw % (WIDTH[fam] - len + 1)) : innerLenRaw;
        const innerBase = inside ? from.net | (innerAddr & hostMask(fam, len)) : innerAddr;
        // the address: the first or last of `from`, one inside it, or anywhere
        const address = [from.net, refEnd(from), innerBase, innerAddr][addressKind]!;
        return { from, to, inner: ref(fam, innerBase, innerLen), address };
      });
    fc.assert(
      fc.property(natCase, ({ from, to, inner, address }) => {
        const pFrom = parsed(from);
        const pTo = parsed(to);
        const pInner = parsed(inner);
        const applicable = from.len === to.len && refContains(from, inner);
        const q = translatePrefix(pInner, pFrom, pTo);
        if (!applicable) {
          expect(q).toBeUndefined();
        } else {
          const expected = ref(fam, to.net | (inner.net & hostMask(fam, from.len)), inner.len);
          expect(q).toBeDefined();
          expectSame(q!, expected);
          expect(contains(pTo, q!)).toBe(true);
          expect(translatePrefix(q!, pTo, pFrom)).toEqual(pInner);
        }
        const inFrom = (address & netMask(fam, from.len)) === from.net;
        const t = translateAddress(address, pFrom, pTo);
        if (from.len === to.len && inFrom) {
          expect(t).toBe(to.net | (address & hostMask(fam, from.len)));
          expect(translateAddress(t!, pTo, pFrom)).toBe(address);
        } else {
          expect(t).toBeUndefined();
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('prefix math across families', () => {
  it('contains and overlaps are never true between IPv4 and IPv6', () => {
    fc.assert(
      fc.property(prefixArb(4), prefixArb(6), (a, b) => {
        const pa = parsed(a);
        const pb = parsed(b);
        expect(contains(pa, pb)).toBe(false);
        expect(contains(pb, pa)).toBe(false);
        expect(overlaps(pa, pb)).toBe(false);
        expect(overlaps(pb, pa)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('overlappingPairs against a brute-force all-pairs check', () => {
  it('returns exactly the overlapping pairs, each once, on mixed-family lists of up to 40', () => {
    fc.assert(
      fc.property(fc.array(clusteredPrefixArb, { maxLength: 40, size: 'max' }), (refs) => {
        const placed: Placed<number>[] = refs.map((r, i) => ({ prefix: parsed(r), item: i }));
        const key = (i: number, j: number) => (i < j ? `${i}-${j}` : `${j}-${i}`);
        const expected: string[] = [];
        for (let i = 0; i < refs.length; i++) {
          for (let j = i + 1; j < refs.length; j++) if (refOverlaps(refs[i]!, refs[j]!)) expected.push(key(i, j));
        }
        const pairs = overlappingPairs(placed);
        const actual = pairs.map(([a, b]) => key(a.item, b.item));
        expect(actual.sort()).toEqual(expected.sort());
        // each pair is given container first (or equal prefixes)
        expect(pairs.every(([a, b]) => refContains(refs[a.item]!, refs[b.item]!))).toBe(true);
      }),
      { numRuns: SWEEP_RUNS },
    );
  });
});
