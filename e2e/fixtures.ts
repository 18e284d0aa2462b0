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
  await viewSettled(page);
}

/** Waits until the canvas view stops moving (the fit-view animation after opening), so screen positions hold. */
export async function viewSettled(page: Page): Promise<void> {
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  await expect
    .poll(async () => {
      const first = await transform();
      await page.waitForTimeout(100);
      return first === (await transform());
    })
    .toBe(true);
}

export const nodes = (page: Page) => page.locator('.react-flow__node');
export const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
export const edge = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"]`);
export const panel = (page: Page) => page.getByRole('complementary', { name: 'Diagnostics' });
export const diagnosticItems = (page: Page) => panel(page).locator('li.diag');

/** Draws a line from one node's port to another node, as a user does with the mouse (in steps, so React Flow sees a drag). */
export async function drawLine(page: Page, fromId: string, toId: string): Promise<void> {
  await node(page, fromId).hover();
  const port = (await node(page, fromId).locator('.node-port').boundingBox())!;
  const to = (await node(page, toId).boundingBox())!;
  await page.mouse.move(port.x + port.width / 2, port.y + port.height / 2);
  await page.mouse.down();
  const [tx, ty] = [to.x + to.width / 2, to.y + to.height / 2];
  for (let i = 1; i <= 12; i++) await page.mouse.move(port.x + ((tx - port.x) * i) / 12, port.y + ((ty - port.y) * i) / 12);
  await page.mouse.up();
}
