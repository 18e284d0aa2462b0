import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadDocument } from '../src/core/model/load';
import type { TopologyDocument } from '../src/core/model/types';
import { decodeShareLink, encodeShareLink } from '../src/core/share';
import { diagnosticItems, expect, expectedDiagnostics, loadExample, node, nodes, openExample, test } from './fixtures';
import { designName, nodeCount, watchErrors } from './persistence-helpers';

const BROKEN = 'broken-design.json';
const HUB = 'hub-two-branches-p2s.json';

const shareDialog = (page: Page) => page.getByRole('dialog', { name: 'Share link' });

/** Opens the share dialog and returns the link it shows. */
async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  const box = shareDialog(page).getByRole('textbox', { name: 'Share link' });
  await expect(box).toHaveValue(/#d=2\./);
  return box.inputValue();
}

test('a copied link opens the same design in a new browser', async ({ page, context, browser, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExample(page, BROKEN);
  const link = await copyLink(page);
  expect(link.startsWith(`${baseURL}/#d=2.`)).toBe(true);
  await expect(shareDialog(page).getByRole('status')).toHaveText('Link copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await shareDialog(page).getByRole('button', { name: 'Close' }).click();

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  const errors = watchErrors(other);
  await other.goto(link);
  const doc = loadExample(BROKEN);
  await expect(designName(other)).toHaveText(doc.name);
  await expect(nodes(other)).toHaveCount(nodeCount(BROKEN));
  await expect(diagnosticItems(other)).toHaveCount(await diagnosticItems(page).count());
  await expect(diagnosticItems(other)).toHaveCount(expectedDiagnostics(doc).length);
  // The fragment is cleared once read, so a reload does not open the link again.
  await expect.poll(() => new URL(other.url()).hash).toBe('');
  await fresh.close();
  expect(errors).toEqual([]);
});

test('a link leaves secrets out unless a passphrase encrypts them', async ({ page }) => {
  await openExample(page, HUB);
  const plain = await copyLink(page);
  const decoded = await decodeShareLink(new URL(plain).hash);
  expect(decoded.ok && decoded.doc.connections.every((c) => !('sharedKey' in c) || c.sharedKey === '')).toBe(true);

  await shareDialog(page).getByLabel('Include secrets').check();
  await expect(shareDialog(page).getByText('Anyone with the link and the passphrase can read the secrets')).toBeVisible();
  await shareDialog(page).getByLabel('Passphrase').fill('correct horse');
  await shareDialog(page).getByRole('button', { name: 'Create encrypted link' }).click();
  const box = shareDialog(page).getByRole('textbox', { name: 'Share link' });
  await expect(box).toHaveValue(/#d=2e\./);
  const sealed = await decodeShareLink(new URL(await box.inputValue()).hash, { passphrase: 'correct horse' });
  expect(sealed.ok && sealed.secretsIncluded).toBe(true);
});

test('an encrypted link asks for the passphrase and says when it is wrong', async ({ page }) => {
  const doc = loadExample(HUB);
  const fragment = await encodeShareLink(doc, { includeSecrets: { passphrase: 'correct horse' } });
  await page.goto(`/#${fragment}`);
  const dialog = page.getByRole('dialog', { name: 'This link is encrypted' });
  await dialog.getByLabel('Passphrase').fill('wrong');
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/passphrase/i);
  await expect(nodes(page)).toHaveCount(0);
  await dialog.getByLabel('Passphrase').fill('correct horse');
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(designName(page)).toHaveText(doc.name);
  await expect(nodes(page)).toHaveCount(nodeCount(HUB));
});

test('a link to a different design asks first and keeps the previous design one Undo away', async ({ page }) => {
  await openExample(page, HUB);
  const fragment = await encodeShareLink(loadExample(BROKEN));
  await page.goto(`/#${fragment}`);
  const dialog = page.getByRole('dialog', { name: 'Open the linked design?' });
  await dialog.getByRole('button', { name: 'Keep current design' }).click();
  await expect(designName(page)).toHaveText(loadExample(HUB).name);

  await page.goto(`/#${fragment}`);
  await dialog.getByRole('button', { name: 'Open linked design' }).click();
  await expect(designName(page)).toHaveText(loadExample(BROKEN).name);
  await expect(nodes(page)).toHaveCount(nodeCount(BROKEN));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(designName(page)).toHaveText(loadExample(HUB).name);
  await expect(nodes(page)).toHaveCount(nodeCount(HUB));
});

/** A valid design whose text is hostile: markup, script URLs, and long strings. */
function hostileDesign(): TopologyDocument {
  const base = JSON.parse(JSON.stringify(loadExample(HUB))) as Record<string, unknown> & TopologyDocument;
  const script = '<script>window.__pwned = 1</script>';
  const img = '<img src=x onerror="window.__pwned = 2">';
  const long = `${img}${'A'.repeat(200 - img.length)}`;
  const hostile = {
    ...base,
    name: script,
    vnets: base.vnets.map((v, i) => (i === 0 ? { ...v, name: img, addressSpace: [...v.addressSpace, ...Array.from({ length: 150 }, () => long)] } : v)),
    sites: base.sites.map((s, i) => (i === 0 ? { ...s, name: 'javascript:window.__pwned=3', fqdn: 'javascript:window.__pwned=4' } : s)),
  };
  const loaded = loadDocument(hostile);
  if (!loaded.ok) throw new Error(`the hostile design does not load: ${loaded.error.path}: ${loaded.error.message}`);
  return loaded.doc;
}

test('a hostile link runs no script and shows its names as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const doc = hostileDesign();
  const fragment = await encodeShareLink(doc);
  await page.goto(`/#${fragment}`);
  await expect(designName(page)).toHaveText(doc.name);
  await expect(node(page, doc.vnets[0]!.id)).toContainText('<img src=x onerror=');
  await expect(node(page, doc.sites[0]!.id)).toContainText('javascript:window.__pwned=3');
  await expect(diagnosticItems(page).filter({ hasText: '<img src=x' }).first()).toBeVisible();
  expect(await page.locator('img[src="x"], a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('a damaged link shows why and keeps the current design', async ({ page }) => {
  await openExample(page, HUB);
  const fragment = await encodeShareLink(loadExample(BROKEN));
  const cut = fragment.slice(0, Math.floor(fragment.length / 2));
  const decoded = await decodeShareLink(cut);
  expect(decoded.ok).toBe(false);
  await page.goto(`/#${cut}`);
  await expect(page.getByRole('alert')).toContainText(decoded.ok ? '' : decoded.error.message);
  await expect(page.getByRole('alert')).toContainText('Your current design is unchanged.');
  await expect(designName(page)).toHaveText(loadExample(HUB).name);
  await expect(nodes(page)).toHaveCount(nodeCount(HUB));
});

test('a very long link warns that it may not paste everywhere and offers the file instead', async ({ page }) => {
  const base = JSON.parse(JSON.stringify(loadExample(HUB))) as TopologyDocument;
  // Random text does not compress, so the link grows past 8,000 characters.
  const noise = () => Array.from({ length: 190 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
  const big = { ...base, vnets: base.vnets.map((v, i) => (i === 0 ? { ...v, addressSpace: [...v.addressSpace, ...Array.from({ length: 60 }, noise)] } : v)) };
  await page.goto('/');
  await page.getByLabel('Open design file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  await expect(nodes(page)).toHaveCount(nodeCount(HUB));
  const link = await copyLink(page);
  expect(link.length).toBeGreaterThan(8000);
  await expect(shareDialog(page).getByText('may not paste everywhere')).toBeVisible();
  const download = page.waitForEvent('download');
  await shareDialog(page).getByRole('button', { name: 'Save as a file instead' }).click();
  expect((await download).suggestedFilename()).toBe(`${base.name}.json`);
});

test('keys pressed in the share dialog do not edit the design behind it, and Escape closes it', async ({ page }) => {
  await openExample(page, BROKEN);
  await node(page, 'site-hq').click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await shareDialog(page).getByLabel('Include secrets').focus();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+Z');
  await expect(node(page, 'site-hq')).toHaveCount(1);
  await expect(designName(page)).toHaveText(loadExample(BROKEN).name);
  await page.keyboard.press('Escape');
  await expect(shareDialog(page)).toHaveCount(0);
});

test('a link made by the previous release (format 1) opens, migrated, and says so', async ({ page }) => {
  const v1 = JSON.parse(readFileSync('src/core/share/fixtures/v1-links.json', 'utf8')) as { plain: { link: string } };
  await page.goto(`/#${v1.plain.link}`);
  const doc = loadExample(HUB);
  await expect(designName(page)).toHaveText(doc.name);
  await expect(nodes(page)).toHaveCount(nodeCount(HUB));
  await expect(page.getByRole('status').filter({ hasText: 'Opened the design from the link.' })).toContainText(
    'Migrations applied: 1→2: set the deployment target to resource group "rg-hub-with-two-branches-and-p2s"',
  );
  // Shared again, it travels as format 2 and needs no migration.
  const again = await decodeShareLink(new URL(await copyLink(page)).hash);
  expect(again.ok && again.migrations).toEqual([]);
  expect(again.ok && again.doc.deployment).toEqual(doc.deployment);
});
