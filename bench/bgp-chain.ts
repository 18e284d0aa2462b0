import { validate } from '../src/core/rules/validate';
import { elementCount, generateBgpChain } from '../src/core/testing/generate';
import { medianMs, round } from './stats';

const TODAY = new Date('2026-11-24T00:00:00Z');

/** Full validation of BGP chains of 250 and 500 gateways: the growth shows whether overlap stays linear. */
export function benchBgpChain(): { figures: Record<string, number>; rows: string[][] } {
  const figures: Record<string, number> = {};
  const rows: string[][] = [];
  const ms: Record<number, number> = {};
  for (const gateways of [250, 500]) {
    const doc = generateBgpChain(gateways);
    ms[gateways] = medianMs(() => validate(doc, { today: TODAY }), 11, 2);
    figures[`validation.bgp_chain_ms_${gateways}`] = round(ms[gateways]!, 2);
    rows.push([`full validation, BGP chain of ${gateways} gateways`, `${elementCount(doc)} elements`, `${round(ms[gateways]!, 2)} ms median`]);
  }
  figures['validation.bgp_chain_growth_500_over_250'] = round(ms[500]! / ms[250]!, 2);
  rows.push(['growth 500 / 250 gateways', '', `${figures['validation.bgp_chain_growth_500_over_250']}×`]);
  return { figures, rows };
}
