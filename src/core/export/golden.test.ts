/**
 * The exports of every example design, compared with the files in __golden__/. After an intended change
 * (to the exporters, or to the rules behind the validation banner), rewrite them with
 * `UPDATE_GOLDEN=1 npx vitest run src/core/export/golden.test.ts` and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../testing/expect';
import { exportArm } from './arm';
import { exportBicep } from './bicep';
import { GOLDEN_DIR, loadExamples } from './test-fixtures';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

function compare(file: string, actual: string): void {
  const path = join(GOLDEN_DIR, file);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run src/core/export/golden.test.ts`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('exports of the example designs match the golden files', () => {
  for (const { name, doc } of loadExamples()) {
    it(`${name}: Bicep equals __golden__/${name}.bicep`, () => {
      compare(`${name}.bicep`, exportBicep(doc, { today: TEST_TODAY }));
    });
    it(`${name}: ARM JSON equals __golden__/${name}.json`, () => {
      compare(`${name}.json`, exportArm(doc, { today: TEST_TODAY }));
    });
  }
});
