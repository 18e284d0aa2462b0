import { Inflate, deflateSync } from 'fflate';
import { INFLATE_STEP_BYTES } from './limits';

/** Raw DEFLATE (no zlib or gzip header) at the strongest level. */
export function deflateRaw(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return deflateSync(bytes, { level: 9 });
}

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large' | 'corrupt'; readonly message: string };

/**
 * Inflates raw DEFLATE data, refusing output longer than `limit` bytes without ever producing much
 * more than that: the input is fed in small steps and the running total checked after each, so a
 * decompression bomb stops at the first step that crosses the limit.
 */
export function inflateBounded(data: Uint8Array, limit: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && !over; at += INFLATE_STEP_BYTES) {
      const end = Math.min(at + INFLATE_STEP_BYTES, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    return { ok: false, reason: 'corrupt', message: `the compressed data cannot be read (${(e as Error).message})` };
  }
  if (over) return { ok: false, reason: 'too-large', message: `it inflates to more than ${limit.toLocaleString('en')} bytes` };
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { ok: true, bytes: out };
}
