import { diagnosticItems, edge, expect, expectedDiagnostics, loadExample, node, nodes, openExample, panel, test } from './fixtures';

const BROKEN = 'broken-design.json';

test('clicking a diagnostic selects the element it is about', async ({ page }) => {
  await openExample(page, BROKEN);
  await diagnosticItems(page).filter({ has: page.locator('.rule-id', { hasText: 'bgp/requires' }) }).locator('.diag-button').click();
  await expect(node(page, 'gw-basic')).toHaveClass(/\bselected\b/);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);

  // A finding about a connection selects its line.
  await diagnosticItems(page).filter({ has: page.locator('.rule-id', { hasText: 'connection/dpd-range' }) }).locator('.diag-button').click();
  await expect(edge(page, 'cn-hq')).toHaveClass(/\bselected\b/);
  await expect(node(page, 'gw-basic')).not.toHaveClass(/\bselected\b/);

  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__edge.selected, .react-flow__node.selected')).toHaveCount(0);
});

test('dragging a node moves it, and Undo puts it back', async ({ page }) => {
  await openExample(page, BROKEN);
  const site = node(page, 'site-hq');
  const before = (await site.boundingBox())!;
  await page.mouse.move(before.x + 40, before.y + 20);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(before.x + 40 + i * 6, before.y + 20 + i * 12);
  await page.mouse.up();
  const after = (await site.boundingBox())!;
  expect(after.y - before.y).toBeGreaterThan(100);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await site.boundingBox())!.y).toBeCloseTo(before.y, 0);
  expect((await site.boundingBox())!.x).toBeCloseTo(before.x, 0);

  // The whole drag was one step: redo brings back the end position, and nothing remains to redo.
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(async () => (await site.boundingBox())!.y).toBeCloseTo(after.y, 0);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
});

test('an element deleted in the middle of its drag stays deleted, and leaves no position behind', async ({ page }) => {
  await openExample(page, BROKEN);
  const site = node(page, 'site-hq');
  const box = (await site.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 20);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + 40 + i * 8, box.y + 20 + i * 8);
  await page.keyboard.press('Delete');
  await page.mouse.move(box.x + 100, box.y + 80);
  await page.mouse.up();
  await expect(site).toHaveCount(0);
  await expect
    .poll(async () => page.evaluate(() => localStorage.getItem('vpn-designer:design') ?? ''))
    .not.toContain('"site-hq"');
  // One step: Undo brings the site back where it was before the drag.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await site.boundingBox())?.y).toBeCloseTo(box.y, 0);
});

test("deleting a site removes its connection's diagnostics, and Undo brings them back", async ({ page }) => {
  await openExample(page, BROKEN);
  const all = expectedDiagnostics(loadExample(BROKEN));
  const aboutConnection = all.filter((d) => d.elementIds.includes('cn-hq') || d.elementIds.includes('site-hq'));
  expect(aboutConnection.length).toBeGreaterThan(0);
  const dpd = diagnosticItems(page).filter({ has: page.locator('.rule-id', { hasText: 'connection/dpd-range' }) });
  await expect(dpd).toHaveCount(1);

  await node(page, 'site-hq').click();
  await expect(node(page, 'site-hq')).toHaveClass(/\bselected\b/);
  await page.keyboard.press('Delete');

  await expect(node(page, 'site-hq')).toHaveCount(0);
  await expect(edge(page, 'cn-hq')).toHaveCount(0);
  await expect(dpd).toHaveCount(0);
  await expect(diagnosticItems(page).filter({ hasText: 'cn-legacy-to-hq' })).toHaveCount(0);
  await expect(diagnosticItems(page).filter({ hasText: 'lng-hq' })).toHaveCount(0);

  await page.keyboard.press('Control+Z');
  await expect(node(page, 'site-hq')).toHaveCount(1);
  await expect(dpd).toHaveCount(1);
  await expect(diagnosticItems(page)).toHaveCount(all.length);
});

test('deleting a gateway also removes its P2S pool and connections; Ctrl+Y redoes it', async ({ page }) => {
  await openExample(page, BROKEN);
  await node(page, 'gw-legacy').click();
  await page.keyboard.press('Backspace');
  await expect(node(page, 'gw-legacy')).toHaveCount(0);
  await expect(node(page, 'p2s-legacy')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2); // the two remaining gateways in their VNets
  await page.keyboard.press('Control+Z');
  await expect(nodes(page)).toHaveCount(7);
  await page.keyboard.press('Control+Y');
  await expect(nodes(page)).toHaveCount(5);
});

test('the filter narrows the diagnostics and typing in it does not delete the selection', async ({ page }) => {
  await openExample(page, BROKEN);
  await node(page, 'site-hq').click();
  const filter = panel(page).getByRole('searchbox', { name: 'Filter diagnostics' });
  await filter.fill('maintenance');
  await filter.press('Backspace');
  await expect(node(page, 'site-hq')).toHaveCount(1);
  await filter.fill('maintenance/window');
  await expect(diagnosticItems(page)).toHaveCount(4);
  await expect(diagnosticItems(page).locator('.rule-id')).toHaveText(Array(4).fill('maintenance/window'));
});

test('New design starts empty and Undo returns to the opened example', async ({ page }) => {
  await openExample(page, BROKEN);
  await page.getByRole('button', { name: 'New design' }).click();
  await expect(nodes(page)).toHaveCount(0);
  await expect(diagnosticItems(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nodes(page)).toHaveCount(7);
});
