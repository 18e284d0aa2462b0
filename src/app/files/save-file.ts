import type { TopologyDocument } from '../../core/model/types';

/** A file name for the design: its name without characters file systems refuse, and `.json`. */
export function designFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[\s.-]+|[\s.-]+$/g, '').slice(0, 100);
  return `${base || 'design'}.json`;
}

/** The file text: the document as JSON, which the CLI and "Open file" read back. */
export const designFileText = (doc: TopologyDocument): string => JSON.stringify(doc, null, 2);

/** Downloads the design as `<name>.json`. */
export function saveDesignFile(doc: TopologyDocument): void {
  const url = URL.createObjectURL(new Blob([designFileText(doc)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = designFileName(doc.name);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
