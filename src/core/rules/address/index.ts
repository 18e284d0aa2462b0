import type { Rule } from '../types';
import invalidCidr from './invalid-cidr';
import limits from './limits';
import lngBgpHostRoute from './lng-bgp-host-route';
import lngEmpty from './lng-empty';
import overlap from './overlap';
import p2sPoolOverlap from './p2s-pool-overlap';
import p2sPoolPublic from './p2s-pool-public';
import subnetOutsideVnet from './subnet-outside-vnet';
import subnetOverlap from './subnet-overlap';

/** The address/… rules, sorted by ID. */
export const addressRules = [
  invalidCidr,
  limits,
  lngBgpHostRoute,
  lngEmpty,
  overlap,
  p2sPoolOverlap,
  p2sPoolPublic,
  subnetOutsideVnet,
  subnetOverlap,
] as const satisfies readonly Rule[];
