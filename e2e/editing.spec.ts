import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { IMAGE_PADDING } from '../src/app/export/image-frame';
import { PNG_PIXEL_RATIO } from '../src/app/export/export-image';
import { NUDGE_STEP, NUDGE_STEP_LARGE } from '../src/app/actions/nudge';
import { expect, node, nodes, openExample, test } from './fixtures';

const FILE = 'hub-two-branches-p2s.json';
const NAME = 'Hub with two branches and P2S';
/** vnet-hub, gw-hub, two sites, one P2S pool. */
const NODE_COUNT = 5;

/** Where the canvas draws a node (its translate, in canvas pixels). */
async function position(page: Page, id: string): Promise<{ x: number; y: number }> {
  const transform = await node(page, id).evaluate((el) => (el as HTMLElement).style.transform);
  const m = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(transform);
  if (!m) throw new Error(`no position in "${transform}"`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

const allPositions = (page: Page) =>
  nodes(page).evaluateAll((els) => els.map((el) => `${(el as HTMLElement).dataset.id}:${(el as HTMLElement).style.transform}`).sort());

const counts = (page: Page) => page.getByRole('banner').locator('.counts');

/** Clicks a node by its title, away from its findings badges. */
const select = (page: Page, id: string) => node(page, id).locator('.node-name').click();

test.describe('editing', () => {
  test.beforeEach(async ({ page }) => {
    await openExample(page, FILE);
  });

  test('copy and paste a VNet: its gateway and P2S pool come along under new names; the copy is selected; undo removes it', async ({ page }) => {
    await select(page, 'vnet-hub');
    await page.keyboard.press('ControlOrMeta+C');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(nodes(page)).toHaveCount(NODE_COUNT + 3);
    await expect(counts(page)).toContainText('2 VNets · 2 gateways · 2 sites · 2 P2S pools · 2 connections');
    const copy = node(page, 'vnet-hub-copy');
    await expect(copy.locator('.node-name')).toHaveText('vnet-hub-weu-copy');
    await expect(node(page, 'gw-hub-copy').locator('.node-name')).toHaveText('vgw-hub-weu-copy');
    await expect(copy).toHaveClass(/selected/);
    await expect(node(page, 'vnet-hub')).not.toHaveClass(/selected/);
    const original = await position(page, 'vnet-hub');
    expect(await position(page, 'vnet-hub-copy')).toEqual({ x: original.x + 40, y: original.y + 40 });

    // A second paste lands further on, with the next free name.
    await page.keyboard.press('ControlOrMeta+V');
    await expect(node(page, 'vnet-hub-copy-2').locator('.node-name')).toHaveText('vnet-hub-weu-copy-2');

    await page.keyboard.press('ControlOrMeta+Z');
    await expect(node(page, 'vnet-hub-copy-2')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(nodes(page)).toHaveCount(NODE_COUNT);
    await expect(node(page, 'vnet-hub-copy')).toHaveCount(0);
  });

  test('duplicate a site: one more site, selected, offset, in one undo step', async ({ page }) => {
    await select(page, 'site-london');
    await page.keyboard.press('ControlOrMeta+D');
    await expect(nodes(page)).toHaveCount(NODE_COUNT + 1);
    const copy = node(page, 'site-london-copy');
    await expect(copy.locator('.node-name')).toHaveText('lng-branch-london-copy');
    await expect(copy).toHaveClass(/selected/);
    const original = await position(page, 'site-london');
    expect(await position(page, 'site-london-copy')).toEqual({ x: original.x + 40, y: original.y + 40 });
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(nodes(page)).toHaveCount(NODE_COUNT);
  });

  test('pasting text that is not a design fragment says so and changes nothing', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => navigator.clipboard.writeText('{"not": "a fragment"'));
    await select(page, 'site-paris');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(page.getByText('The clipboard holds no vpn-designer elements.')).toBeVisible();
    await expect(nodes(page)).toHaveCount(NODE_COUNT);
  });

  test('arrow keys move the selected node by the step, Shift by the large step, one undo step per press', async ({ page }) => {
    await select(page, 'gw-hub');
    const start = await position(page, 'gw-hub');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => position(page, 'gw-hub')).toEqual({ x: start.x + NUDGE_STEP, y: start.y });
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => position(page, 'gw-hub')).toEqual({ x: start.x + NUDGE_STEP, y: start.y + NUDGE_STEP_LARGE });
    // Other nodes stay put.
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => position(page, 'gw-hub')).toEqual({ x: start.x + NUDGE_STEP, y: start.y });
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => position(page, 'gw-hub')).toEqual(start);
  });

  test('arrow keys in a text field edit the text, not the design', async ({ page }) => {
    await select(page, 'gw-hub');
    const start = await position(page, 'gw-hub');
    const name = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true });
    await name.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await position(page, 'gw-hub')).toEqual(start);
  });

  /** Whether every node is drawn inside the visible canvas. */
  const allInView = (page: Page) =>
    page.locator('.react-flow').evaluate((flow) => {
      const view = flow.getBoundingClientRect();
      return [...flow.querySelectorAll('.react-flow__node')].every((el) => {
        const r = el.getBoundingClientRect();
        return r.left >= view.left && r.right <= view.right && r.top >= view.top && r.bottom <= view.bottom;
      });
    });

  test('auto-layout moves the nodes in one undo step, then fits them in view', async ({ page }) => {
    const before = await allPositions(page);
    await page.getByRole('button', { name: 'Auto-layout' }).click();
    await expect.poll(() => allPositions(page)).not.toEqual(before);
    const laidOut = await allPositions(page);
    await expect.poll(() => allInView(page)).toBe(true);
    // Sites and the pool come before the gateway, the gateway before its VNet.
    expect((await position(page, 'site-london')).x).toBeLessThan((await position(page, 'gw-hub')).x);
    expect((await position(page, 'gw-hub')).x).toBeLessThan((await position(page, 'vnet-hub')).x);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => allPositions(page)).toEqual(before);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => allPositions(page)).toEqual(laidOut);
  });

  /** The picture size the nodes need: the bounds of their boxes plus the padding, as the page draws them. */
  const expectedSize = (page: Page) =>
    nodes(page).evaluateAll((els, padding) => {
      const boxes = els.map((el) => {
        const m = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec((el as HTMLElement).style.transform)!;
        const x = Number(m[1]);
        const y = Number(m[2]);
        return { x, y, right: x + (el as HTMLElement).offsetWidth, bottom: y + (el as HTMLElement).offsetHeight };
      });
      const width = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.x));
      const height = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.y));
      return { width: Math.ceil(width + 2 * padding), height: Math.ceil(height + 2 * padding) };
    }, IMAGE_PADDING);

  async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return { name: (file as Download).suggestedFilename(), bytes: readFileSync((await file.path())!) };
  }

  test('Export PNG downloads a PNG of the nodes’ bounds plus padding, at twice the resolution', async ({ page }) => {
    const size = await expectedSize(page);
    const { name, bytes } = await download(page, 'Export PNG');
    expect(name).toBe(`${NAME}.png`);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({
      width: size.width * PNG_PIXEL_RATIO,
      height: size.height * PNG_PIXEL_RATIO,
    });
  });

  test('Export SVG downloads an SVG of the nodes’ bounds plus padding, with the design drawn in it', async ({ page }) => {
    const size = await expectedSize(page);
    const { name, bytes } = await download(page, 'Export SVG');
    expect(name).toBe(`${NAME}.svg`);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        text: root.textContent ?? '',
        lines: [...root.querySelectorAll('path.react-flow__edge-path')].map((path) => path.getAttribute('style') ?? ''),
      };
    }, bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect({ width: parsed.width, height: parsed.height }).toEqual(size);
    expect(parsed.text).toContain('vnet-hub-weu');
    expect(parsed.text).toContain('lng-branch-paris');
    // Every line (the gateway in its VNet, two site-to-site, the P2S pool) carries its paint with it.
    expect(parsed.lines).toHaveLength(4);
    for (const style of parsed.lines) expect(style).toMatch(/stroke: rgb\(/);
  });

  test('? opens the keyboard shortcuts, listed from the actions; focus stays in it; Escape closes it and gives focus back', async ({ page }) => {
    await select(page, 'vnet-hub');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const [command, keys] of [
      ['Copy', 'Ctrl+C'],
      ['Paste', 'Ctrl+V'],
      ['Duplicate', 'Ctrl+D'],
      ['Undo', 'Ctrl+Z'],
      ['Delete selected', 'Delete'],
      [`Move selected by ${NUDGE_STEP} px`, '← ↑ → ↓'],
      ['Keyboard shortcuts', '?'],
    ]) {
      await expect(dialog.getByRole('row', { name: `${command} ${keys}` })).toBeVisible();
    }
    const close = dialog.getByRole('button', { name: 'Close' });
    await expect(close).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(close).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(close).toBeFocused();
    // Keys in the dialog stay there: Delete does not delete the selected VNet behind it.
    await page.keyboard.press('Delete');
    await expect(node(page, 'vnet-hub')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(node(page, 'vnet-hub')).toBeFocused();
  });

  test('the toolbar opens the keyboard shortcuts too, and says its key', async ({ page }) => {
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await expect(button).toHaveAttribute('title', 'Keyboard shortcuts (?)');
    await button.click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(button).toBeFocused();
  });
});
