import type { TopologyDocument } from '../../core/model/types';

/** The design's name as the start of a file name: without characters file systems refuse, or `design`. */
export function designFileBase(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[\s.-]+|[\s.-]+$/g, '').slice(0, 100);
  return base || 'design';
}

/** A file name for the design: its name made safe, and the extension (`json` unless given). */
export const designFileName = (name: string, extension = 'json'): string => `${designFileBase(name)}.${extension}`;

/** The file text: the document as JSON, which the CLI and "Open file" read back. */
export const designFileText = (doc: TopologyDocument): string => JSON.stringify(doc, null, 2);

/** Hands a blob to the browser as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads the design as `<name>.json`. */
export function saveDesignFile(doc: TopologyDocument): void {
  downloadBlob(new Blob([designFileText(doc)], { type: 'application/json' }), designFileName(doc.name));
}
