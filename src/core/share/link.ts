import { loadDocument } from '../model/load';
import type { TopologyDocument } from '../model/types';
import { fromBase64url, toBase64url } from './base64url';
import { CorruptPayload } from './bytes';
import { CURRENT_PAYLOAD_FORMAT, decodeCompact, encodeCompact, PAYLOAD_FORMATS, type PayloadFormat } from './compact';
import { MIN_ENVELOPE_BYTES, open, seal } from './crypto';
import { deflateRaw, inflateBounded } from './deflate';
import { MAX_FRAGMENT_CHARS, MAX_INFLATED_BYTES } from './limits';

/**
 * Share links: a whole design in a URL fragment, `d=2.<payload>` (or `d=2e.<payload>` when secrets
 * travel under a passphrase). Links of format 1 (`d=1.`, `d=1e.`, made before the deployment target
 * existed) still open: their payload reads as a version 1 document, which the loader migrates. The payload is the compact encoding (compact.ts), raw-deflated, then
 * (for `1e`) sealed with AES-GCM, then base64url. Decoding never throws: every untrusted link ends
 * in the document loader, or in an error with a code and a sentence a user can act on.
 */

export const LINK_FORMAT: PayloadFormat = CURRENT_PAYLOAD_FORMAT;
const PLAIN_PREFIX = `d=${LINK_FORMAT}.`;
/** The sealed prefix of a format; it is the additional data of the encryption, so a link opens only under its own. */
const sealedPrefix = (format: PayloadFormat): string => `d=${format}e.`;
const SEALED_PREFIX = sealedPrefix(LINK_FORMAT);
/** The format numbers this release reads, as they appear in a link. */
const READABLE = new Map<string, PayloadFormat>(PAYLOAD_FORMATS.map((f) => [String(f), f]));
const READABLE_TEXT = PAYLOAD_FORMATS.length > 1 ? `formats ${PAYLOAD_FORMATS.slice(0, -1).join(', ')} and ${LINK_FORMAT}` : `format ${LINK_FORMAT}`;
/** Anchored: optional `#`, `d=`, the format number, a variant, a dot, base64url and nothing else. */
const FRAGMENT = /^#?d=([0-9]+)([a-z]*)\.([A-Za-z0-9_-]*)$/;

export const SHARE_LINK_ERROR_CODES = [
  'format',
  'version',
  'too-large',
  'corrupt',
  'passphrase-needed',
  'wrong-passphrase',
  'invalid-document',
] as const;
export type ShareLinkErrorCode = (typeof SHARE_LINK_ERROR_CODES)[number];

export interface ShareLinkError {
  readonly code: ShareLinkErrorCode;
  readonly message: string;
  /** For 'invalid-document': the loader's JSON path, e.g. `$.connections[3].gatewayId`. */
  readonly path?: string;
}

export type DecodeShareLinkResult =
  | {
      readonly ok: true;
      readonly doc: TopologyDocument;
      readonly migrations: readonly string[];
      /** The link was passphrase-protected and carried the pre-shared keys and RADIUS secrets. */
      readonly secretsIncluded: boolean;
    }
  | { readonly ok: false; readonly error: ShareLinkError };

export interface EncodeShareLinkOptions {
  /** Secrets are left out unless a passphrase is given; then the whole payload is encrypted. */
  readonly includeSecrets?: false | { readonly passphrase: string };
}

export interface DecodeShareLinkOptions {
  readonly passphrase?: string;
}

/** The compact payload of `doc`, raw-deflated; refuses a design too large for a link. */
function pack(doc: TopologyDocument, secrets: boolean): Uint8Array<ArrayBuffer> {
  const compact = encodeCompact(doc, secrets);
  if (compact.length > MAX_INFLATED_BYTES) {
    throw new RangeError(`This design is too large for a link (${compact.length.toLocaleString('en')} bytes; at most ${MAX_INFLATED_BYTES.toLocaleString('en')}).`);
  }
  return deflateRaw(compact);
}

function checkLength(fragment: string): string {
  if (fragment.length > MAX_FRAGMENT_CHARS) throw new RangeError('This design is too large for a link.');
  return fragment;
}

/** The plain link (secrets left out), synchronously: what `encodeShareLink` returns without a passphrase. */
export function encodePlainShareLink(doc: TopologyDocument): string {
  return checkLength(PLAIN_PREFIX + toBase64url(pack(doc, false)));
}

/**
 * The fragment text (without `#`) that carries `doc`. Pre-shared keys and RADIUS secrets are left
 * out (they read back as '') unless `includeSecrets` gives a passphrase; then they are kept and the
 * whole payload is encrypted. Rejects only for a document the schema would refuse, an empty
 * passphrase, or a design too large for a link.
 */
export async function encodeShareLink(doc: TopologyDocument, options: EncodeShareLinkOptions = {}): Promise<string> {
  const protect = options.includeSecrets || undefined;
  if (!protect) return encodePlainShareLink(doc);
  if (typeof protect.passphrase !== 'string' || protect.passphrase.length === 0) {
    throw new Error('A passphrase is needed to include secrets in a link.');
  }
  return checkLength(SEALED_PREFIX + toBase64url(await seal(pack(doc, true), protect.passphrase, SEALED_PREFIX)));
}

const fail = (code: ShareLinkErrorCode, message: string, path?: string): DecodeShareLinkResult => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});

/** Reads a share link fragment (with or without `#`) into a loaded document. Never throws. */
export async function decodeShareLink(fragment: string, options: DecodeShareLinkOptions = {}): Promise<DecodeShareLinkResult> {
  try {
    return await decode(fragment, options);
  } catch (e) {
    return fail('corrupt', `This link could not be read (${e instanceof Error ? e.message : 'unexpected error'}).`);
  }
}

async function decode(fragment: unknown, options: DecodeShareLinkOptions): Promise<DecodeShareLinkResult> {
  if (typeof fragment !== 'string') return fail('format', 'A share link is text starting with "#d=".');
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    return fail('too-large', `This link is too long (${fragment.length.toLocaleString('en')} characters; at most ${MAX_FRAGMENT_CHARS.toLocaleString('en')}).`);
  }
  const m = FRAGMENT.exec(fragment.trim());
  if (!m) return fail('format', `This is not a vpn-designer share link (it should look like "#d=${LINK_FORMAT}.…").`);
  const [, version, variant, payload] = m as unknown as [string, string, string, string];
  const format = READABLE.get(version);
  if (format === undefined || (variant !== '' && variant !== 'e')) {
    const shown = `${version.length > 12 ? `${version.slice(0, 12)}…` : version}${variant.slice(0, 12)}`;
    const newer = /^[1-9][0-9]*$/.test(version) && (version.length > 1 || Number(version) > LINK_FORMAT);
    return fail(
      'version',
      newer
        ? `This link uses link format ${shown}, from a newer vpn-designer; this version reads ${READABLE_TEXT}.`
        : `This link uses an unknown link format (${shown}); this version reads ${READABLE_TEXT}.`,
    );
  }
  const sealed = variant === 'e';
  const bytes = fromBase64url(payload);
  if (!bytes) return fail('corrupt', 'The link text is damaged (it is not valid base64url); it may have been cut or edited.');
  if (bytes.length === 0) return fail('corrupt', 'The link holds no design.');
  let packed = bytes;
  if (sealed) {
    if (bytes.length < MIN_ENVELOPE_BYTES) return fail('corrupt', 'The protected link is too short to hold a design; it may have been cut.');
    const passphrase = options.passphrase;
    if (typeof passphrase !== 'string' || passphrase.length === 0) {
      return fail('passphrase-needed', 'This link is protected by a passphrase (it includes secrets); enter the passphrase to open it.');
    }
    const opened = await open(bytes, passphrase, sealedPrefix(format));
    if (!opened) return fail('wrong-passphrase', 'The passphrase does not open this link (or the link was altered).');
    packed = opened;
  }
  const inflated = inflateBounded(packed, MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? fail('too-large', `This link's design is too large: ${inflated.message}.`)
      : fail('corrupt', `The link is damaged: ${inflated.message}.`);
  }
  let input: Record<string, unknown>;
  try {
    input = decodeCompact(inflated.bytes, sealed, format);
  } catch (e) {
    const why = e instanceof CorruptPayload ? e.message : 'unreadable design data';
    return fail('corrupt', `The link is damaged: ${why}.`);
  }
  const loaded = loadDocument(input);
  if (!loaded.ok) {
    return fail('invalid-document', `The design in this link is not valid at ${loaded.error.path}: ${loaded.error.message}.`, loaded.error.path);
  }
  return { ok: true, doc: loaded.doc, migrations: loaded.migrations, secretsIncluded: sealed };
}
