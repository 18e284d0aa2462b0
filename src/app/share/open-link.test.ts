import { afterEach, describe, expect, it } from 'vitest';
import { encodeShareLink } from '../../core/share';
import { deleteElements } from '../design/delete-elements';
import { noticeStore } from '../notices/notices';
import { sameDesign } from '../persistence/same-design';
import { createDesignStore } from '../store/design-store';
import { sampleDesign } from '../testing/fixtures';
import { linkPromptStore, setLinkPrompt } from './link-prompt';
import { openLinkedDesign, openShareFragment } from './open-link';
import v1Links from '../../core/share/fixtures/v1-links.json';

afterEach(() => setLinkPrompt(null));

describe('opening a share link', () => {
  it('opens the linked design at once over an empty design', async () => {
    const store = createDesignStore();
    await openShareFragment(store, await encodeShareLink(sampleDesign()));
    expect(store.getState().doc.vnets.map((v) => v.id)).toEqual(sampleDesign().vnets.map((v) => v.id));
    expect(linkPromptStore.getState().prompt).toBeNull();
  });

  it('asks before replacing a different design, and changes nothing until asked', async () => {
    const mine = deleteElements(sampleDesign(), new Set(['site-1']));
    const store = createDesignStore(mine);
    await openShareFragment(store, await encodeShareLink(sampleDesign()));
    expect(linkPromptStore.getState().prompt?.kind).toBe('confirm');
    expect(store.getState().doc).toBe(mine);
  });

  it('says which migrations upgraded a link made by the previous release, also after confirming', async () => {
    const store = createDesignStore();
    await openShareFragment(store, v1Links.plain.link);
    expect(store.getState().doc.deployment.resourceGroup).toBe('rg-hub-with-two-branches-and-p2s');
    expect(noticeStore.getState().items.at(-1)).toMatchObject({ tone: 'info', text: expect.stringMatching(/^Opened the design from the link\. Migrations applied: 1→2: set the deployment target/) });

    const mine = createDesignStore(sampleDesign());
    await openShareFragment(mine, v1Links.plain.link);
    const prompt = linkPromptStore.getState().prompt;
    if (prompt?.kind !== 'confirm') throw new Error('expected the confirm prompt');
    openLinkedDesign(mine, prompt.doc, prompt.migrations);
    expect(noticeStore.getState().items.at(-1)?.text).toMatch(/Undo brings back your previous design\. Migrations applied: 1→2/);
  });

  it('does not ask when the link holds the design already open', async () => {
    // A plain link leaves the pre-shared keys out, so the same design is the one opened from it.
    const link = await encodeShareLink(sampleDesign());
    const first = createDesignStore();
    await openShareFragment(first, link);
    const store = createDesignStore(first.getState().doc);
    await openShareFragment(store, await encodeShareLink(store.getState().doc));
    expect(linkPromptStore.getState().prompt).toBeNull();
    expect(sameDesign(store.getState().doc, first.getState().doc)).toBe(true);
  });

  it('reports a damaged link with its message and keeps the current design', async () => {
    const store = createDesignStore(sampleDesign());
    const before = store.getState().doc;
    const link = await encodeShareLink(sampleDesign());
    await openShareFragment(store, link.slice(0, link.length - 10));
    expect(store.getState().doc).toBe(before);
    expect(noticeStore.getState().items.at(-1)).toMatchObject({ tone: 'error', text: expect.stringContaining('Your current design is unchanged.') });
  });

  it('asks for the passphrase of an encrypted link, and again when it is wrong', async () => {
    const store = createDesignStore();
    const link = await encodeShareLink(sampleDesign(), { includeSecrets: { passphrase: 'pw' } });
    await openShareFragment(store, link);
    expect(linkPromptStore.getState().prompt).toEqual({ kind: 'passphrase', fragment: link });
    await openShareFragment(store, link, 'nope');
    expect(linkPromptStore.getState().prompt).toMatchObject({ kind: 'passphrase', error: expect.any(String) });
    await openShareFragment(store, link, 'pw');
    expect(store.getState().doc.connections.find((c) => c.id === 'cn-1')).toMatchObject({ sharedKey: 'abcdefghij' });
  }, 20_000);
});
