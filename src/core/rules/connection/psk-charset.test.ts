import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite, twoHubs } from './test-fixtures';

const ID = 'connection/psk-charset';

describe('connection/psk-charset', () => {
  it('reports a key with hyphens, a space and a tilde by count per class, never the key or where they sit', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const key = 'abc-def ghi~jkl-mno';
    const c = b.s2s(gatewayId, siteId, { name: 'to-branch', sharedKey: key });
    const [d, ...rest] = findings(b.build(), ID);
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c], detail: 'characters' });
    expect(d!.data).toEqual({ classes: ['space', 'hyphen', 'tilde'], space: 1, hyphen: 2, tilde: 1 });
    expect(d!.message).toContain('1 space, 2 hyphens and 1 tilde');
    const text = JSON.stringify(d);
    expect(text).not.toContain(key);
    expect(text).not.toContain('abc');
    expect(text).not.toMatch(/position/i);
    // Neither the positions (4, 8, 12, 16) nor the length (19) appear anywhere.
    for (const n of ['4', '8', '12', '16', '19']) expect(d!.message).not.toMatch(new RegExp(`\\b${n}\\b`));
  });

  it('reports non-ASCII and control characters', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, { name: 'to-branch', sharedKey: 'Schlüssel\tX' });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c], detail: 'characters' });
    expect(d!.data).toEqual({ classes: ['control', 'nonAscii'], control: 1, nonAscii: 1 });
    expect(d!.message).toContain('1 control character and 1 non-ASCII character');
  });

  it('reports an empty key', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, { name: 'to-branch', sharedKey: '' });
    expect(findings(b.build(), ID).map(summary)).toEqual([{ severity: 'error', elementIds: [c], detail: 'empty' }]);
  });

  it('reports a key longer than 128 characters but accepts exactly 128', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const long = b.s2s(gatewayId, siteId, { name: 'long', sharedKey: 'A'.repeat(129) });
    b.s2s(gatewayId, siteId, { name: 'max', sharedKey: 'B'.repeat(128) });
    const ds = findings(b.build(), ID);
    expect(ds.map(summary)).toEqual([{ severity: 'error', elementIds: [long], detail: 'too-long' }]);
    expect(ds[0]!.data).toEqual({ max: 128 });
    expect(ds[0]!.message).toContain('longer than 128');
    expect(JSON.stringify(ds[0])).not.toContain('129');
  });

  it('reports a VNet-to-VNet pair sharing one bad key once, naming both resources', () => {
    const b = new DesignBuilder();
    const { hubGw, drGw } = twoHubs(b);
    const [x, y] = b.v2v(hubGw, drGw, { sharedKey: 'with space' });
    expect(findings(b.build(), ID).map(summary)).toEqual([{ severity: 'error', elementIds: [x, y].sort(), detail: 'characters' }]);
  });

  it('does not fire on printable ASCII keys with punctuation other than - and ~', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    b.s2s(gatewayId, siteId, { name: 'to-branch', sharedKey: 'Abc!#$%&()*+,./:;<=>?@[]^_{|}0123' });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
