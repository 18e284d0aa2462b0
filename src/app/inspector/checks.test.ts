import { describe, expect, it } from 'vitest';
import { checkAzureApipa, checkIpAddress, checkPrefix, nextFreeApipa } from './checks';

describe('entry checks of the inspector lists', () => {
  it('flags a prefix with host bits and suggests its network, saving it as typed', () => {
    expect(checkPrefix('10.0.0.0/16')).toEqual({ ok: true });
    const r = checkPrefix('10.0.5.1/24');
    expect(r).toMatchObject({ ok: false, suggestion: '10.0.5.0/24' });
    expect(r.ok || r.reject).toBeFalsy();
    expect(checkPrefix('10.0.0/24')).toMatchObject({ ok: false });
  });

  it('refuses text that is no IP address for DNS and RADIUS servers', () => {
    expect(checkIpAddress(' 10.0.0.4 ')).toEqual({ ok: true });
    expect(checkIpAddress('2001:db8::1')).toEqual({ ok: true });
    expect(checkIpAddress('dns.example.com')).toMatchObject({ ok: false, reject: true });
  });

  it('refuses an APIPA entry that is no IPv4 address', () => {
    expect(checkAzureApipa('169.254.21', [])).toMatchObject({ ok: false, reject: true });
    expect(checkAzureApipa('fe80::1', [])).toMatchObject({ ok: false, reject: true });
  });

  it('accepts 169.254.21.0–169.254.22.255 and flags other addresses with a free one to use', () => {
    expect(checkAzureApipa('169.254.21.0', [])).toEqual({ ok: true });
    expect(checkAzureApipa('169.254.22.255', [])).toEqual({ ok: true });
    const outside = checkAzureApipa('169.254.10.1', ['169.254.21.1', '169.254.10.1']);
    expect(outside).toMatchObject({ ok: false, suggestion: '169.254.21.2' });
    expect(outside.ok || outside.message).toContain('169.254.21.0–169.254.22.255');
    expect(outside.ok || outside.reject).toBeFalsy();
    expect(checkAzureApipa('169.254.23.0', [])).toMatchObject({ ok: false });
  });

  it('finds the next free APIPA address, skipping network and broadcast-looking ones', () => {
    expect(nextFreeApipa([])).toBe('169.254.21.1');
    expect(nextFreeApipa(['169.254.21.1', 'junk'])).toBe('169.254.21.2');
    const all = Array.from({ length: 254 }, (_, i) => `169.254.21.${i + 1}`);
    expect(nextFreeApipa(all)).toBe('169.254.22.1');
  });
});
