import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadDocumentText } from '../src/core/model/load';
import type { TopologyDocument } from '../src/core/model/types';
import { diagnosticItems, expect, expectedDiagnostics, loadExample, nodes, openExample, panel, test } from './fixtures';
import { designName, nodeCount, saved } from './persistence-helpers';

const BROKEN = 'broken-design.json';
const HUB = 'hub-two-branches-p2s.json';
const CANVAS_CHUNK = /\/assets\/Canvas-[^/]*\.js$/;

const counts = (doc: TopologyDocument) => [doc.vnets.length, doc.gateways.length, doc.sites.length, doc.p2sConfigurations.length, doc.connections.length];

test.describe('a canvas chunk that fails to load', () => {
  // The aborted request logs "Failed to load resource", and React reports the error its boundary caught:
  // both are what this test provokes on purpose, so only they are let through.
  test.use({ expectedConsoleErrors: /Failed to load resource|Failed to fetch dynamically imported module|error occurred in the <Lazy> component/i });

  test('leaves the rest of the app working, offers the design as a file, and loads on Try again', async ({ page }) => {
    await openExample(page, BROKEN);
    const doc = loadExample(BROKEN);
    // Start again with the design autosaved, and the canvas chunk unreachable.
    await expect.poll(async () => (await saved(page))?.name).toBe(doc.name);
    await page.route(CANVAS_CHUNK, (route) => route.abort());
    await page.reload();

    const canvas = page.getByRole('region', { name: 'Canvas' });
    const message = canvas.getByRole('alert');
    await expect(message).toContainText('The canvas could not be shown');
    await expect(designName(page)).toHaveText(doc.name);
    await expect(panel(page)).toBeVisible();
    await expect(diagnosticItems(page)).toHaveCount(expectedDiagnostics(doc).length);
    expect(counts((await saved(page)) as unknown as TopologyDocument)).toEqual(counts(doc));

    const download = page.waitForEvent('download');
    await message.getByRole('button', { name: 'Download design' }).click();
    const file = await download;
    const fromFile = JSON.parse(await readFile((await file.path())!, 'utf8')) as TopologyDocument;
    expect(fromFile.name).toBe(doc.name);
    expect(counts(fromFile)).toEqual(counts(doc));

    await page.unroute(CANVAS_CHUNK);
    await message.getByRole('button', { name: 'Try again' }).click();
    await expect(message).toHaveCount(0);
    await expect(nodes(page)).toHaveCount(nodeCount(BROKEN));
  });
});

test.describe('the File System Access API', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript((designText) => {
      const w = window as unknown as Record<string, unknown>;
      w.__saved = '';
      w.__suggestedName = '';
      w.showSaveFilePicker = async (options: { suggestedName: string }) => {
        w.__suggestedName = options.suggestedName;
        return {
          createWritable: async () => ({
            write: async (text: string) => {
              w.__saved = `${w.__saved as string}${text}`;
            },
            close: async () => {},
          }),
        };
      };
      w.showOpenFilePicker = async () => [{ getFile: async () => new File([designText], 'picked.json', { type: 'application/json' }) }];
    }, readFileSync(`public/examples/${BROKEN}`, 'utf8'));
  });

  test('Save writes the design to the picked file, and the text loads back as the same design', async ({ page }) => {
    await openExample(page, HUB);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __saved: string }).__saved)).not.toBe('');
    const text = await page.evaluate(() => (window as unknown as { __saved: string }).__saved);
    const loaded = loadDocumentText(text);
    if (!loaded.ok) throw new Error(`the saved text does not load: ${loaded.error.message}`);
    const doc = loadExample(HUB);
    expect(loaded.doc.name).toBe(doc.name);
    expect(counts(loaded.doc)).toEqual(counts(doc));
    expect(await page.evaluate(() => (window as unknown as { __suggestedName: string }).__suggestedName)).toBe(`${doc.name}.json`);
    expect(downloads).toBe(0);
  });

  test('Open file opens the picked file', async ({ page }) => {
    await openExample(page, HUB);
    await page.getByRole('button', { name: 'Open file' }).click();
    const doc = loadExample(BROKEN);
    await expect(designName(page)).toHaveText(doc.name);
    await expect(page.getByRole('status').filter({ hasText: 'Opened picked.json' })).toBeVisible();
    await expect(nodes(page)).toHaveCount(nodeCount(BROKEN));
    await expect(diagnosticItems(page)).toHaveCount(expectedDiagnostics(doc).length);
  });
});
