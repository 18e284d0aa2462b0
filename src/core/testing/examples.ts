/** Test-only (Node file access): the example designs shipped in public/examples, and small document helpers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocument, loadDocumentText } from '../model/load';
import type { TopologyDocument } from '../model/types';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../public/examples/', import.meta.url));

/** Every example design (index.json is the list, not a design), loaded; `name` is the file name without .json. */
export function loadExamples(): { file: string; name: string; doc: TopologyDocument }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((file) => {
      const r = loadDocumentText(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
      if (!r.ok) throw new Error(`${file} does not load: ${r.error.path}: ${r.error.message}`);
      return { file, name: file.replace(/\.json$/, ''), doc: r.doc };
    });
}

/** Loads a raw document or throws with the loader's message. */
export function load(input: unknown): TopologyDocument {
  const r = loadDocument(input);
  if (!r.ok) throw new Error(`does not load: ${r.error.path}: ${r.error.message}`);
  return r.doc;
}

/** Every non-empty secret of a design: pre-shared keys and RADIUS secrets. */
export function secretsOf(doc: TopologyDocument): string[] {
  const out: string[] = [];
  for (const c of doc.connections) if (c.kind !== 'peering' && c.sharedKey) out.push(c.sharedKey);
  for (const p of doc.p2sConfigurations) for (const r of p.radiusServers) if (r.secret) out.push(r.secret);
  return out;
}
