import type { Rule } from '../types';
import apipa from './apipa';
import asnCollision from './asn-collision';
import defaultRoute from './default-route';
import exactVnetPrefix from './exact-vnet-prefix';
import peerIp from './peer-ip';
import prefixLimit from './prefix-limit';
import requires from './requires';
import reservedAsn from './reserved-asn';
import transit from './transit';

/** The bgp/… rules, sorted by ID. */
export const bgpRules = [
  apipa,
  asnCollision,
  defaultRoute,
  exactVnetPrefix,
  peerIp,
  prefixLimit,
  requires,
  reservedAsn,
  transit,
] as const satisfies readonly Rule[];
