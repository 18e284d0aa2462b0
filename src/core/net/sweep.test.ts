import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/random';
import { overlaps, parsePrefix, toPrefix } from './prefix';
import { crossOverlappingPairs, overlappingPairs, type Placed } from './sweep';

const place = (texts: readonly string[]): Placed<string>[] =>
  texts.map((t, i) => {
    const r = parsePrefix(t);
    if (!r.ok) throw new Error(`test prefix ${t} did not parse: ${r.message}`);
    return { prefix: r.prefix, item: `${i}:${t}` };
  });

/** The pairs as sorted "a | b" keys of the items, so order inside and between pairs does not matter. */
const keys = (pairs: ReadonlyArray<readonly [Placed<string>, Placed<string>]>) =>
  pairs.map(([a, b]) => [a.item, b.item].sort().join(' | ')).sort();

describe('overlappingPairs', () => {
  it('returns nothing for an empty list or a single prefix', () => {
    expect(overlappingPairs([])).toEqual([]);
    expect(overlappingPairs(place(['10.0.0.0/8']))).toEqual([]);
  });

  it('pairs a prefix with the one containing it, container first', () => {
    const pairs = overlappingPairs(place(['10.0.1.0/24', '10.0.0.0/16']));
    expect(pairs.map(([a, b]) => [a.item, b.item])).toEqual([['1:10.0.0.0/16', '0:10.0.1.0/24']]);
  });

  it('pairs every level of a nested chain with every other', () => {
    const pairs = overlappingPairs(place(['10.0.0.0/8', '10.0.0.0/16', '10.0.1.0/24', '10.0.1.128/25']));
    expect(pairs).toHaveLength(6);
    expect(keys(pairs)).toEqual(
      [
        '0:10.0.0.0/8 | 1:10.0.0.0/16',
        '0:10.0.0.0/8 | 2:10.0.1.0/24',
        '0:10.0.0.0/8 | 3:10.0.1.128/25',
        '1:10.0.0.0/16 | 2:10.0.1.0/24',
        '1:10.0.0.0/16 | 3:10.0.1.128/25',
        '2:10.0.1.0/24 | 3:10.0.1.128/25',
      ].sort(),
    );
  });

  it('pairs siblings with their parent but not with each other', () => {
    const pairs = overlappingPairs(place(['10.0.1.0/24', '10.0.0.0/16', '10.0.2.0/24', '10.0.3.0/24']));
    expect(keys(pairs)).toEqual(
      ['0:10.0.1.0/24 | 1:10.0.0.0/16', '1:10.0.0.0/16 | 2:10.0.2.0/24', '1:10.0.0.0/16 | 3:10.0.3.0/24'].sort(),
    );
  });

  it('pairs equal prefixes', () => {
    expect(keys(overlappingPairs(place(['192.168.0.0/24', '192.168.0.0/24'])))).toEqual(['0:192.168.0.0/24 | 1:192.168.0.0/24']);
    expect(keys(overlappingPairs(place(['2001:db8::/48', '2001:DB8:0::/48'])))).toEqual(['0:2001:db8::/48 | 1:2001:DB8:0::/48']);
  });

  it('returns nothing for disjoint and adjacent prefixes', () => {
    expect(overlappingPairs(place(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/23', '10.0.4.0/22', '192.168.0.0/16', '2001:db8::/48', '2001:db8:1::/48']))).toEqual([]);
  });

  it('closes a long-lived container once the sweep passes its end', () => {
    const pairs = overlappingPairs(place(['10.0.0.0/16', '10.0.255.0/24', '10.1.0.0/24', '10.0.0.0/24']));
    expect(keys(pairs)).toEqual(['0:10.0.0.0/16 | 1:10.0.255.0/24', '0:10.0.0.0/16 | 3:10.0.0.0/24'].sort());
  });

  it('never pairs across families, even where the numbers coincide', () => {
    const pairs = overlappingPairs(place(['10.0.0.0/8', '::a00:0/104', '::ffff:10.0.0.0/104', '0.0.0.0/0', '::/0']));
    expect(keys(pairs)).toEqual(
      [
        '0:10.0.0.0/8 | 3:0.0.0.0/0',
        '1:::a00:0/104 | 4:::/0',
        '2:::ffff:10.0.0.0/104 | 4:::/0',
      ].sort(),
    );
  });

  it('handles a mixed-family list in any input order', () => {
    const texts = ['2001:db8::/32', '10.0.0.0/16', '2001:db8:5::/48', '10.0.7.0/24', 'fd00::/8', '172.16.0.0/12'];
    const expected = ['0:2001:db8::/32 | 2:2001:db8:5::/48', '1:10.0.0.0/16 | 3:10.0.7.0/24'].sort();
    expect(keys(overlappingPairs(place(texts)))).toEqual(expected);
    const reversed = place(texts).reverse();
    expect(keys(overlappingPairs(reversed))).toEqual(expected);
  });

  it('returns every pair exactly once among many duplicates', () => {
    const n = 300;
    const list = place(Array.from({ length: n }, () => '10.0.0.0/24'));
    const pairs = overlappingPairs(list);
    expect(pairs).toHaveLength((n * (n - 1)) / 2);
    expect(new Set(keys(pairs)).size).toBe((n * (n - 1)) / 2);
    for (const [a, b] of pairs) expect(a).not.toBe(b);
  });

  it('counts duplicates nested in a container and beside a disjoint block', () => {
    const list = place(['10.0.0.0/8', '10.1.0.0/16', '10.1.0.0/16', '10.1.0.0/16', '11.0.0.0/8', '11.0.0.0/8']);
    // 3 with the /8, 3 among the /16 duplicates, 1 between the two 11/8
    expect(overlappingPairs(list)).toHaveLength(7);
  });

  it('does not modify the input list', () => {
    const list = place(['10.0.1.0/24', '10.0.0.0/16']);
    const copy = [...list];
    overlappingPairs(list);
    expect(list).toEqual(copy);
  });
});

describe('crossOverlappingPairs', () => {
  const at = (text: string, item: string) => ({ prefix: toPrefix(text)!, item });

  it('pairs only across the two sides, in both nesting directions', () => {
    const left = [at('10.0.0.0/16', 'vnet'), at('2001:db8::/48', 'v6')];
    const right = [at('10.0.0.0/8', 'summary'), at('10.0.1.0/24', 'inside'), at('10.0.1.0/25', 'deeper'), at('10.1.0.0/16', 'apart'), at('2001:db8::/64', 'v6-inside')];
    const pairs = crossOverlappingPairs(left, right).map(([l, r]) => `${l.item}-${r.item}`).sort();
    expect(pairs).toEqual(['v6-v6-inside', 'vnet-deeper', 'vnet-inside', 'vnet-summary']);
  });

  it('forms no pair between items of the same side, however many repeat', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => at('10.0.0.0/8', `adv-${i}`));
    expect(crossOverlappingPairs([at('192.168.0.0/16', 'vnet')], many)).toEqual([]);
    expect(crossOverlappingPairs(many, [])).toEqual([]);
  });

  it('agrees with a brute-force cross check on random prefixes', () => {
    const random = seededRandom(7);
    const rand = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 500; round++) {
      const mk = (side: string) => Array.from({ length: rand(12) }, (_, i) => at(`10.${rand(4)}.${rand(2) * 128}.0/${17 + rand(8)}`, `${side}${i}`));
      const left = mk('l');
      const right = mk('r');
      const expected = left.flatMap((l) => right.filter((r) => overlaps(l.prefix, r.prefix)).map((r) => `${l.item}-${r.item}`)).sort();
      expect(crossOverlappingPairs(left, right).map(([l, r]) => `${l.item}-${r.item}`).sort()).toEqual(expected);
    }
  });
});
