import { readFileSync, statSync } from 'node:fs';
import { loadDocumentText } from '../core/model/load';
import type { TopologyDocument } from '../core/model/types';
import type { CliIo } from './io';
import { printable } from './printable';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads and loads a design file; on failure prints one line naming the file, the JSON path and the
 * problem. A file of an older schema version is upgraded in memory (never rewritten), noted on stderr.
 */
export function loadDesignFile(file: string, io: CliIo): TopologyDocument | undefined {
  let text: string;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) {
      io.err(`vpn-designer: ${printable(file)}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; is this a design file?\n`);
      return undefined;
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    io.err(`vpn-designer: ${printable(file)}: ${why}\n`);
    return undefined;
  }
  const loaded = loadDocumentText(text);
  if (!loaded.ok) {
    io.err(`vpn-designer: ${printable(file)}: ${printable(loaded.error.path)}: ${printable(loaded.error.message)}\n`);
    return undefined;
  }
  for (const m of loaded.migrations) io.err(`vpn-designer: ${printable(file)}: older schema version, upgraded in memory: ${printable(m)}\n`);
  return loaded.doc;
}
