import { beforeEach, describe, expect, it } from 'vitest';
import { sampleDesign } from '../testing/fixtures';
import { designStore } from '../store/hooks';
import { cancelTyping, edit, endTyping, typing } from './edit';
import { updateVnet } from './update';

const rename = (name: string) => edit((doc) => updateVnet(doc, 'vnet-hub', (v) => ({ ...v, name })));
const hubName = () => designStore.getState().doc.vnets.find((v) => v.id === 'vnet-hub')?.name;

describe('inspector edits and typing sessions', () => {
  beforeEach(() => {
    designStore.getState().open(sampleDesign());
  });

  it('commits an edit outside a typing session as one undo step', () => {
    rename('a');
    rename('b');
    expect(hubName()).toBe('b');
    designStore.getState().undo();
    expect(hubName()).toBe('a');
  });

  it('shows the drafts of a typing session at once and records them as one undo step', () => {
    typing(() => rename('h'));
    expect(hubName()).toBe('h');
    typing(() => rename('hu'));
    typing(() => rename('hub-new'));
    expect(hubName()).toBe('hub-new');
    endTyping();
    designStore.getState().undo();
    expect(hubName()).toBe('hub');
    designStore.getState().redo();
    expect(hubName()).toBe('hub-new');
  });

  it('cancels a typing session without leaving an undo step', () => {
    const pastBefore = designStore.getState().past.length;
    typing(() => rename('typo'));
    cancelTyping();
    expect(hubName()).toBe('hub');
    expect(designStore.getState().past.length).toBe(pastBefore);
  });

  it('records nothing for a session whose drafts leave the document as it is', () => {
    const pastBefore = designStore.getState().past.length;
    typing(() => edit((doc) => updateVnet(doc, 'vnet-hub', (v) => v)));
    endTyping();
    expect(designStore.getState().past.length).toBe(pastBefore);
  });
});
