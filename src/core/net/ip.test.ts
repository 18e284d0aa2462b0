import { describe, expect, it } from 'vitest';
import { BITS, formatIp, parseIp, parseIpv4, parseIpv6 } from './ip';

describe('parseIpv4', () => {
  it('reads dotted quads as 32-bit numbers', () => {
    expect(parseIpv4('0.0.0.0')).toBe(0n);
    expect(parseIpv4('1.2.3.4')).toBe(0x01020304n);
    expect(parseIpv4('10.0.0.1')).toBe(0x0a000001n);
    expect(parseIpv4('255.255.255.255')).toBe(0xffffffffn);
  });

  it('refuses leading zeros because devices may read them as octal', () => {
    expect(parseIpv4('010.0.0.1')).toBeUndefined();
    expect(parseIpv4('10.00.0.1')).toBeUndefined();
    expect(parseIpv4('10.0.0.01')).toBeUndefined();
    expect(parseIpv4('192.168.001.1')).toBeUndefined();
  });

  it('accepts a lone zero octet', () => {
    expect(parseIpv4('10.0.0.0')).toBe(0x0a000000n);
  });

  it('refuses octets above 255', () => {
    expect(parseIpv4('256.0.0.0')).toBeUndefined();
    expect(parseIpv4('10.0.0.256')).toBeUndefined();
    expect(parseIpv4('10.999.0.1')).toBeUndefined();
  });

  it('refuses wrong shapes, signs, spaces and non-ASCII digits', () => {
    for (const t of ['', '1.2.3', '1.2.3.4.5', '1..2.3', '1.2.3.', '.1.2.3', '1.2.3.1234', '-1.2.3.4', '+1.2.3.4', ' 1.2.3.4', '1.2.3.4 ', '1.2.3.4/32', 'a.b.c.d', '0x1.2.3.4', '١.2.3.4', '16909060']) {
      expect(parseIpv4(t), t).toBeUndefined();
    }
  });
});

describe('parseIpv6', () => {
  it('reads compressed, full and mixed forms', () => {
    expect(parseIpv6('::')).toBe(0n);
    expect(parseIpv6('::1')).toBe(1n);
    expect(parseIpv6('2001:db8::1')).toBe(0x20010db8000000000000000000000001n);
    expect(parseIpv6('2001:0db8:0000:0000:0000:0000:0000:0001')).toBe(0x20010db8000000000000000000000001n);
    expect(parseIpv6('1:2:3:4:5:6:7:8')).toBe(0x00010002000300040005000600070008n);
    expect(parseIpv6('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')).toBe((1n << 128n) - 1n);
    expect(parseIpv6('1:2:3:4:5:6:7::')).toBe(0x00010002000300040005000600070000n);
  });

  it('ignores the case of hex digits', () => {
    expect(parseIpv6('2001:DB8::ABCD')).toBe(parseIpv6('2001:db8::abcd'));
  });

  it('reads IPv4-mapped addresses', () => {
    expect(parseIpv6('::ffff:1.2.3.4')).toBe(0xffff01020304n);
    expect(parseIpv6('::ffff:10.0.0.1')).toBe(parseIpv6('::ffff:a00:1'));
  });

  it('refuses bad embedded IPv4 in mapped addresses', () => {
    expect(parseIpv6('::ffff:1.2.3.256')).toBeUndefined();
    expect(parseIpv6('::ffff:01.2.3.4')).toBeUndefined();
    expect(parseIpv6('::ffff:1.2.3.4.5')).toBeUndefined();
  });

  it('refuses zone ids, prefixes and brackets', () => {
    expect(parseIpv6('fe80::1%eth0')).toBeUndefined();
    expect(parseIpv6('fe80::1%25eth0')).toBeUndefined();
    expect(parseIpv6('fe80::1%1')).toBeUndefined();
    expect(parseIpv6('2001:db8::/32')).toBeUndefined();
    expect(parseIpv6('::1/128')).toBeUndefined();
    expect(parseIpv6('[::1]')).toBeUndefined();
  });

  it('refuses malformed text', () => {
    for (const t of ['', ':', ':::', '1::2::3', '2001:db8:::1', '00001::', '2001:db8::g', '1:2:3:4:5:6:7:8:9', '1::2:3:4:5:6:7:8', '1.2.3.4', ' ::1']) {
      expect(parseIpv6(t), t).toBeUndefined();
    }
  });
});

describe('parseIp', () => {
  it('tells the family apart', () => {
    expect(parseIp('192.168.1.1')).toEqual({ version: 4, value: 0xc0a80101n });
    expect(parseIp('2001:db8::1')).toEqual({ version: 6, value: 0x20010db8000000000000000000000001n });
  });

  it('treats an IPv4-mapped address as IPv6', () => {
    expect(parseIp('::ffff:10.0.0.1')).toEqual({ version: 6, value: 0xffff0a000001n });
  });

  it('trims surrounding whitespace', () => {
    expect(parseIp('  10.0.0.1\t')).toEqual({ version: 4, value: 0x0a000001n });
    expect(parseIp(' ::1 ')).toEqual({ version: 6, value: 1n });
  });

  it('returns undefined for anything else', () => {
    for (const t of ['', 'localhost', '10.0.0.01', '300.1.1.1', 'fe80::1%eth0', '10.0.0.0/8', '::1/128']) {
      expect(parseIp(t), t).toBeUndefined();
    }
  });
});

describe('formatIp', () => {
  it('writes IPv4 as a dotted quad', () => {
    expect(formatIp(4, 0n)).toBe('0.0.0.0');
    expect(formatIp(4, 0x0a000001n)).toBe('10.0.0.1');
    expect(formatIp(4, 0xffffffffn)).toBe('255.255.255.255');
    expect(formatIp(4, 0x80000000n)).toBe('128.0.0.0');
  });

  it('writes IPv6 in the RFC 5952 compressed form', () => {
    const f = (t: string) => formatIp(6, parseIpv6(t)!);
    expect(f('0:0:0:0:0:0:0:0')).toBe('::');
    expect(f('0:0:0:0:0:0:0:1')).toBe('::1');
    expect(f('1:0:0:0:0:0:0:0')).toBe('1::');
    expect(f('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    // the longest run of zero groups is compressed
    expect(f('1:0:0:2:0:0:0:3')).toBe('1:0:0:2::3');
    // of two equal runs, the first is compressed
    expect(f('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
    // a single zero group is not compressed
    expect(f('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1');
    expect(f('1:2:3:4:5:6:7:0')).toBe('1:2:3:4:5:6:7:0');
    // leading zeros inside a group are dropped
    expect(f('2001:0db8:00a0::0001')).toBe('2001:db8:a0::1');
    expect(formatIp(6, (1n << 128n) - 1n)).toBe('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
  });

  it('writes IPv4-mapped addresses in mixed notation (RFC 5952 section 5)', () => {
    expect(formatIp(6, 0xffff0a000001n)).toBe('::ffff:10.0.0.1');
    expect(formatIp(6, 0xffff00000000n)).toBe('::ffff:0.0.0.0');
    expect(formatIp(6, parseIpv6('::ffff:a00:1')!)).toBe('::ffff:10.0.0.1');
    // near misses stay in hex
    expect(formatIp(6, 0xfffe0a000001n)).toBe('::fffe:a00:1');
    expect(formatIp(6, 0x1ffff0a000001n)).toBe('::1:ffff:a00:1');
    expect(formatIp(6, 0x0a000001n)).toBe('::a00:1');
  });

  it('round-trips through the parser', () => {
    for (const t of ['10.1.2.3', '2001:db8::1', '::ffff:192.168.0.1', 'fe80::', '::', '2001:db8:1:2:3:4:5:6']) {
      const ip = parseIp(t)!;
      expect(formatIp(ip.version, ip.value)).toBe(t);
    }
  });

  it('knows the bit width of each family', () => {
    expect(BITS).toEqual({ 4: 32, 6: 128 });
  });
});
