import { readFileSync } from 'node:fs';
import { expect, test as base, type Page } from '@playwright/test';
import { loadDocumentText } from '../src/core/model/load';
import type { TopologyDocument } from '../src/core/model/types';
import { validate } from '../src/core/rules/validate';

/**
 * Every test runs with two watchers: the page must log no console error and must ask nothing of any
 * host but its own. Both are checked when the test ends.
 */
export const test = base.extend<{ watch: void; expectedConsoleErrors: RegExp | undefined }>({
  /** Console errors a test causes on purpose (e.g. a chunk it makes fail to load); set with `test.use`, saying why. */
  expectedConsoleErrors: [undefined, { option: true }],
  watch: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const origin = new URL(baseURL!).origin;
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !expectedConsoleErrors?.test(m.text())) consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreignRequests.push(url);
      });
      await use();
      expect(consoleErrors, 'console errors').toEqual([]);
      expect(foreignRequests, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export interface Example {
  readonly file: string;
  readonly title: string;
}

export const examples: readonly Example[] = JSON.parse(readFileSync('public/examples/index.json', 'utf8'));

/** An example as the core loads it, to compare what the page shows with what the core says. */
export function loadExample(file: string): TopologyDocument {
  const loaded = loadDocumentText(readFileSync(`public/examples/${file}`, 'utf8'));
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.error.message}`);
  return loaded.doc;
}

export const expectedDiagnostics = (doc: TopologyDocument) => validate(doc);

/** Opens an example from the header and waits until its nodes are drawn. */
export async function openExample(page: Page, file: string): Promise<void> {
  await page.goto('/');
  const picker = page.getByLabel('Open example');
  await expect(picker.locator(`option[value="${file}"]`)).toHaveCount(1);
  await picker.selectOption(file);
  const doc = loadExample(file);
  await expect(page.getByRole('banner').getByRole('heading', { level: 2 })).toHaveText(doc.name);
  await expect(nodes(page)).toHaveCount(doc.vnets.length + doc.gateways.length + doc.sites.length + doc.p2sConfigurations.length);
}

export const nodes = (page: Page) => page.locator('.react-flow__node');
export const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
export const edge = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"]`);
export const panel = (page: Page) => page.getByRole('complementary', { name: 'Diagnostics' });
export const diagnosticItems = (page: Page) => panel(page).locator('li.diag');
