import type { ClientOs, P2sAuthType, P2sTunnelType } from '../../core/model/types';

export const TUNNELS: readonly P2sTunnelType[] = ['SSTP', 'IkeV2', 'OpenVPN'];
export const AUTHS: readonly P2sAuthType[] = ['Certificate', 'Radius', 'AAD'];
export const AUTH_LABEL: Record<P2sAuthType, string> = { Certificate: 'Certificate', Radius: 'RADIUS', AAD: 'Microsoft Entra ID' };

export const CLIENT_OS: readonly (readonly [ClientOs, string])[] = [
  ['windows-legacy', 'Windows before 10'],
  ['windows10-pre2004', 'Windows 10 before 2004'],
  ['windows10-2004', 'Windows 10 2004+ / 11'],
  ['macos', 'macOS'],
  ['linux', 'Linux'],
  ['ios', 'iOS'],
  ['android', 'Android'],
];

/** `list` with `item` in or out, in the order of `all`. */
export const toggle = <T>(all: readonly T[], list: readonly T[], item: T, on: boolean): T[] => all.filter((x) => (x === item ? on : list.includes(x)));
