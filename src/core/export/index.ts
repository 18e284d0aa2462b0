/** Deployment exports of a design: one ARM template (JSON) or one Bicep file. */
export { exportArm } from './arm';
export { exportBicep } from './bicep';
export { exportStrongswan } from './devices/strongswan';
export type { ExportOptions } from './banner';
