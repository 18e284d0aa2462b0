import type { TopologyDocument } from '../../core/model/types';
import { notify } from '../notices/notices';
import type { DesignStore } from '../store/design-store';
import { openDesignFile } from './open-file';
import { designFileName, designFileText, saveDesignFile } from './save-file';

/** The parts of the File System Access API the app uses (not in TypeScript's DOM library yet). */
interface WritableFile {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}
interface SaveHandle {
  createWritable(): Promise<WritableFile>;
}
interface OpenHandle {
  getFile(): Promise<File>;
}
const FILE_TYPES = [{ description: 'Design (JSON)', accept: { 'application/json': ['.json'] } }];

export interface PickerHost {
  showSaveFilePicker?: (options: { suggestedName: string; types: typeof FILE_TYPES }) => Promise<SaveHandle>;
  showOpenFilePicker?: (options: { types: typeof FILE_TYPES; multiple: false }) => Promise<OpenHandle[]>;
}

const host = (): PickerHost => globalThis as PickerHost;
const cancelled = (e: unknown) => e instanceof Error && e.name === 'AbortError';
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * "Save": writes the design where the user picks, where the browser can (File System Access API);
 * otherwise downloads it. Cancelling the picker does nothing.
 */
export async function saveDesign(doc: TopologyDocument, from: PickerHost = host()): Promise<void> {
  if (typeof from.showSaveFilePicker !== 'function') return saveDesignFile(doc);
  const name = designFileName(doc.name);
  try {
    const handle = await from.showSaveFilePicker({ suggestedName: name, types: FILE_TYPES });
    const writable = await handle.createWritable();
    await writable.write(designFileText(doc));
    await writable.close();
  } catch (e) {
    if (!cancelled(e)) notify('error', `${name} could not be saved: ${reason(e)}`);
  }
}

/**
 * "Open file": picks a file with the File System Access API and opens it; returns false where the
 * browser has no picker (the caller falls back to a file input). Cancelling the picker does nothing.
 */
export async function openWithPicker(store: DesignStore, from: PickerHost = host()): Promise<boolean> {
  if (typeof from.showOpenFilePicker !== 'function') return false;
  let file: File | undefined;
  try {
    const [handle] = await from.showOpenFilePicker({ types: FILE_TYPES, multiple: false });
    file = await handle?.getFile();
  } catch (e) {
    if (!cancelled(e)) notify('error', `The file could not be opened: ${reason(e)}`);
  }
  if (file) await openDesignFile(store, file);
  return true;
}

/** Whether "Open file" uses the picker (decided synchronously, so the fallback input opens in the same click). */
export const hasOpenPicker = (from: PickerHost = host()) => typeof from.showOpenFilePicker === 'function';
