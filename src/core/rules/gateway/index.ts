import type { Rule } from '../types';
import activeActiveIps from './active-active-ips';
import basicLimits from './basic-limits';
import basicPortal from './basic-portal';
import dnsForwarder from './dns-forwarder';
import p2sConnectionLimit from './p2s-connection-limit';
import policyBasedLimits from './policy-based-limits';
import publicIpSku from './public-ip-sku';
import skuGeneration from './sku-generation';
import skuRetired from './sku-retired';
import throughput from './throughput';
import tunnelLimit from './tunnel-limit';

/** The gateway/… rules, sorted by ID. */
export const gatewayRules = [
  activeActiveIps,
  basicLimits,
  basicPortal,
  dnsForwarder,
  p2sConnectionLimit,
  policyBasedLimits,
  publicIpSku,
  skuGeneration,
  skuRetired,
  throughput,
  tunnelLimit,
] as const satisfies readonly Rule[];
