/**
 * The vendor configurations of every S2S connection of every example design, compared with
 * __golden__/<example>.<vendor>.<ext>. After an intended change, rewrite them with
 * `UPDATE_GOLDEN=1 npx vitest run src/core/export/devices` and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../testing/examples';
import { DEVICE_VENDORS, type DeviceVendor } from './vendors';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const DIR = fileURLToPath(new URL('./__golden__/', import.meta.url));

function compare(file: string, actual: string): void {
  const path = join(DIR, file);
  if (UPDATE) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run src/core/export/devices`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('device configurations of the example designs match the golden files', () => {
  for (const { name, doc } of loadExamples()) {
    for (const vendor of Object.keys(DEVICE_VENDORS) as DeviceVendor[]) {
      const { extension, render } = DEVICE_VENDORS[vendor];
      it(`${name}: ${vendor} equals __golden__/${name}.${vendor}.${extension}`, () => {
        const parts = doc.connections.flatMap((c) => (c.kind === 's2s' ? [`>>> connection ${c.id}\n${render(doc, c.id)}`] : []));
        compare(`${name}.${vendor}.${extension}`, parts.length > 0 ? parts.join('\n') : '>>> no site-to-site connections\n');
      });
    }
  }
});
