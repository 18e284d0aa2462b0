import type { Rule } from '../types';
import authProtocol from './auth-protocol';
import clientOs from './client-os';
import peeredTransit from './peered-transit';
import poolSplit from './pool-split';
import poolTooSmall from './pool-too-small';
import profileRegenerate from './profile-regenerate';
import protocolCombination from './protocol-combination';
import rootCertificates from './root-certificates';
import routesOpenvpn from './routes-openvpn';
import samePublicIp from './same-public-ip';
import sstpRetirement from './sstp-retirement';
import trafficSelectorsWindows from './traffic-selectors-windows';

/** The p2s/… rules, sorted by ID. */
export const p2sRules = [
  authProtocol,
  clientOs,
  peeredTransit,
  poolSplit,
  poolTooSmall,
  profileRegenerate,
  protocolCombination,
  rootCertificates,
  routesOpenvpn,
  samePublicIp,
  sstpRetirement,
  trafficSelectorsWindows,
] as const satisfies readonly Rule[];
