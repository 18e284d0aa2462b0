import type { TopologyDocument } from '../../model/types';
import { exportCiscoAsa } from './cisco-asa';
import { exportCiscoIosXe } from './cisco-iosxe';
import type { DeviceExportOptions } from './device-model';
import { exportFortigate } from './fortigate';
import { exportJuniperSrx } from './juniper-srx';
import { exportPanos } from './panos';
import { exportStrongswan } from './strongswan';

export type { DeviceExportOptions } from './device-model';

export type DeviceExporter = (doc: TopologyDocument, connectionId: string, options?: DeviceExportOptions) => string;

/** The on-premises device configurations, by CLI format suffix (`device:<vendor>`), with a file extension. */
export const DEVICE_VENDORS = {
  strongswan: { label: 'strongSwan', extension: 'swanctl.conf', render: exportStrongswan },
  'cisco-asa': { label: 'Cisco ASA', extension: 'asa', render: exportCiscoAsa },
  'cisco-iosxe': { label: 'Cisco IOS-XE', extension: 'ios', render: exportCiscoIosXe },
  fortigate: { label: 'Fortinet FortiGate', extension: 'conf', render: exportFortigate },
  'juniper-srx': { label: 'Juniper SRX', extension: 'txt', render: exportJuniperSrx },
  panos: { label: 'Palo Alto Networks PAN-OS', extension: 'txt', render: exportPanos },
} as const satisfies Record<string, { label: string; extension: string; render: DeviceExporter }>;

export type DeviceVendor = keyof typeof DEVICE_VENDORS;
