import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/model/load';
import { emptyDocument } from '../design/empty';
import { sampleDesign } from '../testing/fixtures';
import { isEmptyDesign, sameDesign } from './same-design';

describe('sameDesign', () => {
  it('treats a document and its saved-and-loaded copy as the same, whatever the key order', () => {
    const doc = sampleDesign();
    const loaded = loadDocumentText(JSON.stringify(doc));
    expect(loaded.ok && sameDesign(doc, loaded.doc)).toBe(true);
  });

  it('tells designs with different content apart', () => {
    expect(sameDesign(sampleDesign(), { ...sampleDesign(), name: 'other' })).toBe(false);
    expect(isEmptyDesign(emptyDocument())).toBe(true);
    expect(isEmptyDesign(sampleDesign())).toBe(false);
  });
});
