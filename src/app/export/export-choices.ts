import { DEVICE_VENDORS, type DeviceVendor } from '../../core/export/devices/vendors';
import type { ExportFormatId } from '../../core/export/files';
import type { TopologyDocument } from '../../core/model/types';

/** Words in a site's device vendor or platform that point to one of the device exporters. */
const VENDOR_WORDS: Record<DeviceVendor, readonly string[]> = {
  strongswan: ['strongswan', 'swanctl'],
  'cisco-asa': ['asa'],
  'cisco-iosxe': ['iosxe', 'ios', 'csr', 'isr'],
  fortigate: ['fortigate', 'fortinet', 'fortios'],
  'juniper-srx': ['juniper', 'srx', 'junos'],
  panos: ['panos', 'palo', 'paloalto'],
};

const words = (s: string): string[] => s.toLowerCase().replace(/ios-xe/g, 'iosxe').replace(/pan-os/g, 'panos').split(/[^a-z0-9]+/).filter(Boolean);

/** Device exporters that match what the sites with site-to-site connections say about their devices. */
export function suggestedVendors(doc: TopologyDocument): DeviceVendor[] {
  const connected = new Set(doc.connections.flatMap((c) => (c.kind === 's2s' ? [c.siteId] : [])));
  const said = new Set(doc.sites.filter((s) => connected.has(s.id)).flatMap((s) => words(`${s.device.vendor} ${s.device.platform}`)));
  return (Object.keys(DEVICE_VENDORS) as DeviceVendor[]).filter((v) => VENDOR_WORDS[v].some((w) => said.has(w)));
}

/** What the export dialog starts with: both templates, the devices the sites name, and P2S profiles if there are pools. */
export function defaultFormats(doc: TopologyDocument): ExportFormatId[] {
  return [
    'arm',
    'bicep',
    ...suggestedVendors(doc).map((v): ExportFormatId => `device:${v}`),
    ...(doc.p2sConfigurations.length > 0 ? (['p2s'] as const) : []),
  ];
}

/** Why a format would produce no file for this design, if it would not. */
export function emptyReason(doc: TopologyDocument, format: ExportFormatId): string | undefined {
  if (format.startsWith('device:') && !doc.connections.some((c) => c.kind === 's2s')) return 'no site-to-site connection';
  if (format === 'p2s' && doc.p2sConfigurations.length === 0) return 'no point-to-site pool';
  return undefined;
}
