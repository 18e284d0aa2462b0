import type { TopologyDocument } from '../model/types';
import { exportArm } from './arm';
import type { ExportOptions } from './banner';
import { exportBicep } from './bicep';
import { DEVICE_VENDORS, type DeviceVendor } from './devices/vendors';
import { P2S_CLIENTS, p2sProfiles, type P2sClient } from './p2s/profiles';

/** One exported file: a relative path with `/` separators, and its text. */
export interface ExportFile {
  readonly path: string;
  readonly content: string;
}

export interface ExportFileOptions extends ExportOptions {
  /** Write the connections' pre-shared keys into device configurations (default: placeholders). */
  readonly includeSecrets?: boolean;
}

/** `p2s` is every client profile; `p2s:<client>` the profiles of one client (CLI only: the dialog and `all` use `p2s`). */
export type ExportFormatId = 'arm' | 'bicep' | `device:${DeviceVendor}` | 'p2s' | `p2s:${P2sClient}`;

export interface ExportFormat {
  /** The CLI's `--format` value. */
  readonly id: ExportFormatId;
  readonly label: string;
  readonly files: (doc: TopologyDocument, options: ExportFileOptions) => ExportFile[];
}

export const ARM_FILE = 'azuredeploy.json';
export const BICEP_FILE = 'main.bicep';

/** An element id as a file name part: anything but letters, digits, `_`, `.` and `-` becomes `_`. */
export const fileSafe = (id: string): string => id.replace(/[^A-Za-z0-9_.-]/g, '_');

/** Every export format, in the order files are listed, with the files each one produces for a design. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'arm', label: 'ARM template (JSON)', files: (doc, o) => [{ path: ARM_FILE, content: exportArm(doc, o) }] },
  { id: 'bicep', label: 'Bicep', files: (doc, o) => [{ path: BICEP_FILE, content: exportBicep(doc, o) }] },
  // One device configuration per site-to-site connection and vendor.
  ...(Object.entries(DEVICE_VENDORS) as [DeviceVendor, (typeof DEVICE_VENDORS)[DeviceVendor]][]).map(
    ([vendor, { label, extension, render }]): ExportFormat => ({
      id: `device:${vendor}`,
      label: `${label} device configuration`,
      files: (doc, o) =>
        doc.connections.flatMap((c) =>
          c.kind === 's2s' ? [{ path: `${vendor}-${fileSafe(c.id)}.${extension}`, content: render(doc, c.id, { includeSecrets: o.includeSecrets === true }) }] : [],
        ),
    }),
  ),
  // Client profiles for each P2S configuration, in a folder per configuration.
  {
    id: 'p2s',
    label: 'Point-to-site client profiles',
    files: (doc) => p2sFiles(doc, P2S_CLIENTS),
  },
];

/** The client profiles of every P2S configuration for the given clients, in a folder per configuration. */
function p2sFiles(doc: TopologyDocument, clients: readonly P2sClient[]): ExportFile[] {
  return doc.p2sConfigurations.flatMap((p) =>
    p2sProfiles(doc, p.id)
      .filter((profile) => clients.includes(profile.client))
      .map(({ fileName, text }) => ({ path: `p2s-${fileSafe(p.id)}/${fileName}`, content: text })),
  );
}

export const P2S_CLIENT_FORMAT_IDS: readonly ExportFormatId[] = P2S_CLIENTS.map((c) => `p2s:${c}` as const);

export const EXPORT_FORMAT_IDS: readonly ExportFormatId[] = EXPORT_FORMATS.map((f) => f.id);

export const isExportFormatId = (id: string): id is ExportFormatId => (EXPORT_FORMAT_IDS as readonly string[]).includes(id) || (P2S_CLIENT_FORMAT_IDS as readonly string[]).includes(id);

/** The files of the chosen formats for a design, in the order of EXPORT_FORMATS. Never throws on a loaded document. */
export function exportFiles(doc: TopologyDocument, formats: readonly ExportFormatId[], options: ExportFileOptions = {}): ExportFile[] {
  const chosen = new Set(formats);
  const files = EXPORT_FORMATS.filter((f) => chosen.has(f.id)).flatMap((f) => f.files(doc, options));
  const clients = chosen.has('p2s') ? [] : P2S_CLIENTS.filter((c) => chosen.has(`p2s:${c}`));
  return clients.length > 0 ? [...files, ...p2sFiles(doc, clients)] : files;
}
