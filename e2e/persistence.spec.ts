import { diagnosticItems, expect, expectedDiagnostics, loadExample, node, nodes, openExample, test } from './fixtures';
import { deleteNode, designName, nodeCount, PREVIOUS_KEY, reopen, SAVE_KEY, saved, waitForSaveWithout, watchErrors } from './persistence-helpers';

const BROKEN = 'broken-design.json';
const HUB = 'hub-two-branches-p2s.json';

test('a change survives a reload', async ({ page }) => {
  await openExample(page, BROKEN);
  await deleteNode(page, 'site-hq');
  await waitForSaveWithout(page, 'site-hq');
  await page.reload();
  await expect(designName(page)).toHaveText(loadExample(BROKEN).name);
  await expect(nodes(page)).toHaveCount(nodeCount(BROKEN) - 1);
  await expect(node(page, 'site-hq')).toHaveCount(0);
  // The restored design starts a fresh history.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a change survives closing the browser and opening it again with the same storage', async ({ browser, page, context, baseURL }) => {
  await openExample(page, BROKEN);
  await deleteNode(page, 'site-hq');
  await waitForSaveWithout(page, 'site-hq');
  const again = await reopen(browser, context, baseURL!);
  const next = await again.newPage();
  const errors = watchErrors(next);
  await next.goto('/');
  await expect(designName(next)).toHaveText(loadExample(BROKEN).name);
  await expect(nodes(next)).toHaveCount(nodeCount(BROKEN) - 1);
  await expect(node(next, 'site-hq')).toHaveCount(0);
  await again.close();
  expect(errors).toEqual([]);
});

test('a damaged save starts the app with the previous copy, and says so', async ({ page }) => {
  await openExample(page, BROKEN);
  await expect.poll(async () => (await saved(page))?.name).toBe(loadExample(BROKEN).name);
  await deleteNode(page, 'site-hq');
  await waitForSaveWithout(page, 'site-hq');
  await page.evaluate((key) => localStorage.setItem(key, '{"schemaVersion":2,"vnets":[{"id":'), SAVE_KEY);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'started with the previous copy' })).toBeVisible();
  await expect(designName(page)).toHaveText(loadExample(BROKEN).name);
  await expect(nodes(page)).toHaveCount(nodeCount(BROKEN));
  expect(await page.evaluate((key) => localStorage.getItem(key), PREVIOUS_KEY)).not.toBeNull();
});

test('a full storage is reported, not swallowed', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('vpn-designer')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await openExample(page, BROKEN);
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
});

test('editing in one tab shows a banner in the other, which can load their design', async ({ page, context }) => {
  await openExample(page, BROKEN);
  await expect.poll(async () => (await saved(page))?.name).toBe(loadExample(BROKEN).name);
  const other = await context.newPage();
  const errors = watchErrors(other);
  await other.goto('/');
  await expect(nodes(other)).toHaveCount(nodeCount(BROKEN));

  await deleteNode(page, 'site-hq');
  const banner = other.getByRole('alert').filter({ hasText: 'This design was changed in another tab' });
  await expect(banner).toBeVisible();
  // Nothing changed in the other tab until its user decides.
  await expect(nodes(other)).toHaveCount(nodeCount(BROKEN));

  await banner.getByRole('button', { name: 'Load theirs' }).click();
  await expect(banner).toHaveCount(0);
  await expect(nodes(other)).toHaveCount(nodeCount(BROKEN) - 1);
  await expect(node(other, 'site-hq')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('keeping mine in the other tab saves it again, and the first tab is asked in turn', async ({ page, context }) => {
  await openExample(page, BROKEN);
  await expect.poll(async () => (await saved(page))?.name).toBe(loadExample(BROKEN).name);
  const other = await context.newPage();
  const errors = watchErrors(other);
  await other.goto('/');
  await expect(nodes(other)).toHaveCount(nodeCount(BROKEN));

  await deleteNode(page, 'site-hq');
  const banner = other.getByRole('alert').filter({ hasText: 'This design was changed in another tab' });
  await banner.getByRole('button', { name: 'Keep mine' }).click();
  await expect(banner).toHaveCount(0);
  await expect.poll(async () => (await saved(other))?.sites.some((s) => s.id === 'site-hq')).toBe(true);

  // The first tab's design was not silently replaced: it is asked too.
  await expect(page.getByRole('alert').filter({ hasText: 'This design was changed in another tab' })).toBeVisible();
  await expect(node(page, 'site-hq')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('without the File System Access API, Save downloads the design as JSON the loader reads back', async ({ page }) => {
  // Chromium has the API (and a picker no test can answer): take it away, as in Firefox or Safari.
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
  await openExample(page, HUB);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${loadExample(HUB).name}.json`);
  const { readFile } = await import('node:fs/promises');
  const text = await readFile((await file.path())!, 'utf8');
  expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(loadExample(HUB))));
});

test('Open file loads a design and says what was loaded; a bad file names the path and loses nothing', async ({ page }) => {
  await openExample(page, HUB);
  const { readFileSync } = await import('node:fs');
  const input = page.getByLabel('Open design file');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: readFileSync(`public/examples/${BROKEN}`) });
  await expect(designName(page)).toHaveText(loadExample(BROKEN).name);
  await expect(page.getByRole('status').filter({ hasText: 'Opened broken.json' })).toBeVisible();
  await expect(diagnosticItems(page)).toHaveCount(expectedDiagnostics(loadExample(BROKEN)).length);

  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion":2,"vnets":[{"id":7}]}') });
  await expect(page.getByRole('alert').filter({ hasText: 'bad.json could not be opened: $.vnets[0]' })).toBeVisible();
  await expect(designName(page)).toHaveText(loadExample(BROKEN).name);
  await expect(nodes(page)).toHaveCount(nodeCount(BROKEN));
});

test('a JSON file dropped on the canvas opens', async ({ page }) => {
  await page.goto('/');
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(`public/examples/${HUB}`, 'utf8');
  const data = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  const canvas = page.getByRole('region', { name: 'Canvas' });
  await canvas.dispatchEvent('dragover', { dataTransfer: data });
  await canvas.dispatchEvent('drop', { dataTransfer: data });
  await expect(designName(page)).toHaveText(loadExample(HUB).name);
  await expect(nodes(page)).toHaveCount(nodeCount(HUB));
});

test('Open file reads a schema version 1 file, says which migration it applied, and autosaves version 2', async ({ page }) => {
  await page.goto('/');
  const { readFileSync } = await import('node:fs');
  await page.getByLabel('Open design file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: readFileSync(`src/core/model/fixtures/v1/${HUB}`) });
  await expect(designName(page)).toHaveText(loadExample(HUB).name);
  await expect(page.getByRole('status').filter({ hasText: 'Opened old.json' })).toContainText(
    'Migrations applied: 1→2: set the deployment target to resource group "rg-hub-with-two-branches-and-p2s"',
  );
  await expect.poll(async () => (await saved(page)) as unknown).toMatchObject({ schemaVersion: 2, deployment: loadExample(HUB).deployment });
});
