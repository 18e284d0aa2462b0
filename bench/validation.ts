import { validate } from '../src/core/rules/validate';
import { elementCount, generateDesign } from '../src/core/testing/generate';
import { naiveAllPairsOverlaps } from './naive-overlap';
import { medianMs, round } from './stats';

const TODAY = new Date('2026-11-24T00:00:00Z');

/** Median full-validation time of generated designs, and the naive all-pairs baseline at 1,000. */
export function benchValidation(): { figures: Record<string, number>; rows: string[][] } {
  const sizes = [250, 1000, 4000] as const;
  const figures: Record<string, number> = {};
  const rows: string[][] = [];
  const ms: Record<number, number> = {};
  for (const size of sizes) {
    const doc = generateDesign(size, 42);
    const count = elementCount(doc);
    const diagnostics = validate(doc, { today: TODAY }).length;
    ms[size] = medianMs(() => validate(doc, { today: TODAY }), size >= 4000 ? 15 : 40, 5);
    figures[`validation.ms_${size}`] = round(ms[size]!, 3);
    rows.push([`full validation, ${size} target`, `${count} elements, ${diagnostics} findings`, `${round(ms[size]!, 3)} ms (median)`]);
  }
  const doc1000 = generateDesign(1000, 42);
  const naive = medianMs(() => naiveAllPairsOverlaps(doc1000), 3, 1);
  figures['validation.naive_all_pairs_ms_1000'] = round(naive, 1);
  figures['validation.growth_4000_over_1000'] = round(ms[4000]! / ms[1000]!, 2);
  figures['validation.speedup_vs_naive_1000'] = round(naive / ms[1000]!, 1);
  rows.push(['naive all-pairs overlap (ip-address), 1000', 'baseline', `${round(naive, 1)} ms (median)`]);
  rows.push(['growth 4000 / 1000', '', `${figures['validation.growth_4000_over_1000']}×`]);
  rows.push(['speed-up vs naive at 1000', '', `${figures['validation.speedup_vs_naive_1000']}×`]);
  return { figures, rows };
}
