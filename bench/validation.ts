import type { TopologyDocument } from '../src/core/model/types';
import { validate } from '../src/core/rules/validate';
import { elementCount, generateDesign } from '../src/core/testing/generate';
import { naiveAllPairsOverlaps, naiveAllPairsPrebuilt } from './naive-overlap';
import { medianMs, round } from './stats';

const TODAY = new Date('2026-11-24T00:00:00Z');

/**
 * The document after one edit, the way the app makes it: a new document and VNet list sharing
 * every unchanged element, one VNet renamed and given a new address-space list.
 */
function edited(doc: TopologyDocument, n: number): TopologyDocument {
  const at = n % doc.vnets.length;
  return {
    ...doc,
    vnets: doc.vnets.map((v, i) => (i === at ? { ...v, name: `${v.name}-${n}`, addressSpace: [...v.addressSpace] } : v)),
  };
}

/**
 * Median full-validation time of generated designs after an edit (the interactive case: per-list
 * parse caches hold for what did not change), a cold validation of a freshly loaded copy, and the
 * naive all-pairs baselines at 1,000 elements.
 */
export function benchValidation(): { figures: Record<string, number>; rows: string[][] } {
  const figures: Record<string, number> = {};
  const rows: string[][] = [];
  const ms: Record<number, number> = {};
  for (const size of [250, 1000, 4000]) {
    const doc = generateDesign(size, 42);
    const findings = validate(doc, { today: TODAY }).length;
    let n = 0;
    const inputs = Array.from({ length: 200 }, () => edited(doc, n++));
    let k = 0;
    ms[size] = medianMs(() => validate(inputs[k++ % inputs.length]!, { today: TODAY }), size >= 4000 ? 31 : 61, 9);
    figures[`validation.ms_${size}`] = round(ms[size]!, 3);
    rows.push([`full validation after an edit (${size})`, `${elementCount(doc)} elements, ${findings} findings`, `${round(ms[size]!, 3)} ms median`]);
  }
  const doc1000 = generateDesign(1000, 42);
  const copies = Array.from({ length: 41 }, () => structuredClone(doc1000));
  let c = 0;
  const cold = medianMs(() => validate(copies[c++]!, { today: TODAY }), 31, 10);
  figures['validation.cold_ms_1000'] = round(cold, 3);
  rows.push(['full validation of a freshly loaded copy (1000)', 'every list parsed anew', `${round(cold, 3)} ms median`]);
  const naive = medianMs(() => naiveAllPairsOverlaps(doc1000), 3, 1);
  const prebuilt = medianMs(() => naiveAllPairsPrebuilt(doc1000), 5, 1);
  figures['validation.growth_4000_over_1000'] = round(ms[4000]! / ms[1000]!, 2);
  figures['validation.naive_ms_1000'] = round(naive, 1);
  figures['validation.speedup_vs_naive_1000'] = round(naive / ms[1000]!, 1);
  figures['validation.naive_prebuilt_ms_1000'] = round(prebuilt, 1);
  figures['validation.speedup_vs_naive_prebuilt_1000'] = round(prebuilt / ms[1000]!, 1);
  rows.push(['naive all-pairs overlap, ip-address objects per comparison (1000)', 'baseline', `${round(naive, 1)} ms median`]);
  rows.push(['naive all-pairs overlap, ip-address objects built once (1000)', 'baseline', `${round(prebuilt, 1)} ms median`]);
  rows.push(['growth 4000 / 1000', '', `${figures['validation.growth_4000_over_1000']}×`]);
  rows.push(['full validation vs naive (per comparison)', '', `${figures['validation.speedup_vs_naive_1000']}× faster`]);
  rows.push(['full validation vs naive (objects built once)', '', `${figures['validation.speedup_vs_naive_prebuilt_1000']}× faster`]);
  return { figures, rows };
}
