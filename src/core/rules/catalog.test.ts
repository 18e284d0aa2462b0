import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG_IDS } from './catalog';
import { rulesReference } from './docs';
import { RULES } from './registry';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the rule catalog', () => {
  it.each([...CATALOG_IDS])('%s has a rule in the registry', (id) => {
    expect(RULES.map((r) => r.meta.id)).toContain(id);
  });

  it.each([...CATALOG_IDS])('%s has a test file that names it', (id) => {
    const file = `${root}src/core/rules/${id}.test.ts`;
    expect(existsSync(file), `missing ${file}`).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`'${id}'`);
  });

  it('registers only catalog IDs (or finer ones below a catalog ID), each once, sorted', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(CATALOG_IDS.some((c) => id === c || id.startsWith(`${c}/`))).toBe(true);
  });

  it('gives every rule complete metadata', () => {
    for (const r of RULES) {
      const { title, source, docs, severities } = r.meta;
      expect(title.length, r.meta.id).toBeGreaterThan(10);
      expect(source.length, r.meta.id).toBeGreaterThan(2);
      expect(docs.why.length, r.meta.id).toBeGreaterThan(20);
      expect(docs.example.length, r.meta.id).toBeGreaterThan(10);
      expect(docs.fix.length, r.meta.id).toBeGreaterThan(10);
      expect(severities.length, r.meta.id).toBeGreaterThan(0);
    }
  });

  it('has docs/rules.md up to date with a section per rule (run `npm run docs:rules`)', () => {
    const onDisk = readFileSync(`${root}docs/rules.md`, 'utf8');
    expect(onDisk).toBe(rulesReference());
    for (const id of CATALOG_IDS) expect(onDisk).toContain(`### ${id}\n`);
  });
});
