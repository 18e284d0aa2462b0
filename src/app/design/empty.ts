import { CURRENT_SCHEMA_VERSION, loadDocument } from '../../core/model/load';
import type { TopologyDocument } from '../../core/model/types';

/** A new, empty design, made by the loader so every default is filled in as for any opened file. */
export function emptyDocument(): TopologyDocument {
  const result = loadDocument({ schemaVersion: CURRENT_SCHEMA_VERSION });
  if (!result.ok) throw new Error(`the empty document does not load: ${result.error.message}`);
  return result.doc;
}
