import type { Locator, Page } from '@playwright/test';
import { drawLine, expect, node, nodes, test } from './fixtures';
import { designName, saved } from './persistence-helpers';

const canvasPane = (page: Page) => page.locator('.react-flow__pane');
const paletteItem = (page: Page, label: string) => page.getByRole('button', { name: `Add ${label}` });

/** Drags a palette item onto the canvas (or a node) at a point relative to the target's top-left corner. */
async function dropItem(page: Page, label: string, target: Locator, position: { x: number; y: number }): Promise<void> {
  await paletteItem(page, label).dragTo(target, { targetPosition: position });
}

type SavedDesign = {
  name: string;
  vnets: { id: string; subnets: { name: string; addressPrefix: string }[] }[];
  gateways: { id: string; vnetId: string }[];
  sites: { id: string }[];
  p2sConfigurations: { id: string; gatewayId: string }[];
  connections: { kind: string; gatewayId?: string; siteId?: string }[];
};
const savedDesign = async (page: Page) => (await saved(page)) as unknown as SavedDesign | null;

// Zoom to fit then lands at once, so nodes are measured where they end up.
test.use({ reducedMotion: 'reduce' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Add VNet' })).toBeVisible();
});

test('drags each palette item onto the canvas; a gateway on a VNet takes the /27 offer; a line makes a connection', async ({ page }) => {
  const pane = canvasPane(page);
  await dropItem(page, 'VNet', pane, { x: 350, y: 150 });
  await expect(node(page, 'vnet-1')).toContainText('10.0.0.0/16');
  await expect(node(page, 'vnet-1')).toHaveClass(/\bselected\b/);

  // Nodes may have been placed out of view: bring them all in before dropping onto one.
  const zoomToFit = () => page.getByRole('button', { name: 'Zoom to fit' }).click();
  await zoomToFit();
  // A gateway dropped on the VNet goes in it, and the VNet is offered a GatewaySubnet.
  await dropItem(page, 'VPN gateway', node(page, 'vnet-1'), { x: 60, y: 30 });
  await expect(node(page, 'vgw-1')).toContainText('VpnGw2AZ');
  const offer = page.getByRole('dialog', { name: 'Add a GatewaySubnet?' });
  await expect(offer).toContainText('Add 10.0.0.0/27 (/27)?');
  await offer.getByRole('button', { name: 'Add GatewaySubnet 10.0.0.0/27' }).click();
  await expect(offer).toHaveCount(0);
  await expect(node(page, 'vnet-1')).toContainText('incl. GatewaySubnet');

  await dropItem(page, 'On-prem site', pane, { x: 200, y: 420 });
  await expect(node(page, 'site-1')).toContainText('192.168.0.0/24');

  // A pool dropped on the gateway goes on it.
  await zoomToFit();
  await dropItem(page, 'P2S pool', node(page, 'vgw-1'), { x: 60, y: 30 });
  await expect(node(page, 'p2s-1')).toContainText('172.16.0.0/24');
  await expect(nodes(page)).toHaveCount(4);

  await zoomToFit();
  await drawLine(page, 'vgw-1', 'site-1');
  await expect(page.locator('.react-flow__edge[data-id="cn-vgw-1-site-1"]')).toHaveCount(1);
  await expect
    .poll(async () => (await savedDesign(page))?.connections)
    .toEqual([expect.objectContaining({ kind: 's2s', gatewayId: 'vgw-1', siteId: 'site-1' })]);
  const doc = (await savedDesign(page))!;
  expect(doc.vnets[0]!.subnets).toEqual([expect.objectContaining({ name: 'GatewaySubnet', addressPrefix: '10.0.0.0/27' })]);
  expect(doc.gateways).toEqual([expect.objectContaining({ id: 'vgw-1', vnetId: 'vnet-1' })]);
  expect(doc.p2sConfigurations).toEqual([expect.objectContaining({ id: 'p2s-1', gatewayId: 'vgw-1' })]);

  // Undo takes back the last creation only: the connection.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.react-flow__edge[data-id="cn-vgw-1-site-1"]')).toHaveCount(0);
  await expect(nodes(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, 'p2s-1')).toHaveCount(0);
});

test('a line between two sites is refused with the reason at the pointer and for screen readers', async ({ page }) => {
  await paletteItem(page, 'On-prem site').click();
  await paletteItem(page, 'On-prem site').press('Enter');
  await expect(nodes(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await drawLine(page, 'site-1', 'site-2');
  const reason = 'Two on-premises sites do not connect through Azure: connect each to a VPN gateway.';
  await expect(page.locator('.canvas-bubble')).toHaveText(reason);
  await expect(page.getByRole('status').filter({ hasText: reason })).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(page.locator('.canvas-bubble')).toHaveCount(0, { timeout: 8000 });
});

test('a gateway pressed in the palette asks which VNet; "New VNet" creates both as one undo step', async ({ page }) => {
  await paletteItem(page, 'VPN gateway').click();
  const ask = page.getByRole('dialog', { name: 'Which VNet does the new gateway go in?' });
  await ask.getByRole('button', { name: 'New VNet' }).click();
  await expect(nodes(page)).toHaveCount(2);
  await page.getByRole('dialog', { name: 'Add a GatewaySubnet?' }).getByRole('button', { name: 'Not now' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nodes(page)).toHaveCount(0);
});

test('renames the design: Enter keeps, Escape cancels, empty shows "Untitled design", Undo restores', async ({ page }) => {
  const title = designName(page);
  await page.getByRole('button', { name: 'Rename design' }).click();
  const input = page.getByRole('textbox', { name: 'Design name' });
  await input.fill('Contoso hub and branches');
  await input.press('Enter');
  await expect(title).toHaveText('Contoso hub and branches');
  await expect.poll(async () => (await savedDesign(page))?.name).toBe('Contoso hub and branches');

  await title.click();
  await input.fill('Discarded');
  await input.press('Escape');
  await expect(title).toHaveText('Contoso hub and branches');

  await title.click();
  await input.fill('   ');
  await input.blur();
  await expect(title).toHaveText('Untitled design');
  await expect.poll(async () => (await savedDesign(page))?.name).toBe('');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveText('Contoso hub and branches');
});
