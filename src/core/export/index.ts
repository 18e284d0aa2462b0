/** Deployment exports of a design: one ARM template (JSON) or one Bicep file. */
export { exportArm } from './arm';
export { exportBicep } from './bicep';
export type { ExportOptions } from './banner';
