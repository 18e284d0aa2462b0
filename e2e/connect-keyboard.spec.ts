import type { Locator, Page } from '@playwright/test';
import { edge, expect, node, openExample, test } from './fixtures';
import { saved } from './persistence-helpers';

/** Two gateways in one VNet (vgw-legacy, vgw-basic), a third elsewhere, and one site connected to vgw-legacy. */
const BROKEN = 'broken-design.json';
const NEW_CONNECTION = 'cn-vgw-basic-lng-hq';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const connections = async (page: Page) => ((await saved(page)) as unknown as { connections: { id: string; kind: string; gatewayId: string; siteId?: string }[] }).connections;

/** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Moves a focused select's choice with the arrow keys until it holds `value`. */
async function arrowTo(page: Page, select: Locator, value: string): Promise<void> {
  for (let i = 0; i < 20 && (await select.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(value);
}

test('connects a gateway to a site from the keyboard, as one undo step, and keeps refused pairs disabled with their reason', async ({ page }) => {
  await openExample(page, BROKEN);
  const before = await connections(page);
  await node(page, 'gw-basic').click();
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('VPN gateway');

  const connectTo = panel.getByRole('combobox', { name: 'Connect to' });
  // The choices are worked out when the control is first used, not on every selection.
  await expect(connectTo.locator('option')).toHaveText(['Choose an element…']);
  await tabTo(page, connectTo);
  await expect(connectTo.locator('option', { hasText: 'Site-to-site connection to lng-hq' })).toBeEnabled();
  await expect(connectTo.locator('option', { hasText: 'VNet-to-VNet connections with vgw-small (both directions)' })).toBeEnabled();
  // A gateway of the same VNet is listed, but cannot be chosen, and says why.
  const refused = connectTo.locator('option', { hasText: 'vgw-legacy: not possible.' });
  await expect(refused).toBeDisabled();
  await expect(refused).toHaveText('vgw-legacy: not possible. vgw-basic and vgw-legacy are in the same VNet: VNet-to-VNet links two VNets.');

  await arrowTo(page, connectTo, 'site-hq');
  await page.keyboard.press('Enter');

  // The new connection is selected: its line on the canvas and its inspector, which takes the focus.
  await expect(edge(page, NEW_CONNECTION)).toHaveClass(/\bselected\b/);
  const heading = panel.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Connection');
  await expect(heading).toBeFocused();
  await expect(panel.getByLabel('Name', { exact: true })).toHaveValue(NEW_CONNECTION);
  await expect(page.getByRole('status').filter({ hasText: 'Done: Site-to-site connection to lng-hq.' })).toHaveCount(1);
  await expect.poll(async () => (await connections(page)).length).toBe(before.length + 1);
  expect((await connections(page)).at(-1)).toMatchObject({ id: NEW_CONNECTION, kind: 's2s', gatewayId: 'gw-basic', siteId: 'site-hq' });

  // One Ctrl+Z takes it all back.
  await page.keyboard.press('Control+Z');
  await expect(edge(page, NEW_CONNECTION)).toHaveCount(0);
  await expect.poll(async () => (await connections(page)).map((c) => c.id)).toEqual(before.map((c) => c.id));
});

test('a site offers only gateways it is not connected to; Connect works from its button too', async ({ page }) => {
  await openExample(page, BROKEN);
  await node(page, 'site-hq').click();
  const panel = inspector(page);
  const connectTo = panel.getByRole('combobox', { name: 'Connect to' });
  await tabTo(page, connectTo);
  await expect(connectTo.locator('option:not([disabled])')).toHaveText(['Choose an element…', 'Site-to-site connection to vgw-basic', 'Site-to-site connection to vgw-small']);
  await expect(connectTo.locator('option', { hasText: 'vgw-legacy: not possible.' })).toHaveText('vgw-legacy: not possible. vgw-legacy already has a connection to lng-hq.');

  const button = panel.getByRole('button', { name: 'Connect', exact: true });
  await expect(button).toBeDisabled();
  await arrowTo(page, connectTo, 'gw-small');
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Space');
  await expect(edge(page, 'cn-vgw-small-lng-hq')).toHaveClass(/\bselected\b/);
});
