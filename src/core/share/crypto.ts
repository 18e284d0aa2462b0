import { IV_BYTES, PBKDF2_ITERATIONS, SALT_BYTES, TAG_BYTES } from './limits';

/**
 * Passphrase protection of a link payload with WebCrypto (browser and Node alike): AES-256-GCM under
 * a key from PBKDF2-SHA-256 with a random salt; the envelope is salt ‖ iv ‖ ciphertext-and-tag. The
 * link prefix is bound in as additional data, so the envelope cannot be moved to another format.
 */

const utf8 = new TextEncoder();

function subtle(): SubtleCrypto {
  const c = globalThis.crypto;
  if (!c?.subtle) throw new Error('WebCrypto is not available here (a secure context is needed)');
  return c.subtle;
}

/** Passphrases are compared as NFC text, so the same words typed on any system open the link. */
async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function seal(plain: Uint8Array<ArrayBuffer>, passphrase: string, context: string): Promise<Uint8Array> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt);
  const sealed = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(context) }, key, plain));
  const out = new Uint8Array(SALT_BYTES + IV_BYTES + sealed.length);
  out.set(salt, 0);
  out.set(iv, SALT_BYTES);
  out.set(sealed, SALT_BYTES + IV_BYTES);
  return out;
}

/** The smallest envelope: salt, iv and an authentication tag around nothing. */
export const MIN_ENVELOPE_BYTES = SALT_BYTES + IV_BYTES + TAG_BYTES;

/** Opens an envelope; undefined when the passphrase is wrong or the envelope was altered (GCM cannot tell which). */
export async function open(envelope: Uint8Array, passphrase: string, context: string): Promise<Uint8Array | undefined> {
  const salt = envelope.slice(0, SALT_BYTES);
  const iv = envelope.slice(SALT_BYTES, SALT_BYTES + IV_BYTES);
  const body = envelope.slice(SALT_BYTES + IV_BYTES);
  const key = await deriveKey(passphrase, salt);
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(context) }, key, body));
  } catch {
    return undefined;
  }
}
