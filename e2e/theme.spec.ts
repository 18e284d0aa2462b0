import type { Page } from '@playwright/test';
import { expect, openExample, test } from './fixtures';

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body.closest('html')!).backgroundColor);
const canvasBackground = (page: Page) => page.locator('.react-flow').evaluate((el) => getComputedStyle(el).backgroundColor);
const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_BG = 'rgb(13, 17, 23)';

test.use({ colorScheme: 'light' });

test('the theme follows the system until one is picked; the pick is remembered across reloads', async ({ page }) => {
  await openExample(page, 'hub-two-branches-p2s.json');
  const theme = page.getByLabel('Theme');
  await expect(theme).toHaveValue('system');
  expect(await pageBackground(page)).toBe(LIGHT_BG);

  await theme.selectOption('dark');
  await expect.poll(() => pageBackground(page)).toBe(DARK_BG);
  // The canvas (React Flow's own colour mode included) switches with the page.
  await expect.poll(() => canvasBackground(page)).toBe('rgb(15, 20, 26)');
  await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);

  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await pageBackground(page)).toBe(DARK_BG);

  await page.getByLabel('Theme').selectOption('system');
  await expect.poll(() => pageBackground(page)).toBe(LIGHT_BG);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => pageBackground(page)).toBe(DARK_BG);
});
