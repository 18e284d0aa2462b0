import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from './zip';

const text = (s: string) => new TextEncoder().encode(s);

describe('zipStore', () => {
  it('writes an archive that an independent reader unpacks to the same files', () => {
    const files = { 'README.md': '# Title\n', 'p2s-a/OpenVPN/vpnconfig.ovpn': 'remote x 443\n', 'empty.txt': '', 'ünïcode-名前.txt': 'é 🚀\n' };
    const zip = zipStore(Object.entries(files).map(([path, content]) => ({ path, data: text(content) })));
    const unpacked = unzipSync(zip);
    expect(Object.fromEntries(Object.entries(unpacked).map(([k, v]) => [k, strFromU8(v)]))).toEqual(files);
  });

  it('writes an empty archive as just the end record', () => {
    const zip = zipStore([]);
    expect(zip.length).toBe(22);
    expect(unzipSync(zip)).toEqual({});
  });

  it('stamps entries with the given time in MS-DOS format', () => {
    const zip = zipStore([{ path: 'a', data: text('x') }], new Date(2026, 11, 4, 15, 30, 20));
    const view = new DataView(zip.buffer);
    expect(view.getUint16(10, true)).toBe((15 << 11) | (30 << 5) | 10);
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (12 << 5) | 4);
  });
});

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
