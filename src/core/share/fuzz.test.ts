import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../model/types';
import { generateDesign } from '../testing/generate';
import { intBetween, seededRandom } from '../testing/random';
import { fromBase64url, toBase64url } from './base64url';
import { encodeCompact } from './compact';
import { deflateRaw } from './deflate';
import { decodeShareLink, encodeShareLink, SHARE_LINK_ERROR_CODES, type DecodeShareLinkResult, type ShareLinkErrorCode } from './link';
import { linkOf, loadExamples, plainLink } from './test-helpers';

/**
 * Ten thousand and more hostile links: random text, random base64url, cut, bit-flipped and edited
 * links at every layer (text, compressed bytes, compact bytes), wrong versions, huge and deeply
 * nested payloads, wrong-typed documents. Nothing may throw; every refusal has a known code and a
 * readable message.
 */

const rand = seededRandom(20_261_124);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const randomB64 = (n: number) => Array.from({ length: n }, () => B64[Math.floor(rand() * 64)]!).join('');
const randomBytes = (n: number) => new Uint8Array(n).map(() => Math.floor(rand() * 256));
const randomText = (n: number) => String.fromCharCode(...Array.from({ length: n }, () => (rand() < 0.7 ? 32 + Math.floor(rand() * 95) : Math.floor(rand() * 0xffff))));

const docs: TopologyDocument[] = [...loadExamples().map((e) => e.doc), generateDesign(30, 7), generateDesign(60, 11)];
const compacts = docs.map((d) => encodeCompact(d, false));

function mutateBytes(src: Uint8Array): Uint8Array {
  const b = Array.from(src);
  const edits = 1 + Math.floor(rand() * 3);
  for (let e = 0; e < edits && b.length > 0; e++) {
    const at = Math.floor(rand() * b.length);
    switch (Math.floor(rand() * 6)) {
      case 0:
        b[at] = b[at]! ^ (1 << Math.floor(rand() * 8));
        break;
      case 1:
        b[at] = Math.floor(rand() * 256);
        break;
      case 2:
        b.splice(at, 1 + Math.floor(rand() * 4));
        break;
      case 3:
        b.splice(at, 0, ...randomBytes(1 + Math.floor(rand() * 4)));
        break;
      case 4:
        b.length = at;
        break;
      default: {
        const from = Math.floor(rand() * b.length);
        b.splice(at, 0, ...b.slice(from, from + 1 + Math.floor(rand() * 16)));
      }
    }
  }
  return new Uint8Array(b);
}

function mutateText(link: string): string {
  const at = Math.floor(rand() * link.length);
  switch (Math.floor(rand() * 4)) {
    case 0:
      return link.slice(0, at);
    case 1:
      return link.slice(0, at) + String.fromCharCode(link.charCodeAt(at) ^ (1 << Math.floor(rand() * 7))) + link.slice(at + 1);
    case 2:
      return link.slice(0, at) + B64[Math.floor(rand() * 64)]! + link.slice(at + 1);
    default:
      return link.slice(0, at) + link.slice(at + 1 + Math.floor(rand() * 8));
  }
}

/** A document with one value swapped for a wrong one the encoder can still write (bad enum, NaN, dangling id…). */
function wrongTyped(doc: TopologyDocument): unknown {
  const d = structuredClone(doc) as unknown as Record<string, Record<string, unknown>[] | undefined>;
  const first = (list: string): Record<string, unknown> => d[list]?.[0] ?? {};
  const wrongs: (() => void)[] = [
    () => (first('vnets').cloud = randomText(5)),
    () => (first('gateways').vnetId = 'missing-vnet'),
    () => (first('gateways').vpnType = 'Sideways'),
    () => (first('gateways').bgp = { enabled: true, asn: pick([NaN, Infinity, -1, 2 ** 40, 1.5]), customApipa: [] }),
    () => (first('connections').dpdTimeoutSeconds = pick([NaN, 1.5, -Infinity, 2 ** 60])),
    () => (first('connections').kind = 's2s'),
    () => (first('connections').name = 'x'.repeat(201)),
    () => (first('vnets').subnets = Array.from({ length: 3_001 }, () => ({ name: 'a', addressPrefix: '10.0.0.0/24' }))),
    () => d.vnets?.push({ ...first('vnets') }),
    () => ((d as Record<string, unknown>).layout = { positions: { a: { x: NaN, y: 0 } } }),
    () => (first('p2sConfigurations').tunnelTypes = ['Carrier pigeon']),
    () => (first('sites').bgp = { asn: -5, peerIp: '1.2.3.4', advertisedPrefixes: [] }),
  ];
  pick(wrongs)();
  return d;
}

function nestedJson(depth: number): Uint8Array {
  const open = rand() < 0.5 ? '['.repeat(depth) : '{"a":'.repeat(depth);
  return new TextEncoder().encode(open + '0' + (open[0] === '[' ? ']' : '}').repeat(depth));
}

interface Case {
  readonly link: string;
  readonly passphrase?: string;
}

async function buildCases(): Promise<Case[]> {
  const cases: Case[] = [];
  const plainLinks = await Promise.all(docs.map((d) => encodeShareLink(d)));
  const sealedLinks = await Promise.all(docs.slice(0, 3).map((d) => encodeShareLink(d, { includeSecrets: { passphrase: 'pw' } })));
  // 1. random text
  for (let i = 0; i < 800; i++) cases.push({ link: randomText(intBetween(rand, 0, 200)) });
  // 2. random base64url behind every prefix, valid or not
  for (let i = 0; i < 1_500; i++) {
    cases.push({ link: pick(['d=1.', '#d=1.', 'd=1e.', 'd=2.', 'd=2e.', 'd=3.', 'd=1x.', '', 'd=.', 'd=1..']) + randomB64(intBetween(rand, 0, 600)) });
  }
  // 3. random compressed bytes, and random compact bytes compressed properly
  for (let i = 0; i < 700; i++) cases.push({ link: `d=1.${toBase64url(randomBytes(intBetween(rand, 1, 400)))}` });
  for (let i = 0; i < 1_000; i++) cases.push({ link: plainLink(randomBytes(intBetween(rand, 0, 300))) });
  // 4. edited link text (cut, bit flips, substitutions, deletions)
  for (let i = 0; i < 2_000; i++) cases.push({ link: mutateText(pick(plainLinks)) });
  // 5. edited compressed bytes
  for (let i = 0; i < 1_500; i++) {
    const bytes = fromBase64url(pick(plainLinks).slice(4))!;
    cases.push({ link: `${pick(['d=1.', 'd=2.'])}${toBase64url(mutateBytes(bytes))}` });
  }
  // 6. edited compact bytes, compressed properly: these reach the structure decoder and the loader
  for (let i = 0; i < 2_400; i++) cases.push({ link: plainLink(mutateBytes(pick(compacts))) });
  // 7. wrong-typed documents, written by the real encoder
  for (const target = cases.length + 300; cases.length < target; ) {
    try {
      cases.push({ link: linkOf(wrongTyped(pick(docs))) });
    } catch {
      // a wrong value the encoder itself refuses (e.g. a peering turned into s2s): not a link
    }
  }
  // 8. wrong versions and prefixes around a valid payload
  for (let i = 0; i < 200; i++) {
    const payload = pick(plainLinks).slice(4);
    cases.push({ link: `${pick(['d=0.', 'd=1.', 'd=3.', 'd=1E.', 'D=1.', 'd=1.1.', 'd=1 .', 'd=9999999999999999.', 'd=1ee.', '##d=1.', 'e=1.', 'd=-1.'])}${payload}` });
  }
  // 9. huge texts, deeply nested JSON, JSON documents where the compact form is expected
  for (let i = 0; i < 4; i++) cases.push({ link: `d=1.${'A'.repeat(2_000_001 + i)}` });
  for (let i = 0; i < 4; i++) cases.push({ link: `d=1.${randomB64(300_000)}` });
  for (let i = 0; i < 4; i++) cases.push({ link: plainLink(new Uint8Array(1_048_577 + i * 1_000_000)) });
  for (let i = 0; i < 40; i++) cases.push({ link: `d=1.${toBase64url(deflateSync(nestedJson(intBetween(rand, 1_000, 200_000))))}` });
  for (let i = 0; i < 20; i++) cases.push({ link: `d=1.${toBase64url(deflateRaw(new TextEncoder().encode(JSON.stringify(pick(docs)))))}` });
  // 10. protected links: edited (most need the passphrase to get anywhere), without and with it
  for (let i = 0; i < 300; i++) cases.push({ link: mutateText(pick(sealedLinks)) });
  for (let i = 0; i < 24; i++) cases.push({ link: mutateText(pick(sealedLinks)), passphrase: 'pw' });
  for (let i = 0; i < 6; i++) cases.push({ link: pick(sealedLinks), passphrase: pick(['PW', 'pw ', 'p', 'pw'.repeat(100)]) });
  return cases;
}

function check(r: DecodeShareLinkResult): string | undefined {
  if (r.ok) return typeof r.doc === 'object' && Array.isArray(r.doc.vnets) ? undefined : 'ok without a document';
  const { code, message } = r.error;
  if (!SHARE_LINK_ERROR_CODES.includes(code)) return `unknown code ${String(code)}`;
  if (typeof message !== 'string' || message.length < 15) return `message too short: ${String(message)}`;
  if (/undefined|\[object|NaN/.test(message.replace(/NaN\b(?=.*expected)/, ''))) return `unreadable message: ${message}`;
  if (code === 'invalid-document' && !r.error.path?.startsWith('$')) return 'invalid-document without a path';
  return undefined;
}

describe('share link fuzzing', () => {
  it('refuses 10,000+ random and mutated links with a code and a message, never throwing', async () => {
    const cases = await buildCases();
    expect(cases.length).toBeGreaterThanOrEqual(10_000);
    const codes = new Map<ShareLinkErrorCode | 'ok', number>();
    const problems: string[] = [];
    for (const c of cases) {
      let r: DecodeShareLinkResult;
      try {
        r = await decodeShareLink(c.link, c.passphrase === undefined ? {} : { passphrase: c.passphrase });
      } catch (e) {
        problems.push(`threw ${String(e)} for ${c.link.slice(0, 80)}`);
        continue;
      }
      const problem = check(r);
      if (problem) problems.push(`${problem} for ${c.link.slice(0, 80)}`);
      const key = r.ok ? 'ok' : r.error.code;
      codes.set(key, (codes.get(key) ?? 0) + 1);
      // whatever opens must be a document that can be shared again
      if (r.ok) await encodeShareLink(r.doc);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    for (const code of SHARE_LINK_ERROR_CODES) expect(codes.get(code) ?? 0, `no case produced '${code}'`).toBeGreaterThan(0);
  }, 120_000);
});
