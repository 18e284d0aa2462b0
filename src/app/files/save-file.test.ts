import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/model/load';
import { sampleDesign } from '../testing/fixtures';
import { designFileName, designFileText } from './save-file';

describe('design files', () => {
  it('names the file after the design, without characters file systems refuse', () => {
    expect(designFileName('Hub & spokes')).toBe('Hub & spokes.json');
    expect(designFileName('a/b:c*?<x>')).toBe('a-b-c-x.json');
    expect(designFileName('')).toBe('design.json');
    expect(designFileName('../..')).toBe('design.json');
    expect(designFileName('Hub/1', 'png')).toBe('Hub-1.png');
  });

  it('writes a file the loader reads back as the same document', () => {
    const doc = sampleDesign();
    const loaded = loadDocumentText(designFileText(doc));
    expect(loaded.ok && loaded.doc).toEqual(doc);
  });
});
