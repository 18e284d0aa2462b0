import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, loadExample, node, nodes } from './fixtures';

export const SAVE_KEY = 'vpn-designer:design';
export const PREVIOUS_KEY = 'vpn-designer:design:previous';

/** The autosaved document as the page's storage holds it (parsed), or null. */
export const saved = (page: Page) =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as { name: string; sites: { id: string }[] });
  }, SAVE_KEY);

/** Waits until the autosave holds a design without the element `id`. */
export async function waitForSaveWithout(page: Page, id: string): Promise<void> {
  await expect.poll(async () => JSON.stringify(await saved(page))).toMatch(/"schemaVersion"/);
  await expect.poll(async () => JSON.stringify(await saved(page)).includes(`"${id}"`)).toBe(false);
}

/** Selects a node and deletes it, as a user would. */
export async function deleteNode(page: Page, id: string): Promise<void> {
  await node(page, id).click();
  await page.keyboard.press('Delete');
  await expect(node(page, id)).toHaveCount(0);
}

/** The number of nodes the canvas draws for an example's document. */
export function nodeCount(file: string): number {
  const doc = loadExample(file);
  return doc.vnets.length + doc.gateways.length + doc.sites.length + doc.p2sConfigurations.length;
}

export const designName = (page: Page) => page.getByRole('banner').getByRole('heading', { level: 2 });

/** Fails on console errors and page errors in a page the `watch` fixture does not cover. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** A new context with another context's storage, as after closing and reopening the browser. */
export async function reopen(browser: Browser, from: BrowserContext, baseURL: string): Promise<BrowserContext> {
  const storageState = await from.storageState();
  await from.close();
  return browser.newContext({ baseURL, storageState });
}

export { nodes };
