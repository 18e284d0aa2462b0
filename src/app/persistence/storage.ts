import { loadDocumentText } from '../../core/model/load';
import type { TopologyDocument } from '../../core/model/types';

/** The autosaved design, and the copy before it (kept so a damaged save can be recovered). */
export const SAVE_KEY = 'vpn-designer:design';
export const PREVIOUS_KEY = 'vpn-designer:design:previous';

export type Restored =
  | { readonly source: 'saved'; readonly doc: TopologyDocument; readonly text: string; readonly migrations: readonly string[] }
  | { readonly source: 'previous'; readonly doc: TopologyDocument; readonly text: string; readonly problem: string }
  | { readonly source: 'none'; readonly problem?: string };

/** The saved design if it loads, else the previous copy (saying why), else nothing. */
export function restoreDesign(storage: Pick<Storage, 'getItem'>): Restored {
  const saved = storage.getItem(SAVE_KEY);
  if (saved === null) return { source: 'none' };
  const loaded = loadDocumentText(saved);
  if (loaded.ok) return { source: 'saved', doc: loaded.doc, text: saved, migrations: loaded.migrations };
  const problem = `${loaded.error.path}: ${loaded.error.message}`;
  const previous = storage.getItem(PREVIOUS_KEY);
  const fallback = previous === null ? undefined : loadDocumentText(previous);
  if (previous !== null && fallback?.ok) return { source: 'previous', doc: fallback.doc, text: previous, problem };
  return { source: 'none', problem };
}

export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly quota: boolean; readonly message: string };

const isQuotaError = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);

/**
 * Writes `text` as the saved design and `previousText` (the last good save) as the previous copy.
 * A full storage is reported, never swallowed.
 */
export function writeDesign(storage: Pick<Storage, 'setItem'>, text: string, previousText: string | null): SaveResult {
  try {
    if (previousText !== null && previousText !== text) storage.setItem(PREVIOUS_KEY, previousText);
    storage.setItem(SAVE_KEY, text);
    return { ok: true };
  } catch (e) {
    const quota = isQuotaError(e);
    const message = quota
      ? 'Autosave failed: the browser storage is full. Save the design as a file to keep it.'
      : `Autosave failed: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, quota, message };
  }
}
