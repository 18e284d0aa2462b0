/**
 * The byte level of the compact encoding: unsigned varints (LEB128), signed numbers, float64 and
 * text. The reader throws `CorruptPayload` on anything malformed; nothing it reads can make it
 * allocate more than the bytes it was given.
 */

/** Thrown by the reader (and the decoders built on it) when the bytes are not a valid payload. */
export class CorruptPayload extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptPayload';
  }
}

/** Largest unsigned value a varint may carry (fits a double exactly). */
const MAX_VARINT = Number.MAX_SAFE_INTEGER;
/** Integers up to this magnitude are written as zigzag varints; anything else as float64. */
const MAX_SMALL_INT = 2 ** 50;
/** Lone surrogates do not survive UTF-8, so such text is written as UTF-16 code units instead. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const utf8 = new TextEncoder();
/** `ignoreBOM` keeps a leading U+FEFF, `fatal` refuses malformed UTF-8. */
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export class ByteWriter {
  private buf = new Uint8Array(1_024);
  private len = 0;

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  /** An unsigned integer, 7 bits per byte, low bits first. */
  varint(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n > MAX_VARINT) throw new RangeError(`varint out of range: ${n}`);
    while (n >= 128) {
      this.byte((n % 128) | 128);
      n = Math.floor(n / 128);
    }
    this.byte(n);
  }

  /** Any number, exactly: small integers as a zigzag varint (tag bit 0), the rest as float64 (tag 1). */
  number(n: number): void {
    if (typeof n !== 'number') throw new TypeError(`expected a number, got ${typeof n}`);
    if (Number.isInteger(n) && Math.abs(n) <= MAX_SMALL_INT && !Object.is(n, -0)) {
      this.varint((n >= 0 ? n * 2 : -n * 2 - 1) * 2);
      return;
    }
    this.byte(1);
    const f = new DataView(new ArrayBuffer(8));
    f.setFloat64(0, n, true);
    this.bytes(new Uint8Array(f.buffer));
  }

  /**
   * Text: UTF-8 (header = bytes × 2), or UTF-16 code units when it holds a lone surrogate (header =
   * units × 2 + 1). A caller that puts its own tags below the header passes their count as `offset`.
   */
  text(s: string, offset = 0): void {
    if (typeof s !== 'string') throw new TypeError(`expected text, got ${typeof s}`);
    if (!LONE_SURROGATE.test(s)) {
      const b = utf8.encode(s);
      this.varint(b.length * 2 + offset);
      this.bytes(b);
      return;
    }
    this.varint(s.length * 2 + 1 + offset);
    for (let i = 0; i < s.length; i++) this.varint(s.charCodeAt(i));
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

export class ByteReader {
  private pos = 0;

  constructor(private readonly data: Uint8Array) {}

  get remaining(): number {
    return this.data.length - this.pos;
  }

  byte(): number {
    if (this.pos >= this.data.length) throw new CorruptPayload('the data ends too early');
    return this.data[this.pos++]!;
  }

  bytes(n: number): Uint8Array {
    if (n > this.remaining) throw new CorruptPayload('the data ends too early');
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      value += (b & 127) * scale;
      if (b < 128) {
        if (value > MAX_VARINT) break;
        return value;
      }
      scale *= 128;
    }
    throw new CorruptPayload('a number is too long');
  }

  /** A count of items that each take at least one byte: more than the bytes left is impossible. */
  count(): number {
    const n = this.varint();
    if (n > this.remaining) throw new CorruptPayload(`a list claims ${n} items but only ${this.remaining} bytes are left`);
    return n;
  }

  number(): number {
    const tag = this.varint();
    if (tag === 1) return new DataView(this.bytes(8).slice().buffer).getFloat64(0, true);
    if (tag % 2 !== 0) throw new CorruptPayload('unknown number format');
    const z = tag / 2;
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  text(): string {
    return this.textAfter(this.varint());
  }

  /** The text whose header (see ByteWriter.text) was already read. */
  textAfter(header: number): string {
    const n = Math.floor(header / 2);
    if (n > this.remaining) throw new CorruptPayload('a text runs past the end of the data');
    if (header % 2 === 0) {
      try {
        return utf8Strict.decode(this.bytes(n));
      } catch {
        throw new CorruptPayload('a text is not valid UTF-8');
      }
    }
    const units: number[] = [];
    for (let i = 0; i < n; i++) {
      const u = this.varint();
      if (u > 0xffff) throw new CorruptPayload('a text holds an impossible character');
      units.push(u);
    }
    let s = '';
    for (let i = 0; i < units.length; i += 4_096) s += String.fromCharCode(...units.slice(i, i + 4_096));
    return s;
  }

  get atEnd(): boolean {
    return this.pos === this.data.length;
  }
}
