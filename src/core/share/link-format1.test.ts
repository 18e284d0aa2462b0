import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builders';
import { decodeShareLink, encodeShareLink, LINK_FORMAT } from './link';
import { firstDifference, loadExamples, withoutSecrets } from './test-helpers';

/** Links written by the format 1 codec (the release before schema version 2), kept verbatim. */
const V1_LINKS = JSON.parse(readFileSync(new URL('./fixtures/v1-links.json', import.meta.url), 'utf8')) as {
  plain: { example: string; link: string };
  sealed: { example: string; passphrase: string; link: string };
};
const exampleDoc = (file: string) => loadExamples().find((e) => e.file === file)!.doc;

describe('links of format 1 (schema version 1)', () => {
  it('the fixtures are format 1 links', () => {
    expect(V1_LINKS.plain.link.startsWith('d=1.')).toBe(true);
    expect(V1_LINKS.sealed.link.startsWith('d=1e.')).toBe(true);
    expect(LINK_FORMAT).toBe(2);
  });

  it('a plain link opens as the version 1 design migrated: the current example without secrets', async () => {
    const r = await decodeShareLink(`#${V1_LINKS.plain.link}`);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.migrations).toEqual([expect.stringMatching(/^1→2: set the deployment target to resource group "rg-hub-with-two-branches-and-p2s"/)]);
    expect(firstDifference(r.doc, withoutSecrets(exampleDoc(V1_LINKS.plain.example)))).toBeUndefined();
    expect(r.secretsIncluded).toBe(false);
  });

  it('a passphrase-protected link opens with its passphrase, secrets included, and migrates', async () => {
    const r = await decodeShareLink(V1_LINKS.sealed.link, { passphrase: V1_LINKS.sealed.passphrase });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.migrations).toHaveLength(1);
    expect(firstDifference(r.doc, exampleDoc(V1_LINKS.sealed.example))).toBeUndefined();
    expect(r.secretsIncluded).toBe(true);
    const wrong = await decodeShareLink(V1_LINKS.sealed.link, { passphrase: 'nope' });
    expect(wrong.ok ? undefined : wrong.error.code).toBe('wrong-passphrase');
  });

  it('a protected link relabelled with another format does not open: the prefix is sealed with the payload', async () => {
    const relabelled = V1_LINKS.sealed.link.replace(/^d=1e\./, 'd=2e.');
    const r = await decodeShareLink(relabelled, { passphrase: V1_LINKS.sealed.passphrase });
    expect(r.ok ? undefined : r.error.code).toBe('wrong-passphrase');
  });

  it('a design opened from a format 1 link is shared again as format 2, with its deployment target', async () => {
    const opened = await decodeShareLink(V1_LINKS.plain.link);
    if (!opened.ok) throw new Error(opened.error.message);
    const again = await encodeShareLink(opened.doc);
    expect(again.startsWith('d=2.')).toBe(true);
    const r = await decodeShareLink(again);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.migrations).toEqual([]);
    expect(firstDifference(r.doc, opened.doc)).toBeUndefined();
  });
});

describe('the deployment target in format 2 links', () => {
  it('travels exactly, default or not, a known region or any text', async () => {
    for (const deployment of [
      { resourceGroup: 'rg-untitled-design', location: 'westeurope' },
      { resourceGroup: 'rg-prod(weu).01', location: 'swedencentral' },
      { resourceGroup: '', location: 'Some Future Region' },
    ]) {
      const doc = new DesignBuilder('target').deployment(deployment).build();
      const r = await decodeShareLink(await encodeShareLink(doc));
      if (!r.ok) throw new Error(r.error.message);
      expect(r.doc.deployment).toEqual(deployment);
      expect(firstDifference(r.doc, doc)).toBeUndefined();
    }
  });
});
