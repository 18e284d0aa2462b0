import { Inflate, deflateSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toBase64url } from './base64url';
import { seal } from './crypto';
import { deflateRaw, inflateBounded } from './deflate';
import { decodeShareLink } from './link';
import { MAX_FRAGMENT_CHARS, MAX_INFLATED_BYTES } from './limits';

/** 50 MB of zeros, raw-deflated: about 50 KB that would inflate a thousandfold. */
const bomb = deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 1 });

afterEach(() => vi.restoreAllMocks());

describe('bounded inflate', () => {
  it('inflates up to the limit and refuses one byte more', () => {
    const data = new Uint8Array(4_096).map((_, i) => (i * 7) % 251);
    const packed = deflateRaw(data);
    const ok = inflateBounded(packed, 4_096);
    expect(ok.ok && ok.bytes).toEqual(data);
    expect(inflateBounded(packed, 4_095)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reports damaged and cut compressed data as corrupt', () => {
    const packed = deflateRaw(new TextEncoder().encode('hello hello hello hello, a design would be here'));
    expect(inflateBounded(packed.subarray(0, packed.length - 3), 1_000)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(inflateBounded(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1_000)).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('stops a decompression bomb within the first steps, without inflating the rest', () => {
    const push = vi.spyOn(Inflate.prototype, 'push');
    const r = inflateBounded(bomb, MAX_INFLATED_BYTES);
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    expect(bomb.length).toBeGreaterThan(40_000);
    // 1,024 compressed bytes per step: the whole bomb would take about 50 steps
    expect(push.mock.calls.length).toBeLessThanOrEqual(3);
  });
});

describe('share link size limits', () => {
  it('refuses a decompression bomb (50 MB of zeros) with too-large', async () => {
    const r = await decodeShareLink(`d=1.${toBase64url(bomb)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('too-large');
      expect(r.error.message).toMatch(/too large/);
    }
  });

  it('refuses a decompression bomb inside a protected link once the passphrase opens it', async () => {
    const link = `d=1e.${toBase64url(await seal(bomb, 'pw', 'd=1e.'))}`;
    const r = await decodeShareLink(link, { passphrase: 'pw' });
    expect(r.ok ? undefined : r.error.code).toBe('too-large');
  });

  it('refuses a fragment longer than the text limit before reading it', async () => {
    const r = await decodeShareLink(`d=1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`);
    expect(r.ok ? undefined : r.error.code).toBe('too-large');
  });
});
