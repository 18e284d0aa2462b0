import { diagnosticItems, edge, expect, node, openExample, test } from './fixtures';
import type { Page } from '@playwright/test';

const HUB = 'hub-two-branches-p2s.json';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const findings = (page: Page, ruleId: string) => diagnosticItems(page).filter({ has: page.locator('.rule-id', { hasText: ruleId }) });

test("editing a site's prefix is one undo step, and its diagnostics follow", async ({ page }) => {
  await openExample(page, HUB);
  await node(page, 'site-paris').click();
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Local network gateway');
  const first = panel.getByLabel('Address prefixes entry 1', { exact: true });
  await expect(first).toHaveValue('192.168.20.0/24');

  const overlap = findings(page, 'address/overlap').filter({ hasText: 'lng-branch-paris' });
  await expect(overlap).toHaveCount(0);
  await first.fill('10.10.5.0/24');
  await first.press('Enter');
  await expect(overlap).toHaveCount(1);

  await first.fill('192.168.20.0/24');
  await first.press('Enter');
  await expect(overlap).toHaveCount(0);

  // Undo and redo act on the document once the field is left.
  await first.blur();
  await page.keyboard.press('Control+Z');
  await expect(overlap).toHaveCount(1);
  await expect(first).toHaveValue('10.10.5.0/24');
  await page.keyboard.press('Control+Shift+Z');
  await expect(overlap).toHaveCount(0);
  await expect(first).toHaveValue('192.168.20.0/24');
});

test('a prefix with host bits is flagged where typed, with the normalized prefix to apply', async ({ page }) => {
  await openExample(page, HUB);
  await node(page, 'site-paris').click();
  const panel = inspector(page);
  const first = panel.getByLabel('Address prefixes entry 1', { exact: true });
  await first.fill('10.10.5.1/24');
  await first.press('Enter');
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.locator('.suggestion')).toHaveText('10.10.5.0/24');
  await expect(findings(page, 'address/invalid-cidr')).toHaveCount(1);

  await panel.getByRole('button', { name: 'Use 10.10.5.0/24' }).click();
  await expect(first).toHaveValue('10.10.5.0/24');
  await expect(first).not.toHaveAttribute('aria-invalid', 'true');
  await expect(findings(page, 'address/invalid-cidr')).toHaveCount(0);
});

test('an ASN beyond 32 bits is flagged and not saved', async ({ page }) => {
  await openExample(page, HUB);
  await node(page, 'site-paris').click();
  const panel = inspector(page);
  await panel.getByLabel('BGP', { exact: true }).check();
  const asn = panel.getByLabel('BGP ASN', { exact: true });
  await expect(asn).toHaveValue('65010');
  await asn.fill('70000000000');
  await asn.press('Enter');
  await expect(asn).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('alert')).toContainText('4294967295');
  await expect(asn).toHaveValue('70000000000');

  await asn.fill('65020');
  await asn.press('Enter');
  await expect(asn).not.toHaveAttribute('aria-invalid', 'true');
});

test('Generate makes a 32-character pre-shared key that Azure accepts', async ({ page }) => {
  await openExample(page, HUB);
  await edge(page, 'cn-paris').click();
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Connection');
  const key = panel.getByLabel('Pre-shared key', { exact: true });
  await expect(key).toHaveAttribute('type', 'password');
  await expect(key).toHaveValue('Pr4wZ8kL2mQ9vT6xYb1C');

  await panel.getByRole('button', { name: 'Generate key' }).click();
  await expect(key).not.toHaveValue('Pr4wZ8kL2mQ9vT6xYb1C');
  const generated = await key.inputValue();
  expect(generated).toHaveLength(32);
  expect(generated).toMatch(/^[\x21-\x7e]{32}$/);
  expect(generated).not.toMatch(/[-~ ]/);
  await panel.getByLabel('Show key').check();
  await expect(key).toHaveAttribute('type', 'text');
  await expect(findings(page, 'connection/psk-charset')).toHaveCount(0);
});

test('the SKU picker offers only the SKUs of the chosen generation', async ({ page }) => {
  await openExample(page, HUB);
  await node(page, 'gw-hub').click();
  const panel = inspector(page);
  const sku = panel.getByLabel('SKU', { exact: true });
  await expect(sku).toHaveValue('VpnGw2AZ');
  await expect(sku.locator('option[value="VpnGw5AZ"]')).toHaveCount(1);
  await expect(sku.locator('option[value="VpnGw1AZ"]')).toHaveCount(0);

  await panel.getByLabel('Generation').selectOption('Generation1');
  await expect(sku.locator('option[value="VpnGw1AZ"]')).toHaveCount(1);
  await expect(sku.locator('option[value="VpnGw5AZ"]')).toHaveCount(0);
  await expect(sku).toHaveValue('VpnGw2AZ');

  // One step per edit: Undo returns to Generation2.
  await panel.getByLabel('Generation').blur();
  await page.keyboard.press('Control+Z');
  await expect(panel.getByLabel('Generation')).toHaveValue('Generation2');
});
