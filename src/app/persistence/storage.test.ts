import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../testing/fixtures';
import { PREVIOUS_KEY, restoreDesign, SAVE_KEY, writeDesign } from './storage';

const memory = (entries: Record<string, string> = {}) => {
  const map = new Map(Object.entries(entries));
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
};

describe('autosave storage', () => {
  it('restores the saved design', () => {
    const text = JSON.stringify(sampleDesign());
    const restored = restoreDesign(memory({ [SAVE_KEY]: text }));
    expect(restored.source).toBe('saved');
    expect(restored.source === 'saved' && restored.doc).toEqual(sampleDesign());
  });

  it('falls back to the previous copy when the saved design is damaged, saying where', () => {
    const text = JSON.stringify(sampleDesign());
    const restored = restoreDesign(memory({ [SAVE_KEY]: '{"schemaVersion":2,"vnets":[{', [PREVIOUS_KEY]: text }));
    expect(restored.source).toBe('previous');
    expect(restored.source === 'previous' && restored.problem).toContain('not valid JSON');
  });

  it('starts with nothing when neither copy loads, and reports the problem', () => {
    const restored = restoreDesign(memory({ [SAVE_KEY]: '{"schemaVersion":2,"vnets":[{"id":3}]}' }));
    expect(restored).toMatchObject({ source: 'none', problem: expect.stringContaining('$.vnets[0]') });
    expect(restoreDesign(memory())).toEqual({ source: 'none' });
  });

  it('keeps the last good save as the previous copy', () => {
    const storage = memory();
    expect(writeDesign(storage, 'B', 'A')).toEqual({ ok: true });
    expect(storage.map.get(SAVE_KEY)).toBe('B');
    expect(storage.map.get(PREVIOUS_KEY)).toBe('A');
  });

  it('reports a full storage instead of swallowing it', () => {
    const full = {
      setItem() {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    const result = writeDesign(full, 'B', null);
    expect(result).toMatchObject({ ok: false, quota: true });
    expect(!result.ok && result.message).toMatch(/storage is full/);
  });
});
