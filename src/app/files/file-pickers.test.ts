import { afterEach, describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/model/load';
import { noticeStore } from '../notices/notices';
import { createDesignStore } from '../store/design-store';
import { sampleDesign } from '../testing/fixtures';
import { designFileText } from './save-file';
import { openWithPicker, saveDesign, type PickerHost } from './file-pickers';

const abort = () => Promise.reject(Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' }));

afterEach(() => noticeStore.setState({ items: [] }));

describe('saving with the File System Access API', () => {
  it('writes the design text to the picked file, suggesting the design name', async () => {
    const written: string[] = [];
    const suggested: string[] = [];
    const host: PickerHost = {
      showSaveFilePicker: async ({ suggestedName }) => {
        suggested.push(suggestedName);
        return { createWritable: async () => ({ write: async (t: string) => void written.push(t), close: async () => {} }) };
      },
    };
    const doc = sampleDesign();
    await saveDesign(doc, host);
    expect(suggested).toEqual([`${doc.name}.json`]);
    const loaded = loadDocumentText(written.join(''));
    expect(loaded.ok && loaded.doc).toEqual(doc);
  });

  it('does nothing when the user cancels the picker, and reports other failures', async () => {
    await saveDesign(sampleDesign(), { showSaveFilePicker: abort });
    expect(noticeStore.getState().items).toEqual([]);
    await saveDesign(sampleDesign(), { showSaveFilePicker: () => Promise.reject(new Error('disk full')) });
    expect(noticeStore.getState().items.map((n) => [n.tone, n.text.includes('disk full')])).toEqual([['error', true]]);
  });
});

describe('opening with the File System Access API', () => {
  it('says the browser has no picker, so the caller falls back to the file input', async () => {
    expect(await openWithPicker(createDesignStore(), {})).toBe(false);
  });

  it('opens the picked file as the design', async () => {
    const store = createDesignStore();
    const doc = sampleDesign();
    const file = new File([designFileText(doc)], 'picked.json', { type: 'application/json' });
    expect(await openWithPicker(store, { showOpenFilePicker: async () => [{ getFile: async () => file }] })).toBe(true);
    expect({ ...store.getState().doc, layout: undefined }).toEqual({ ...doc, layout: undefined });
  });

  it('leaves the design alone when the user cancels the picker', async () => {
    const store = createDesignStore(sampleDesign());
    const before = store.getState().doc;
    expect(await openWithPicker(store, { showOpenFilePicker: abort })).toBe(true);
    expect(store.getState().doc).toBe(before);
    expect(noticeStore.getState().items).toEqual([]);
  });
});
