import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builders';
import { fromBase64url } from './base64url';
import { inflateBounded } from './deflate';
import { decodeShareLink, encodeShareLink, type DecodeShareLinkResult } from './link';
import { containsBytes, firstDifference, linkOf, loadExamples, secretsOf, withoutSecrets } from './test-helpers';

const examples = loadExamples();
const utf8 = new TextEncoder();

function expectOk(r: DecodeShareLinkResult) {
  if (!r.ok) throw new Error(`expected the link to open: ${r.error.code}: ${r.error.message}`);
  return r;
}

function expectError(r: DecodeShareLinkResult) {
  if (r.ok) throw new Error('expected the link to be refused');
  return r.error;
}

/** A design with a RADIUS secret as well as pre-shared keys. */
function radiusDesign() {
  const b = new DesignBuilder('radius');
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
  b.p2s(gatewayId, { name: 'p2s', addressPool: ['172.16.0.0/24'], authTypes: ['Radius'], radiusServers: [{ address: '10.0.1.4', secret: 'RadiusTopSecret42' }] });
  const site = b.site({ name: 'branch', gatewayIpAddress: '203.0.113.9', addressPrefixes: ['192.168.0.0/24'] });
  b.s2s(gatewayId, site, { name: 'cn', sharedKey: 'PskTopSecret99' });
  return b.build();
}

describe('share links', () => {
  it('finds the example designs', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(examples)('$file', ({ doc }) => {
    it('round-trips without secrets: equal to the design with secrets blanked', async () => {
      const link = await encodeShareLink(doc);
      expect(link.startsWith('d=2.')).toBe(true);
      const r = expectOk(await decodeShareLink(link));
      expect(r.secretsIncluded).toBe(false);
      expect(r.migrations).toEqual([]);
      expect(firstDifference(r.doc, withoutSecrets(doc))).toBeUndefined();
      expect(JSON.stringify(r.doc)).toBe(JSON.stringify(withoutSecrets(doc)));
    });

    it('round-trips exactly, secrets included, with a passphrase', async () => {
      const link = await encodeShareLink(doc, { includeSecrets: { passphrase: 'correct horse battery staple' } });
      expect(link.startsWith('d=2e.')).toBe(true);
      const r = expectOk(await decodeShareLink(`#${link}`, { passphrase: 'correct horse battery staple' }));
      expect(r.secretsIncluded).toBe(true);
      expect(firstDifference(r.doc, doc)).toBeUndefined();
      expect(JSON.stringify(r.doc)).toBe(JSON.stringify(doc));
    });

    it('never carries a secret in clear, in the text or in the decoded payload', async () => {
      const secrets = secretsOf(doc);
      const plain = await encodeShareLink(doc);
      const sealed = await encodeShareLink(doc, { includeSecrets: { passphrase: 'pw' } });
      const plainBytes = fromBase64url(plain.slice('d=2.'.length))!;
      const inflated = inflateBounded(plainBytes, 1 << 20);
      expect(inflated.ok).toBe(true);
      const sealedBytes = fromBase64url(sealed.slice('d=2e.'.length))!;
      for (const s of secrets) {
        for (const link of [plain, sealed]) expect(link).not.toContain(s);
        for (const bytes of [plainBytes, inflated.ok ? inflated.bytes : new Uint8Array(), sealedBytes]) {
          expect(containsBytes(bytes, utf8.encode(s))).toBe(false);
        }
      }
    });
  });

  it('strips RADIUS secrets and pre-shared keys by default and keeps them under a passphrase', async () => {
    const doc = radiusDesign();
    expect(secretsOf(doc)).toEqual(['PskTopSecret99', 'RadiusTopSecret42']);
    const plain = expectOk(await decodeShareLink(await encodeShareLink(doc)));
    expect(secretsOf(plain.doc)).toEqual([]);
    expect(plain.doc.p2sConfigurations[0]!.radiusServers).toEqual([{ address: '10.0.1.4', secret: '' }]);
    const inflated = inflateBounded(fromBase64url((await encodeShareLink(doc)).slice(4))!, 1 << 20);
    for (const s of secretsOf(doc)) expect(inflated.ok && containsBytes(inflated.bytes, utf8.encode(s))).toBe(false);
    const sealed = expectOk(await decodeShareLink(await encodeShareLink(doc, { includeSecrets: { passphrase: 'pw' } }), { passphrase: 'pw' }));
    expect(firstDifference(sealed.doc, doc)).toBeUndefined();
  });

  it('blanks secrets smuggled into a plain link', async () => {
    const doc = radiusDesign();
    const r = expectOk(await decodeShareLink(linkOf(doc, true)));
    expect(r.secretsIncluded).toBe(false);
    expect(secretsOf(r.doc)).toEqual([]);
  });

  it('refuses a wrong passphrase and asks for a missing one', async () => {
    const doc = examples[0]!.doc;
    const link = await encodeShareLink(doc, { includeSecrets: { passphrase: 'right one' } });
    const wrong = expectError(await decodeShareLink(link, { passphrase: 'wrong one' }));
    expect(wrong.code).toBe('wrong-passphrase');
    expect(wrong.message).toMatch(/passphrase/);
    expect(expectError(await decodeShareLink(link)).code).toBe('passphrase-needed');
    expect(expectError(await decodeShareLink(link, { passphrase: '' })).code).toBe('passphrase-needed');
  });

  it('opens a link with the same passphrase typed in another Unicode normal form', async () => {
    const doc = examples[0]!.doc;
    const link = await encodeShareLink(doc, { includeSecrets: { passphrase: 'caf\u00e9 cr\u00e8me' } });
    expectOk(await decodeShareLink(link, { passphrase: 'cafe\u0301 cre\u0300me' }));
  });

  it('uses a fresh salt and IV for every protected link', async () => {
    const doc = examples[0]!.doc;
    const a = await encodeShareLink(doc, { includeSecrets: { passphrase: 'pw' } });
    const b = await encodeShareLink(doc, { includeSecrets: { passphrase: 'pw' } });
    expect(a).not.toBe(b);
    expect(fromBase64url(a.slice(5))!.subarray(0, 28)).not.toEqual(fromBase64url(b.slice(5))!.subarray(0, 28));
  });

  it('refuses to protect a link with an empty passphrase', async () => {
    await expect(encodeShareLink(examples[0]!.doc, { includeSecrets: { passphrase: '' } })).rejects.toThrow(/passphrase/);
  });

  it('ignores a passphrase given for a plain link', async () => {
    const doc = examples[0]!.doc;
    const r = expectOk(await decodeShareLink(await encodeShareLink(doc), { passphrase: 'unused' }));
    expect(r.secretsIncluded).toBe(false);
  });

  it('accepts the fragment with or without "#" and with surrounding white space', async () => {
    const link = await encodeShareLink(examples[0]!.doc);
    for (const text of [link, `#${link}`, ` ${link}\n`]) expectOk(await decodeShareLink(text));
  });

  it.each([
    ['', 'format'],
    ['#', 'format'],
    ['d=1', 'format'],
    ['d=1.abc def', 'format'],
    ['x=1.AAAA', 'format'],
    ['https://example.org/#d=1.AAAA', 'format'],
    ['d=1.AAAA&x=1', 'format'],
    ['d=1.AAAA\u0000', 'format'],
    ['d=3.AAAA', 'version'],
    ['d=3e.AAAA', 'version'],
    ['d=10.AAAA', 'version'],
    ['d=0.AAAA', 'version'],
    ['d=01.AAAA', 'version'],
    ['d=1x.AAAA', 'version'],
    ['d=99999999999999999999999.AAAA', 'version'],
    ['d=1.', 'corrupt'],
    ['d=1.A', 'corrupt'],
    ['d=1.AB', 'corrupt'],
    ['d=1e.AAAA', 'corrupt'],
    ['d=2.', 'corrupt'],
    ['d=2e.AAAA', 'corrupt'],
  ])('refuses %j with %s', async (text, code) => {
    const e = expectError(await decodeShareLink(text));
    expect(e.code).toBe(code);
    expect(e.message.length).toBeGreaterThan(15);
  });

  it('names a newer link format in the version message', async () => {
    expect(expectError(await decodeShareLink('d=3.AAAA')).message).toBe('This link uses link format 3, from a newer vpn-designer; this version reads formats 1 and 2.');
  });

  it('refuses a value that is not text without throwing', async () => {
    for (const v of [undefined, null, 42, {}, ['d=1.AAAA']]) {
      expect(expectError(await decodeShareLink(v as unknown as string)).code).toBe('format');
    }
  });

  it('reports a design the loader refuses with its path and message', async () => {
    const dangling = { name: 'x', vnets: [], gateways: [{ id: 'g', name: 'g', vnetId: 'nowhere' }] };
    const e = expectError(await decodeShareLink(linkOf(dangling)));
    expect(e).toMatchObject({ code: 'invalid-document', path: '$.gateways[0].vnetId' });
    expect(e.message).toContain('nowhere');
    const badEnum = { vnets: [{ id: 'v', name: 'v', cloud: 'MarsCloud' }] };
    expect(expectError(await decodeShareLink(linkOf(badEnum)))).toMatchObject({ code: 'invalid-document', path: '$.vnets[0].cloud' });
    const duplicate = { vnets: [{ id: 'v', name: 'a' }, { id: 'v', name: 'b' }] };
    expect(expectError(await decodeShareLink(linkOf(duplicate)))).toMatchObject({ code: 'invalid-document', path: '$.vnets[1].id' });
  });

  it('refuses to encode something that is not a document', async () => {
    await expect(encodeShareLink({ vnets: [{ id: 1 }] } as never)).rejects.toThrow(TypeError);
  });
});
