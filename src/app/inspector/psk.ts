/** Characters Azure accepts in a pre-shared key: printable ASCII except space, '-' and '~'. */
export const PSK_ALPHABET = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => c !== '-' && c !== '~')
  .join('');

/** A random key of `length` characters from PSK_ALPHABET, without modulo bias. */
export function generatePsk(length = 32, random: (buf: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const n = PSK_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  while (out.length < length) {
    for (const byte of random(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += PSK_ALPHABET[byte % n];
    }
  }
  return out;
}
