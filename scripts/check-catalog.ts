// Checks src/core/rules/catalog.ts against the rule catalog it copies, shared/domain/rules.md beside the
// clone. A clone without shared/ beside it says so and relies on the committed list (the unit tests check
// that list against the registry and the rule tests).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOG_IDS } from '../src/core/rules/catalog';

const catalogFile = fileURLToPath(new URL('../../shared/domain/rules.md', import.meta.url));

if (!existsSync(catalogFile)) {
  console.log(`rule catalog: ${catalogFile} is not beside this clone; the committed CATALOG_IDS stand (${CATALOG_IDS.length} IDs)`);
  process.exit(0);
}
const ids = [...readFileSync(catalogFile, 'utf8').matchAll(/^\| ([a-z0-9-]+\/[a-z0-9-]+) /gm)].map((m) => m[1]!);
const committed: readonly string[] = CATALOG_IDS;
const missing = ids.filter((id) => !committed.includes(id));
const extra = committed.filter((id) => !ids.includes(id));
const sameOrder = missing.length === 0 && extra.length === 0 && ids.length === committed.length && ids.every((id, i) => id === committed[i]);
if (!sameOrder) {
  console.error(`rule catalog: src/core/rules/catalog.ts differs from ${catalogFile}`);
  if (missing.length > 0) console.error(`  in the catalog, not in CATALOG_IDS: ${missing.join(', ')}`);
  if (extra.length > 0) console.error(`  in CATALOG_IDS, not in the catalog: ${extra.join(', ')}`);
  if (missing.length === 0 && extra.length === 0) console.error('  same IDs in another order');
  process.exit(1);
}
console.log(`rule catalog: CATALOG_IDS match ${catalogFile} (${ids.length} IDs)`);
