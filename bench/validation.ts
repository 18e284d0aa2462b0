import type { TopologyDocument } from '../src/core/model/types';
import { validate } from '../src/core/rules/validate';
import { elementCount, generateDesign } from '../src/core/testing/generate';
import { naiveAllPairsOverlaps, naiveAllPairsPrebuilt } from './naive-overlap';
import { medianMs, round } from './stats';

const TODAY = new Date('2026-11-24T00:00:00Z');

/** Median full-validation time of generated designs, and the naive all-pairs baselines at 1,000. */
export function benchValidation(): { figures: Record<string, number>; rows: string[][] } {
  const figures: Record<string, number> = {};
  const rows: string[][] = [];
  const ms: Record<number, number> = {};
  for (const size of [250, 1000, 4000]) {
    const doc = generateDesign(size, 42);
    const findings = validate(doc, { today: TODAY }).length;
    // Each timed run validates a fresh copy, as after an edit: nothing keyed on object identity helps.
    const fresh = (): TopologyDocument => structuredClone(doc);
    ms[size] = medianMs((d: TopologyDocument) => validate(d, { today: TODAY }), size >= 4000 ? 21 : 41, 5, fresh);
    figures[`validation.ms_${size}`] = round(ms[size]!, 3);
    rows.push([`full validation (${size})`, `${elementCount(doc)} elements, ${findings} findings`, `${round(ms[size]!, 3)} ms median`]);
  }
  const doc1000 = generateDesign(1000, 42);
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
