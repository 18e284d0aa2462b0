import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { designName, saved } from './persistence-helpers';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const deployment = async (page: Page) => ((await saved(page)) as unknown as { deployment?: { resourceGroup: string; location: string } } | null)?.deployment;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New design' }).click();
});

test("with nothing selected the inspector edits the design's name, resource group and location, one undo step each", async ({ page }) => {
  // The canvas keeps its width until the design's properties are asked for.
  await expect(inspector(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Design properties' }).click();
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Design');

  const name = panel.getByLabel('Name', { exact: true });
  await name.fill('Contoso hub');
  await name.press('Enter');
  await expect(designName(page)).toHaveText('Contoso hub');

  const group = panel.getByLabel('Resource group', { exact: true });
  await expect(group).toHaveValue('rg-untitled-design');
  await group.fill('rg-contoso-hub');
  await group.press('Enter');
  const location = panel.getByLabel('Location', { exact: true });
  await expect(location).toHaveValue('westeurope');
  await location.fill(' northeurope ');
  await location.press('Enter');
  await expect(location).toHaveValue('northeurope');
  await expect.poll(() => deployment(page)).toEqual({ resourceGroup: 'rg-contoso-hub', location: 'northeurope' });
  await expect.poll(async () => (await saved(page))?.name).toBe('Contoso hub');

  await location.blur();
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(location).toHaveValue('westeurope');
  await expect(group).toHaveValue('rg-contoso-hub');
  await undo.click();
  await expect(group).toHaveValue('rg-untitled-design');
  await expect(designName(page)).toHaveText('Contoso hub');
  await undo.click();
  await expect(designName(page)).toHaveText('Untitled design');
  await expect(name).toHaveValue('Untitled design');
});

test('a resource group name Azure refuses is flagged where typed and not saved; an empty location neither', async ({ page }) => {
  await page.getByRole('button', { name: 'Design properties' }).click();
  const panel = inspector(page);
  const group = panel.getByLabel('Resource group', { exact: true });
  await group.fill('rg contoso.');
  await group.press('Enter');
  await expect(group).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('alert')).toContainText('characters other than letters, digits');
  await expect(group).toHaveValue('rg contoso.');
  await expect.poll(() => deployment(page)).toEqual({ resourceGroup: 'rg-untitled-design', location: 'westeurope' });

  await group.fill('rg-contoso.');
  await group.press('Enter');
  await expect(panel.getByRole('alert')).toContainText('it ends with "."');
  await group.fill('rg-contoso');
  await group.press('Enter');
  await expect(group).not.toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => deployment(page)).toEqual({ resourceGroup: 'rg-contoso', location: 'westeurope' });

  const location = panel.getByLabel('Location', { exact: true });
  await location.fill('  ');
  await location.press('Enter');
  await expect(location).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('alert')).toContainText('Enter the Azure region');
  await expect.poll(() => deployment(page)).toEqual({ resourceGroup: 'rg-contoso', location: 'westeurope' });
});

test('the design properties close, and the canvas gets its width back', async ({ page }) => {
  await page.getByRole('button', { name: 'Design properties' }).click();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Design');
  await page.getByRole('button', { name: 'Close design properties' }).click();
  await expect(inspector(page)).toHaveCount(0);
});
