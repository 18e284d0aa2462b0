import { expect, test } from './fixtures';

test('the built app loads, lists the examples and starts with an empty design', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'vpn-designer' })).toBeVisible();
  const picker = page.getByLabel('Open example');
  await expect(picker.locator('option')).not.toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('heading', { level: 2 })).toHaveText('Untitled design');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  const firstExample = await picker.locator('option').nth(1).getAttribute('value');
  await picker.selectOption(firstExample!);
  await expect(page.getByRole('region', { name: 'Canvas' }).locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Diagnostics' })).toBeVisible();
});
