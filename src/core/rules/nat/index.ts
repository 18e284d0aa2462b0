import type { Rule } from '../types';
import activeActive from './active-active';
import bgpTranslation from './bgp-translation';
import connectionType from './connection-type';
import dynamicSize from './dynamic-size';
import externalOverlap from './external-overlap';
import ingressShared from './ingress-shared';
import ipv6 from './ipv6';
import needsEgress from './needs-egress';
import ruleLimit from './rule-limit';
import ruleName from './rule-name';
import sku from './sku';
import staticLength from './static-length';
import untranslatedPrefix from './untranslated-prefix';

/** The nat/… rules, sorted by ID. */
export const natRules = [
  activeActive,
  bgpTranslation,
  connectionType,
  dynamicSize,
  externalOverlap,
  ingressShared,
  ipv6,
  needsEgress,
  ruleLimit,
  ruleName,
  sku,
  staticLength,
  untranslatedPrefix,
] as const satisfies readonly Rule[];
