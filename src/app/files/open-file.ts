import { loadDocumentText } from '../../core/model/load';
import { openDocument } from '../actions/actions';
import { notify } from '../notices/notices';
import type { DesignStore } from '../store/design-store';

/** Loads a file's text as the design (one undo step), or says where it is wrong; a failure changes nothing. */
export function openDesignText(store: DesignStore, fileName: string, text: string): boolean {
  const loaded = loadDocumentText(text);
  if (!loaded.ok) {
    notify('error', `${fileName} could not be opened: ${loaded.error.path}: ${loaded.error.message}`);
    return false;
  }
  openDocument(store, loaded.doc);
  const migrated = loaded.migrations.length > 0 ? ` Migrations applied: ${loaded.migrations.join('; ')}.` : '';
  notify('info', `Opened ${fileName}: "${loaded.doc.name || 'Untitled design'}".${migrated}`);
  return true;
}

/** Reads a picked or dropped file and opens it. */
export async function openDesignFile(store: DesignStore, file: File): Promise<void> {
  try {
    openDesignText(store, file.name, await file.text());
  } catch (e) {
    notify('error', `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}
