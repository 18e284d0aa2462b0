import { describe, expect, it } from 'vitest';
import { generatePsk, PSK_ALPHABET } from './psk';

describe('generatePsk', () => {
  it('makes a 32-character key of printable ASCII without space, dash or tilde', () => {
    for (let i = 0; i < 50; i++) {
      const key = generatePsk();
      expect(key).toHaveLength(32);
      expect(key).toMatch(/^[\x21-\x7e]+$/);
      expect(key).not.toMatch(/[-~ ]/);
    }
  });

  it('offers every allowed character and only those', () => {
    expect(PSK_ALPHABET).toHaveLength(94 - 2);
    expect(PSK_ALPHABET).not.toContain('-');
    expect(PSK_ALPHABET).not.toContain('~');
    expect(PSK_ALPHABET).toContain('!');
    expect(PSK_ALPHABET).toContain('}');
  });

  it('skips random bytes that would bias the choice', () => {
    // 255 is above the largest unbiased byte for 92 characters (2 × 92 = 184), so only the zeros count.
    const key = generatePsk(4, (b) => b.map((_, i) => (i % 2 === 0 ? 255 : 0)));
    expect(key).toBe(PSK_ALPHABET[0]!.repeat(4));
  });
});
