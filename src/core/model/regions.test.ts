import { describe, expect, it } from 'vitest';
import { loadExamples } from '../testing/examples';
import { AZURE_REGIONS } from './regions';

describe('AZURE_REGIONS', () => {
  it('holds programmatic names only (lower-case letters and digits), each once across all clouds', () => {
    const all = Object.values(AZURE_REGIONS).flat();
    for (const name of all) expect(name).toMatch(/^[a-z][a-z0-9]*$/);
    expect(new Set(all).size).toBe(all.length);
  });

  it("knows every region the example designs use, in each VNet's own cloud (the broken example mixes clouds on purpose)", () => {
    for (const { file, doc } of loadExamples().filter((e) => e.file !== 'broken-design.json')) {
      for (const v of doc.vnets) expect(AZURE_REGIONS[v.cloud], `${file}: ${v.name}`).toContain(v.region);
      expect(Object.values(AZURE_REGIONS).flat(), file).toContain(doc.deployment.location);
    }
  });
});
