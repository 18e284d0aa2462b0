// `npm run bench` prints a table; `npm run bench -- --json` prints one JSON object of all figures.
import { benchBgpChain } from './bgp-chain';
import { benchLinks } from './links';
import { benchUi } from './ui';
import { benchValidation } from './validation';

const json = process.argv.includes('--json');
const suites = [benchValidation, benchBgpChain, benchLinks, benchUi];
const figures: Record<string, number> = {};
const rows: string[][] = [];
for (const suite of suites) {
  const r = await suite();
  Object.assign(figures, r.figures);
  rows.push(...r.rows);
}

if (json) {
  const nested: Record<string, Record<string, number>> = {};
  for (const [key, value] of Object.entries(figures)) {
    const [group, name] = key.split('.', 2) as [string, string];
    (nested[group] ??= {})[name] = value;
  }
  console.log(JSON.stringify(nested, null, 2));
} else {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
