import type { ExportFile } from '../../core/export/files';
import { designFileBase, downloadBlob } from '../files/save-file';
import { zipStore } from './zip';

/** The download name of one exported file: the design's name, then the file's path with `/` as `-`. */
export const exportFileName = (designName: string, path: string): string => `${designFileBase(designName)}-${path.replace(/\//g, '-')}`;

/** The download name of the zip of all exported files. */
export const exportZipName = (designName: string): string => `${designFileBase(designName)}-export.zip`;

/** The files in one zip archive, at their paths. */
export function zipExportFiles(files: readonly ExportFile[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  return zipStore(files.map((f) => ({ path: f.path, data: encoder.encode(f.content) })));
}

export function downloadExportFile(designName: string, file: ExportFile): void {
  downloadBlob(new Blob([file.content], { type: 'text/plain;charset=utf-8' }), exportFileName(designName, file.path));
}

export function downloadExportZip(designName: string, files: readonly ExportFile[]): void {
  downloadBlob(new Blob([zipExportFiles(files)], { type: 'application/zip' }), exportZipName(designName));
}
