import { describe, expect, it } from 'vitest';
import {
  comparePrefixes,
  contains,
  containsAddress,
  makePrefix,
  overlaps,
  parsePrefix,
  size,
  split,
  toPrefix,
  toPrefixes,
  translateAddress,
  translatePrefix,
  type Prefix,
} from './prefix';
import { parseIp } from './ip';

const p = (t: string): Prefix => {
  const r = parsePrefix(t);
  if (!r.ok) throw new Error(`test prefix ${t} did not parse: ${r.message}`);
  return r.prefix;
};
const ip = (t: string) => parseIp(t)!.value;
const texts = (ps: readonly Prefix[]) => ps.map((x) => x.text);

describe('parsePrefix', () => {
  it('reads IPv4 CIDR blocks as inclusive intervals', () => {
    expect(p('10.0.0.0/16')).toEqual({ version: 4, start: 0x0a000000n, end: 0x0a00ffffn, length: 16, text: '10.0.0.0/16' });
    expect(p('0.0.0.0/0')).toMatchObject({ start: 0n, end: 0xffffffffn, length: 0 });
    expect(p('10.1.2.3/32')).toMatchObject({ start: 0x0a010203n, end: 0x0a010203n, length: 32 });
    expect(p('255.255.255.254/31')).toMatchObject({ start: 0xfffffffen, end: 0xffffffffn });
  });

  it('reads IPv6 CIDR blocks as inclusive intervals', () => {
    expect(p('2001:db8::/32')).toEqual({
      version: 6,
      start: 0x20010db8000000000000000000000000n,
      end: 0x20010db8ffffffffffffffffffffffffn,
      length: 32,
      text: '2001:db8::/32',
    });
    expect(p('::/0')).toMatchObject({ start: 0n, end: (1n << 128n) - 1n, length: 0 });
    expect(p('::1/128')).toMatchObject({ start: 1n, end: 1n, length: 128 });
  });

  it('gives the canonical text: IPv6 compressed and lower case, surrounding spaces trimmed', () => {
    expect(p('2001:0DB8:0000:0000:0000:0000:0000:0000/32').text).toBe('2001:db8::/32');
    expect(p('2001:db8:0:0:1:0:0:0/80').text).toBe('2001:db8:0:0:1::/80');
    expect(p('fd00:0:0:0:0:0:0:0/8').text).toBe('fd00::/8');
    expect(p('  10.0.0.0/8 ').text).toBe('10.0.0.0/8');
    expect(p('::ffff:10.0.0.0/104').text).toBe('::ffff:10.0.0.0/104');
    expect(p('::ffff:a00:0/104').text).toBe('::ffff:10.0.0.0/104');
  });

  it('reports text without exactly one slash as a syntax error', () => {
    for (const t of ['10.0.0.0', '10.0.0.0/8/8', '', '2001:db8::']) {
      const r = parsePrefix(t);
      expect(r, t).toMatchObject({ ok: false, reason: 'syntax' });
    }
  });

  it('reports an unreadable address as a syntax error', () => {
    for (const t of ['10.0.0/24', '10.0.0.256/24', '010.0.0.0/8', 'abc/8', '/8', 'fe80::%eth0/64', '2001:db8:::/48', '10.0.0.0 /8']) {
      const r = parsePrefix(t);
      expect(r, t).toMatchObject({ ok: false, reason: 'syntax' });
      expect(r.ok || r.suggestion, t).toBeUndefined();
    }
  });

  it('reports an out-of-range or non-numeric length as a length error', () => {
    for (const t of ['10.0.0.0/33', '10.0.0.0/-1', '10.0.0.0/', '10.0.0.0/1e1', '10.0.0.0/+8', '10.0.0.0/ 8', '10.0.0.0/1000', '::/129', '2001:db8::/x']) {
      const r = parsePrefix(t);
      expect(r, t).toMatchObject({ ok: false, reason: 'length' });
    }
    expect(parsePrefix('10.0.0.0/33')).toMatchObject({ message: expect.stringContaining('0–32') });
    expect(parsePrefix('::/129')).toMatchObject({ message: expect.stringContaining('0–128') });
  });

  it('accepts the extreme lengths of each family', () => {
    expect(parsePrefix('0.0.0.0/0').ok).toBe(true);
    expect(parsePrefix('1.2.3.4/32').ok).toBe(true);
    expect(parsePrefix('::/0').ok).toBe(true);
    expect(parsePrefix('2001:db8::1/128').ok).toBe(true);
  });

  it('reports host bits set and suggests the network the user probably meant', () => {
    expect(parsePrefix('10.0.0.1/16')).toEqual({
      ok: false,
      reason: 'host-bits',
      message: expect.stringContaining('10.0.0.0/16'),
      suggestion: '10.0.0.0/16',
    });
    expect(parsePrefix('192.168.1.130/25')).toMatchObject({ reason: 'host-bits', suggestion: '192.168.1.128/25' });
    expect(parsePrefix('10.0.0.1/0')).toMatchObject({ reason: 'host-bits', suggestion: '0.0.0.0/0' });
    expect(parsePrefix('2001:db8::1/32')).toMatchObject({ reason: 'host-bits', suggestion: '2001:db8::/32' });
    expect(parsePrefix('2001:DB8:0:1::/48')).toMatchObject({ reason: 'host-bits', suggestion: '2001:db8::/48' });
    expect(parsePrefix('::ffff:10.0.0.1/104')).toMatchObject({ reason: 'host-bits', suggestion: '::ffff:10.0.0.0/104' });
  });

  it('gives the same answer when asked twice (cached)', () => {
    expect(parsePrefix('172.16.5.0/24')).toEqual(parsePrefix('172.16.5.0/24'));
    expect(parsePrefix('172.16.5.1/24')).toEqual(parsePrefix('172.16.5.1/24'));
  });
});

describe('toPrefix and toPrefixes', () => {
  it('returns the exact prefix when the text is valid', () => {
    expect(toPrefix('10.0.0.0/8')).toEqual(p('10.0.0.0/8'));
  });

  it('returns the network when host bits are set', () => {
    expect(toPrefix('10.0.0.1/8')).toEqual(p('10.0.0.0/8'));
    expect(toPrefix('2001:db8::1/64')).toEqual(p('2001:db8::/64'));
  });

  it('returns undefined for unreadable text', () => {
    expect(toPrefix('10.0.0.0/33')).toBeUndefined();
    expect(toPrefix('nonsense')).toBeUndefined();
  });

  it('skips unreadable texts of a list and keeps the order of the rest', () => {
    expect(texts(toPrefixes(['10.0.0.0/8', 'bad', '2001:db8::1/32', '10.0.0.0/40', '192.168.0.0/16']))).toEqual([
      '10.0.0.0/8',
      '2001:db8::/32',
      '192.168.0.0/16',
    ]);
  });
});

describe('makePrefix and size', () => {
  it('clears host bits of the given address', () => {
    expect(makePrefix(4, ip('10.1.2.3'), 16).text).toBe('10.1.0.0/16');
    expect(makePrefix(6, ip('2001:db8::ffff'), 64).text).toBe('2001:db8::/64');
  });

  it('counts addresses', () => {
    expect(size(p('10.0.0.0/24'))).toBe(256n);
    expect(size(p('10.0.0.1/32'))).toBe(1n);
    expect(size(p('0.0.0.0/0'))).toBe(1n << 32n);
    expect(size(p('2001:db8::/64'))).toBe(1n << 64n);
    expect(size(p('::/0'))).toBe(1n << 128n);
  });
});

describe('contains', () => {
  it('is true for a prefix inside another and for equal prefixes', () => {
    expect(contains(p('10.0.0.0/16'), p('10.0.5.0/24'))).toBe(true);
    expect(contains(p('10.0.0.0/16'), p('10.0.0.0/16'))).toBe(true);
    expect(contains(p('0.0.0.0/0'), p('203.0.113.7/32'))).toBe(true);
    expect(contains(p('2001:db8::/32'), p('2001:db8:ffff::/48'))).toBe(true);
    expect(contains(p('::/0'), p('::1/128'))).toBe(true);
  });

  it('is false for the larger prefix inside the smaller and for disjoint prefixes', () => {
    expect(contains(p('10.0.5.0/24'), p('10.0.0.0/16'))).toBe(false);
    expect(contains(p('10.0.0.0/16'), p('10.1.0.0/16'))).toBe(false);
    expect(contains(p('10.0.0.0/24'), p('10.0.1.0/24'))).toBe(false);
    expect(contains(p('2001:db8::/48'), p('2001:db8:1::/48'))).toBe(false);
  });

  it('is never true across families, even for numerically equal intervals', () => {
    expect(contains(p('::/0'), p('10.0.0.0/8'))).toBe(false);
    expect(contains(p('0.0.0.0/0'), p('::/96'))).toBe(false);
    // ::a00:0/104 covers the same numbers as 10.0.0.0/8
    expect(contains(p('::a00:0/104'), p('10.0.0.0/8'))).toBe(false);
    expect(contains(p('10.0.0.0/8'), p('::a00:0/104'))).toBe(false);
    expect(contains(p('::ffff:10.0.0.0/104'), p('10.0.0.0/8'))).toBe(false);
  });
});

describe('containsAddress', () => {
  it('checks the bounds inclusively and the family', () => {
    const net = p('192.168.1.0/24');
    expect(containsAddress(net, 4, ip('192.168.1.0'))).toBe(true);
    expect(containsAddress(net, 4, ip('192.168.1.255'))).toBe(true);
    expect(containsAddress(net, 4, ip('192.168.2.0'))).toBe(false);
    expect(containsAddress(net, 4, ip('192.168.0.255'))).toBe(false);
    expect(containsAddress(net, 6, ip('192.168.1.1'))).toBe(false);
    expect(containsAddress(p('2001:db8::/32'), 6, ip('2001:db8:1::1'))).toBe(true);
  });
});

describe('overlaps', () => {
  it('is true for nested and equal prefixes, in both orders', () => {
    const pairs: Array<[string, string]> = [
      ['10.0.0.0/8', '10.200.0.0/16'],
      ['10.0.0.0/16', '10.0.0.0/16'],
      ['0.0.0.0/0', '1.2.3.4/32'],
      ['2001:db8::/32', '2001:db8:0:1::/64'],
      ['fd00::/8', 'fdff:ffff::/32'],
    ];
    for (const [a, b] of pairs) {
      expect(overlaps(p(a), p(b)), `${a} ${b}`).toBe(true);
      expect(overlaps(p(b), p(a)), `${b} ${a}`).toBe(true);
    }
  });

  it('is false for adjacent and distant prefixes', () => {
    const pairs: Array<[string, string]> = [
      ['10.0.0.0/24', '10.0.1.0/24'],
      ['10.0.0.0/25', '10.0.0.128/25'],
      ['10.0.0.0/8', '11.0.0.0/8'],
      ['2001:db8::/33', '2001:db8:8000::/33'],
    ];
    for (const [a, b] of pairs) {
      expect(overlaps(p(a), p(b)), `${a} ${b}`).toBe(false);
      expect(overlaps(p(b), p(a)), `${b} ${a}`).toBe(false);
    }
  });

  it('is never true across families', () => {
    expect(overlaps(p('0.0.0.0/0'), p('::/0'))).toBe(false);
    expect(overlaps(p('10.0.0.0/8'), p('::a00:0/104'))).toBe(false);
    expect(overlaps(p('::/0'), p('10.0.0.0/8'))).toBe(false);
    expect(overlaps(p('10.0.0.0/8'), p('::ffff:10.0.0.0/104'))).toBe(false);
  });
});

describe('split', () => {
  it('splits a prefix into halves', () => {
    expect(texts(split(p('10.0.0.0/16'), 17))).toEqual(['10.0.0.0/17', '10.0.128.0/17']);
    expect(texts(split(p('2001:db8::/32'), 33))).toEqual(['2001:db8::/33', '2001:db8:8000::/33']);
    expect(texts(split(p('0.0.0.0/0'), 1))).toEqual(['0.0.0.0/1', '128.0.0.0/1']);
  });

  it('splits a prefix into quarters, in order', () => {
    expect(texts(split(p('10.0.0.0/24'), 26))).toEqual(['10.0.0.0/26', '10.0.0.64/26', '10.0.0.128/26', '10.0.0.192/26']);
    expect(texts(split(p('2001:db8::/126'), 128))).toEqual(['2001:db8::/128', '2001:db8::1/128', '2001:db8::2/128', '2001:db8::3/128']);
  });

  it('returns the prefix itself when the length is unchanged', () => {
    expect(split(p('10.0.0.0/24'), 24)).toEqual([p('10.0.0.0/24')]);
  });

  it('splits down to single addresses', () => {
    const parts = split(p('10.0.0.0/30'), 32);
    expect(texts(parts)).toEqual(['10.0.0.0/32', '10.0.0.1/32', '10.0.0.2/32', '10.0.0.3/32']);
  });

  it('refuses a shorter length or one past the family width', () => {
    expect(() => split(p('10.0.0.0/16'), 15)).toThrow(RangeError);
    expect(() => split(p('10.0.0.0/16'), 33)).toThrow(RangeError);
    expect(() => split(p('2001:db8::/64'), 129)).toThrow(RangeError);
    expect(() => split(p('2001:db8::/64'), 63)).toThrow(RangeError);
  });

  it('refuses to produce more than 65,536 parts', () => {
    expect(split(p('10.0.0.0/8'), 24)).toHaveLength(65_536);
    expect(() => split(p('10.0.0.0/8'), 25)).toThrow(/too many/);
    expect(() => split(p('2001:db8::/32'), 64)).toThrow(/too many/);
  });
});

describe('translateAddress (static NAT)', () => {
  const from = p('10.0.0.0/16');
  const to = p('100.64.0.0/16');

  it('keeps the host part', () => {
    expect(translateAddress(ip('10.0.1.5'), from, to)).toBe(ip('100.64.1.5'));
    expect(translateAddress(ip('10.0.0.0'), from, to)).toBe(ip('100.64.0.0'));
    expect(translateAddress(ip('10.0.255.255'), from, to)).toBe(ip('100.64.255.255'));
    expect(translateAddress(ip('2001:db8:0:1::42'), p('2001:db8::/48'), p('fd00:1::/48'))).toBe(ip('fd00:1:0:1::42'));
  });

  it('is undefined for an address outside the source prefix', () => {
    expect(translateAddress(ip('10.1.0.0'), from, to)).toBeUndefined();
    expect(translateAddress(ip('9.255.255.255'), from, to)).toBeUndefined();
  });

  it('is undefined when the prefixes differ in length or family', () => {
    expect(translateAddress(ip('10.0.1.5'), from, p('100.64.0.0/24'))).toBeUndefined();
    expect(translateAddress(ip('10.0.1.5'), from, p('2001:db8::/112'))).toBeUndefined();
  });
});

describe('translatePrefix (static NAT)', () => {
  const from = p('10.0.0.0/16');
  const to = p('100.64.0.0/16');

  it('maps a contained prefix and keeps its host part and length', () => {
    expect(translatePrefix(p('10.0.5.0/24'), from, to)?.text).toBe('100.64.5.0/24');
    expect(translatePrefix(p('10.0.255.252/30'), from, to)?.text).toBe('100.64.255.252/30');
    expect(translatePrefix(from, from, to)).toEqual(to);
    expect(translatePrefix(p('2001:db8:0:7::/64'), p('2001:db8::/48'), p('fd00:1::/48'))?.text).toBe('fd00:1:0:7::/64');
  });

  it('round-trips back to the original prefix', () => {
    const q = translatePrefix(p('10.0.5.0/24'), from, to)!;
    expect(translatePrefix(q, to, from)).toEqual(p('10.0.5.0/24'));
  });

  it('is undefined when the prefix is not inside the source', () => {
    expect(translatePrefix(p('10.1.0.0/24'), from, to)).toBeUndefined();
    expect(translatePrefix(p('10.0.0.0/15'), from, to)).toBeUndefined();
    expect(translatePrefix(p('2001:db8::/64'), from, to)).toBeUndefined();
  });

  it('is undefined when the source and target lengths differ', () => {
    expect(translatePrefix(p('10.0.5.0/24'), from, p('100.64.0.0/20'))).toBeUndefined();
    expect(translatePrefix(p('10.0.5.0/24'), from, p('100.0.0.0/8'))).toBeUndefined();
  });
});

describe('comparePrefixes', () => {
  it('orders by family, then start, then shorter prefix first', () => {
    const list = ['2001:db8::/32', '10.0.0.0/16', '10.0.0.0/8', '9.0.0.0/8', '::/0', '10.0.0.0/24'].map(p);
    expect(texts([...list].sort(comparePrefixes))).toEqual([
      '9.0.0.0/8',
      '10.0.0.0/8',
      '10.0.0.0/16',
      '10.0.0.0/24',
      '::/0',
      '2001:db8::/32',
    ]);
  });

  it('is zero for equal prefixes', () => {
    expect(comparePrefixes(p('10.0.0.0/8'), p('10.0.0.0/8'))).toBe(0);
  });
});
