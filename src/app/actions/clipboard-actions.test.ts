import { describe, expect, it, vi } from 'vitest';
import { fragmentFromText } from '../design/clipboard-fragment';
import { noticeStore } from '../notices/notices';
import { createDesignStore } from '../store/design-store';
import { sampleDesign } from '../testing/fixtures';
import { copySelection, duplicateSelection, onCopyEvent, onPasteEvent, paste } from './clipboard-actions';

/** A stand-in for the clipboard data of a copy or paste event. */
function clipboardData(text = ''): DataTransfer {
  const data = new Map([['text/plain', text]]);
  return { getData: (t: string) => data.get(t) ?? '', setData: (t: string, v: string) => void data.set(t, v) } as unknown as DataTransfer;
}

function store(selected: string[]) {
  const doc = sampleDesign();
  const s = createDesignStore({ ...doc, layout: { positions: { 'vnet-spoke': { x: 0, y: 0 }, 'site-1': { x: 0, y: 300 } } } });
  s.getState().select(selected);
  return s;
}

const vnetNames = (s: ReturnType<typeof store>) => s.getState().doc.vnets.map((v) => v.name);

describe('clipboard actions', () => {
  it('duplicate adds a copy as one undo step and selects it', () => {
    const s = store(['vnet-spoke']);
    duplicateSelection.perform(s);
    expect(vnetNames(s)).toEqual(['hub', 'dr', 'spoke', 'spoke-copy']);
    expect([...s.getState().selection]).toEqual(['vnet-spoke-copy']);
    expect(s.getState().past).toHaveLength(1);
  });

  it('without a paste event (no system clipboard), Paste pastes the copy kept in the page, each paste further on', () => {
    vi.useFakeTimers();
    const s = store(['vnet-spoke']);
    copySelection.perform(s);
    paste.perform(s);
    vi.runAllTimers();
    paste.perform(s);
    vi.runAllTimers();
    vi.useRealTimers();
    expect(vnetNames(s)).toEqual(['hub', 'dr', 'spoke', 'spoke-copy', 'spoke-copy-2']);
    const p = s.getState().doc.layout.positions;
    expect([p['vnet-spoke-copy'], p['vnet-spoke-copy-2']]).toEqual([
      { x: 40, y: 40 },
      { x: 80, y: 80 },
    ]);
  });

  it('the copy event puts the fragment on the system clipboard; its paste event pastes it once (not again from the key press)', () => {
    vi.useFakeTimers();
    const s = store(['vnet-spoke']);
    const data = clipboardData();
    expect(onCopyEvent(s, data)).toBe(true);
    expect(fragmentFromText(data.getData('text/plain')).ok).toBe(true);
    paste.perform(s);
    onPasteEvent(s, data);
    vi.runAllTimers();
    vi.useRealTimers();
    expect(vnetNames(s)).toEqual(['hub', 'dr', 'spoke', 'spoke-copy']);
  });

  it('a fragment copied in another tab pastes here', () => {
    const from = store(['site-1']);
    const data = clipboardData();
    onCopyEvent(from, data);
    // This tab's own copy is something else, so the text is read as a fragment from elsewhere.
    onCopyEvent(store(['vnet-spoke']), clipboardData());
    const to = createDesignStore(sampleDesign());
    onPasteEvent(to, data);
    expect(to.getState().doc.sites.map((x) => x.name)).toEqual(['branch', 'branch-copy']);
  });

  it('other text on the clipboard gives a message and changes nothing', () => {
    const s = store([]);
    const before = s.getState().doc;
    onPasteEvent(s, clipboardData('just some text'));
    expect(s.getState().doc).toBe(before);
    expect(noticeStore.getState().items.at(-1)).toMatchObject({ tone: 'error', text: 'The clipboard holds no vpn-designer elements.' });
  });

  it('copy takes nothing without a selection', () => {
    expect(onCopyEvent(store([]), clipboardData())).toBe(false);
  });
});
