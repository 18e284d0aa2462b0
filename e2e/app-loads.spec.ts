import { expect, test } from '@playwright/test';

test('the built app loads with no console errors and talks only to its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) foreignRequests.push(url);
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'vpn-designer' })).toBeVisible();
  const picker = page.getByLabel('Example design');
  await expect(picker.locator('option')).not.toHaveCount(1);
  const firstExample = await picker.locator('option').nth(1).getAttribute('value');
  await picker.selectOption(firstExample!);
  await expect(page.getByRole('region', { name: 'Design' })).toBeVisible();

  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
