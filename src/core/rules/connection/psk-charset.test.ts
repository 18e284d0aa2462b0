import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';
import { hubAndSite, twoHubs } from './test-fixtures';

const ID = 'connection/psk-charset';

describe('connection/psk-charset', () => {
  it('reports a key with a hyphen, a space and a tilde by position and class, never the key', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const key = 'abc-def ghi~jkl';
    const c = b.s2s(gatewayId, siteId, { name: 'to-branch', sharedKey: key });
    const [d, ...rest] = findings(b.build(), ID);
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c], detail: 'characters' });
    expect(d!.data).toEqual({ positions: ['4', '8', '12'], classes: ['hyphen', 'space', 'tilde'] });
    expect(JSON.stringify(d)).not.toContain(key);
    expect(JSON.stringify(d)).not.toContain('abc');
  });

  it('reports non-ASCII and control characters', () => {
    const b = new DesignBuilder();
    const { gatewayId, siteId } = hubAndSite(b);
    const c = b.s2s(gatewayId, siteId, { name: 'to-branch', sharedKey: 'Schlüssel\tX' });
    const [d] = findings(b.build(), ID);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [c], detail: 'characters' });
    expect(d!.data).toEqual({ positions: ['5', '10'], classes: ['non-ASCII character', 'control character'] });
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
    expect(ds[0]!.data).toMatchObject({ length: 129, max: 128 });
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
