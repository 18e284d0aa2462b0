import type { Rule } from '../types';
import dpdRange from './dpd-range';
import ikev1Rekey from './ikev1-rekey';
import ikev1Sku from './ikev1-sku';
import multiTunnelBgp from './multi-tunnel-bgp';
import natT from './nat-t';
import policyBasedIdle from './policy-based-idle';
import policyBasedSelectors from './policy-based-selectors';
import policyGcmPairing from './policy-gcm-pairing';
import policyIncomplete from './policy-incomplete';
import policyMismatchV2v from './policy-mismatch-v2v';
import policyValues from './policy-values';
import policyWeak from './policy-weak';
import pskCharset from './psk-charset';
import pskMismatch from './psk-mismatch';
import v2vActiveActive from './v2v-active-active';
import v2vCloud from './v2v-cloud';
import v2vRouteBased from './v2v-route-based';

/** The connection/… rules, sorted by ID. */
export const connectionRules = [
  dpdRange,
  ikev1Rekey,
  ikev1Sku,
  multiTunnelBgp,
  natT,
  policyBasedIdle,
  policyBasedSelectors,
  policyGcmPairing,
  policyIncomplete,
  policyMismatchV2v,
  policyValues,
  policyWeak,
  pskCharset,
  pskMismatch,
  v2vActiveActive,
  v2vCloud,
  v2vRouteBased,
] as const satisfies readonly Rule[];
