import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { exportFiles } from '../src/core/export/files';
import { withReadme } from '../src/core/export/readme';
import { defaultFormats } from '../src/app/export/export-choices';
import { expect, expectedDiagnostics, loadExample, openExample, test } from './fixtures';
import type { Page } from '@playwright/test';

const HUB = 'hub-two-branches-p2s.json';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });
const preview = (page: Page) => dialog(page).locator('.code-view');

async function openExport(page: Page, file: string) {
  await openExample(page, file);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog(page)).toBeVisible();
}

test.describe('export dialog', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('previews the Bicep highlighted, and copies exactly what the core exports', async ({ page }) => {
    const doc = loadExample(HUB);
    await openExport(page, HUB);
    await expect(dialog(page).getByRole('alert')).toHaveCount(0);
    await expect(dialog(page).getByRole('heading', { name: 'main.bicep' })).toBeVisible();
    await expect(preview(page).locator('.tok-keyword', { hasText: /^param$/ }).first()).toBeVisible();
    await expect(preview(page).locator('.tok-comment').first()).toContainText('Exported by vpn-designer');
    await expect(preview(page).locator('.tok-string').first()).toBeVisible();
    await expect(preview(page).locator('.tok-placeholder').first()).toHaveText('REPLACE-WITH-BASE64-ROOT-CERTIFICATE-DATA');

    await dialog(page).getByRole('button', { name: 'Copy' }).click();
    await expect(dialog(page).getByRole('status')).toHaveText('Copied main.bicep to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(exportFiles(doc, ['bicep'])[0]!.content);
    expect(await preview(page).textContent()).toBe(copied);
  });

  test('downloads one file, and all files as a zip with a README', async ({ page }) => {
    const doc = loadExample(HUB);
    await openExport(page, HUB);
    const previewText = await preview(page).textContent();

    const one = page.waitForEvent('download');
    await dialog(page).getByRole('button', { name: 'Download', exact: true }).click();
    const single = await one;
    expect(single.suggestedFilename()).toBe('Hub with two branches and P2S-main.bicep');
    expect(readFileSync((await single.path())!, 'utf8')).toBe(previewText);

    const all = page.waitForEvent('download');
    await dialog(page).getByRole('button', { name: 'Download all (.zip)' }).click();
    const zip = await all;
    expect(zip.suggestedFilename()).toBe('Hub with two branches and P2S-export.zip');
    const files = unzipSync(new Uint8Array(readFileSync((await zip.path())!)));
    const expected = withReadme(doc, exportFiles(doc, defaultFormats(doc)));
    expect(Object.keys(files)).toEqual(expected.map((f) => f.path));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['azuredeploy.json', 'main.bicep', 'README.md', 'cisco-iosxe-cn-london.ios']));
    expect(strFromU8(files['main.bicep']!)).toBe(previewText);
    const readme = strFromU8(files['README.md']!);
    expect(readme).toContain('az group create --name "$RG" --location westeurope');
    expect(readme).toContain('az deployment group create --resource-group "$RG" --template-file main.bicep');
    expect(readme).toContain('`cnHubToLondonSharedKey`');
    expect(readme).toContain('`AZURE_GATEWAY_PUBLIC_IP`');
    await expect(dialog(page).getByRole('list', { name: /Files/ }).getByRole('button')).toHaveCount(expected.length);
  });

  test('writes pre-shared keys into device configurations only when asked', async ({ page }) => {
    const doc = loadExample(HUB);
    const key = doc.connections.find((c) => c.id === 'cn-london' && c.kind === 's2s');
    if (!key || key.kind !== 's2s') throw new Error('the example has no connection cn-london');
    await openExport(page, HUB);
    await dialog(page).getByRole('button', { name: 'cisco-iosxe-cn-london.ios' }).click();
    await expect(preview(page)).toContainText('PASTE_THE_PRE_SHARED_KEY_HERE');
    await expect(preview(page)).not.toContainText(key.sharedKey);
    await dialog(page).getByLabel('Include pre-shared keys in device configurations').check();
    await expect(preview(page)).toContainText(key.sharedKey);
    await expect(dialog(page).getByText('keep them safe')).toBeVisible();
  });

  test('a design with errors exports, and the dialog says how many errors it has', async ({ page }) => {
    const errors = expectedDiagnostics(loadExample('broken-design.json')).filter((d) => d.severity === 'error').length;
    expect(errors).toBeGreaterThan(1);
    await openExport(page, 'broken-design.json');
    await expect(dialog(page).getByRole('alert')).toContainText(`This design has ${errors} errors.`);
    await expect(preview(page)).toContainText(`WARNING: Exported from a design with ${errors} validation errors`);
    await expect(dialog(page).getByRole('button', { name: 'Download all (.zip)' })).toBeEnabled();
  });

  test('loads the export code only when the dialog first opens', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await openExample(page, HUB);
    expect(scripts.filter((s) => s.includes('ExportDialog'))).toEqual([]);
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog(page)).toBeVisible();
    expect(scripts.filter((s) => s.includes('ExportDialog'))).toHaveLength(1);
  });

  test('keeps keyboard focus inside while open, and Escape closes it and returns focus', async ({ page }) => {
    await openExample(page, HUB);
    const button = page.getByRole('button', { name: 'Export…' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole('heading', { name: 'main.bicep' })).toBeVisible();
    const inside = () => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'));
    expect(await inside()).toBe(true);
    const controls = await dialog(page).locator('button, input, [tabindex="0"]').count();
    for (let i = 0; i < controls + 3; i++) {
      await page.keyboard.press('Tab');
      expect(await inside(), `focus after ${i + 1} Tab presses`).toBe(true);
    }
    await dialog(page).getByRole('checkbox').first().focus();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(button).toBeFocused();
  });
});
