import { CorruptPayload } from './bytes';
import type { Codec, IdTable } from './context';

/**
 * Ids and references. An element's own id is written once (as compact id text) and remembered in its
 * kind's table; every reference to it is then its index in that table. The layout record is keyed
 * by ids the same way.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Text ending in a canonical decimal number (no leading zero, at most 15 digits). */
const NUMBERED = /^(.*?)(0|[1-9][0-9]{0,14})$/s;
const ID_UUID = 0;
const ID_NUMBERED = 1;
/** Plain id text carries its header above the two tags, so it costs nothing extra. */
const ID_TEXT_OFFSET = 2;

/**
 * Id text, shorter where it can be restored exactly: a lowercase UUID as its 16 bytes; text ending
 * in a number (`vnet-12`) as the text before it and the number's difference from the previous
 * numbered id (ids made by a counter then cost a byte or so); anything else as text.
 */
export const idText: Codec = {
  write(w, v, ctx) {
    if (typeof v !== 'string') throw new TypeError(`expected an id, got ${typeof v}`);
    if (UUID.test(v)) {
      w.varint(ID_UUID);
      const hex = v.replace(/-/g, '');
      for (let i = 0; i < 32; i += 2) w.byte(parseInt(hex.slice(i, i + 2), 16));
      return;
    }
    const m = NUMBERED.exec(v);
    if (!m) {
      w.text(v, ID_TEXT_OFFSET);
      return;
    }
    const n = Number(m[2]);
    w.varint(ID_NUMBERED);
    w.text(m[1]!);
    w.number(n - ctx.lastIdNumber);
    ctx.lastIdNumber = n;
  },
  read(r, ctx) {
    const tag = r.varint();
    if (tag >= ID_TEXT_OFFSET) return r.textAfter(tag - ID_TEXT_OFFSET);
    if (tag === ID_UUID) {
      const hex = Array.from(r.bytes(16), (b) => b.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    const prefix = r.text();
    const n = ctx.lastIdNumber + r.number();
    if (!Number.isSafeInteger(n) || n < 0 || n >= 1e15) throw new CorruptPayload('an id number is out of range');
    ctx.lastIdNumber = n;
    return prefix + String(n);
  },
};

/** An element's own id, written as id text and remembered in its kind's table and the table of all ids. */
export function ownId(table?: Exclude<IdTable, 'all'>): Codec {
  const tables: IdTable[] = table ? [table, 'all'] : ['all'];
  return {
    write(w, v, ctx) {
      idText.write(w, v, ctx);
      for (const t of tables) {
        const entry = ctx.ids[t];
        if (!entry.index.has(v as string)) entry.index.set(v as string, entry.size);
        entry.size += 1;
      }
    },
    read(r, ctx) {
      const id = idText.read(r, ctx) as string;
      for (const t of tables) ctx.ids[t].push(id);
      return id;
    },
  };
}

/** A reference to an id written earlier: 1 + its index in the table, or 0 and the id itself. */
export function ref(table: IdTable): Codec {
  return {
    write(w, v, ctx) {
      if (typeof v !== 'string') throw new TypeError(`expected an id, got ${typeof v}`);
      const i = ctx.ids[table].index.get(v);
      w.varint(i === undefined ? 0 : i + 1);
      if (i === undefined) idText.write(w, v, ctx);
    },
    read(r, ctx) {
      const i = r.varint();
      if (i === 0) return idText.read(r, ctx);
      const id = ctx.ids[table][i - 1];
      if (id === undefined) throw new CorruptPayload('a reference points past the known ids');
      return id;
    },
  };
}

/**
 * A record of positions by key (usually an element id, written as a reference to it). Built on a
 * null prototype, so a key such as `__proto__` stays an ordinary key (the loader then drops it).
 */
export function positions(point: Codec): Codec {
  const key = ref('all');
  return {
    write(w, v, ctx) {
      if (typeof v !== 'object' || v === null) throw new TypeError('expected a record of positions');
      const entries = Object.entries(v as Record<string, unknown>);
      w.varint(entries.length);
      for (const [k, p] of entries) {
        key.write(w, k, ctx);
        point.write(w, p, ctx);
      }
    },
    read(r, ctx) {
      const n = r.count();
      const out = Object.create(null) as Record<string, unknown>;
      for (let i = 0; i < n; i++) {
        const k = key.read(r, ctx) as string;
        const p = point.read(r, ctx);
        if (k !== '__proto__') out[k] = p;
      }
      return out;
    },
  };
}
