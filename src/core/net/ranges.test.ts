import { describe, expect, it } from 'vitest';
import { parsePrefix, type Prefix } from './prefix';
import {
  APIPA,
  AZURE_APIPA_END,
  AZURE_APIPA_START,
  IPV6_ULA,
  RFC1918,
  SHARED_ADDRESS_SPACE,
  isApipaAddress,
  isAzureApipaAddress,
  isPrivatePrefix,
} from './ranges';

const p = (t: string): Prefix => {
  const r = parsePrefix(t);
  if (!r.ok) throw new Error(`test prefix ${t} did not parse: ${r.message}`);
  return r.prefix;
};

describe('range constants', () => {
  it('hold the documented blocks', () => {
    expect(RFC1918.map((r) => r.text)).toEqual(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']);
    expect(SHARED_ADDRESS_SPACE.text).toBe('100.64.0.0/10');
    expect(IPV6_ULA.text).toBe('fc00::/7');
    expect(APIPA.text).toBe('169.254.0.0/16');
    expect(AZURE_APIPA_START).toBe(0xa9fe1500n);
    expect(AZURE_APIPA_END).toBe(0xa9fe16ffn);
  });
});

describe('isPrivatePrefix', () => {
  it('is true for prefixes inside RFC 1918, including the whole blocks', () => {
    for (const t of ['10.0.0.0/8', '10.1.0.0/16', '10.255.255.255/32', '172.16.0.0/12', '172.31.255.0/24', '192.168.0.0/16', '192.168.1.0/24']) {
      expect(isPrivatePrefix(p(t)), t).toBe(true);
    }
  });

  it('is false for public space and for blocks just outside RFC 1918', () => {
    for (const t of ['8.8.8.0/24', '11.0.0.0/8', '172.15.255.0/24', '172.32.0.0/16', '192.167.0.0/16', '192.169.0.0/16', '0.0.0.0/0']) {
      expect(isPrivatePrefix(p(t)), t).toBe(false);
    }
  });

  it('is false for a prefix that only partly lies in RFC 1918', () => {
    expect(isPrivatePrefix(p('10.0.0.0/7'))).toBe(false);
    expect(isPrivatePrefix(p('172.0.0.0/11'))).toBe(false);
    expect(isPrivatePrefix(p('192.168.0.0/15'))).toBe(false);
  });

  it('does not count shared address space or APIPA as private', () => {
    expect(isPrivatePrefix(p('100.64.0.0/10'))).toBe(false);
    expect(isPrivatePrefix(p('169.254.0.0/16'))).toBe(false);
  });

  it('is true for IPv6 unique local prefixes and false for other IPv6', () => {
    for (const t of ['fc00::/7', 'fd00::/8', 'fd12:3456:789a::/48', 'fc00::/64']) {
      expect(isPrivatePrefix(p(t)), t).toBe(true);
    }
    for (const t of ['fc00::/6', 'fe00::/7', 'fe80::/10', '2001:db8::/32', '::/0', '::ffff:10.0.0.0/104']) {
      expect(isPrivatePrefix(p(t)), t).toBe(false);
    }
  });
});

describe('isApipaAddress', () => {
  it('is true across 169.254.0.0/16, ends included', () => {
    for (const t of ['169.254.0.0', '169.254.0.1', '169.254.21.1', '169.254.255.254', '169.254.255.255']) {
      expect(isApipaAddress(t), t).toBe(true);
    }
  });

  it('is false just outside the block, for IPv6 and for unreadable text', () => {
    for (const t of ['169.253.255.255', '169.255.0.0', '10.0.0.1', 'fe80::1', '::ffff:169.254.0.1', '169.254.01.1', '169.254.0.0/16', '', 'apipa']) {
      expect(isApipaAddress(t), t).toBe(false);
    }
  });
});

describe('isAzureApipaAddress', () => {
  it('is true from 169.254.21.0 to 169.254.22.255', () => {
    for (const t of ['169.254.21.0', '169.254.21.1', '169.254.21.255', '169.254.22.0', '169.254.22.255']) {
      expect(isAzureApipaAddress(t), t).toBe(true);
    }
  });

  it('is false for other APIPA addresses just outside the range', () => {
    for (const t of ['169.254.20.255', '169.254.23.0', '169.254.0.1', '169.254.255.254']) {
      expect(isAzureApipaAddress(t), t).toBe(false);
      expect(isApipaAddress(t), t).toBe(true);
    }
  });

  it('is false for IPv6 and unreadable text', () => {
    expect(isAzureApipaAddress('::ffff:169.254.21.1')).toBe(false);
    expect(isAzureApipaAddress('::a9fe:1501')).toBe(false);
    expect(isAzureApipaAddress('169.254.021.1')).toBe(false);
    expect(isAzureApipaAddress('169.254.21.1/30')).toBe(false);
    expect(isAzureApipaAddress('')).toBe(false);
  });

  it('accepts surrounding whitespace like the other address readers', () => {
    expect(isAzureApipaAddress(' 169.254.21.5 ')).toBe(true);
  });
});
