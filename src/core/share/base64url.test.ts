import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/random';
import { fromBase64url, toBase64url } from './base64url';

describe('base64url', () => {
  it('matches the reference encoding for every length and round-trips', () => {
    const rand = seededRandom(5);
    for (let n = 0; n < 300; n++) {
      const bytes = new Uint8Array(n).map(() => Math.floor(rand() * 256));
      const text = toBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64url(text)).toEqual(bytes);
    }
  });

  it('refuses characters outside the alphabet, padding, impossible lengths and non-zero spare bits', () => {
    for (const t of ['AA==', 'A+', 'A/', 'AAAAA', 'A', 'AB', 'AAB', 'é', 'A A']) expect(fromBase64url(t)).toBeUndefined();
    expect(fromBase64url('AA')).toEqual(new Uint8Array([0]));
    expect(fromBase64url('')).toEqual(new Uint8Array([]));
  });
});
