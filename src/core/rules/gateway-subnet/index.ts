import type { Rule } from '../types';
import belowRecommended from './below-recommended';
import missing from './missing';
import oneGateway from './one-gateway';
import tooSmall from './too-small';
import workloads from './workloads';

/** The gateway-subnet/… rules, sorted by ID. */
export const gatewaySubnetRules = [belowRecommended, missing, oneGateway, tooSmall, workloads] as const satisfies readonly Rule[];
