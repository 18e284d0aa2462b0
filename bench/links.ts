import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDocumentText } from '../src/core/model/load';
import type { TopologyDocument } from '../src/core/model/types';
import { toBase64url } from '../src/core/share/base64url';
import { deflateRaw } from '../src/core/share/deflate';
import { encodePlainShareLink } from '../src/core/share/link';
import { elementCount, generateDesign } from '../src/core/testing/generate';
import { medianMs, round } from './stats';

const HUB_EXAMPLE = fileURLToPath(new URL('../public/examples/hub-two-branches-p2s.json', import.meta.url));

/** The document as a plain link carries it: pre-shared keys and RADIUS secrets blanked. */
function withoutSecrets(doc: TopologyDocument): TopologyDocument {
  return {
    ...doc,
    connections: doc.connections.map((c) => (c.kind === 'peering' ? c : { ...c, sharedKey: '' })),
    p2sConfigurations: doc.p2sConfigurations.map((p) => ({ ...p, radiusServers: p.radiusServers.map((r) => ({ ...r, secret: '' })) })),
  };
}

/** The baseline: the loaded document's JSON, raw-deflated at the same level, base64url. */
const jsonDeflateChars = (doc: TopologyDocument): number => toBase64url(deflateRaw(new TextEncoder().encode(JSON.stringify(doc)))).length;

/**
 * Share-link length (fragment characters, without '#') for the hub example and generated designs
 * of 30 and 200 elements, against the baseline of the same design's plain JSON deflated and
 * base64url'd (secrets blanked in both, as a plain link carries none), and the encoding time.
 */
export function benchLinks(): { figures: Record<string, number>; rows: string[][] } {
  const figures: Record<string, number> = {};
  const rows: string[][] = [];
  const hub = loadDocumentText(readFileSync(HUB_EXAMPLE, 'utf8'));
  if (!hub.ok) throw new Error(`hub example does not load: ${hub.error.message}`);
  const designs: [string, string, TopologyDocument][] = [
    ['hub', 'hub-two-branches-p2s example', hub.doc],
    ['ref30', 'generateDesign(30, 7)', generateDesign(30, 7)],
    ['ref200', 'generateDesign(200, 7)', generateDesign(200, 7)],
  ];
  for (const [key, label, doc] of designs) {
    const link = encodePlainShareLink(doc).length;
    const json = jsonDeflateChars(withoutSecrets(doc));
    figures[`link.${key}_chars`] = link;
    figures[`link.${key}_json_deflate_chars`] = json;
    figures[`link.${key}_ratio_vs_json_deflate`] = round(link / json, 3);
    rows.push([`share link, ${label}`, `${elementCount(doc)} elements`, `${link} chars (JSON+deflate ${json}, ratio ${round(link / json, 3)})`]);
  }
  const big = designs[2]![2];
  const encodeMs = medianMs(() => encodePlainShareLink(big), 21, 3);
  figures['link.ref200_encode_ms'] = round(encodeMs, 3);
  rows.push(['share link encoding (200)', 'compact + deflate + base64url', `${round(encodeMs, 3)} ms median`]);
  return { figures, rows };
}
