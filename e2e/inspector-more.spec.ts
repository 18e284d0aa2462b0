import { diagnosticItems, edge, expect, node, openExample, test } from './fixtures';
import type { Page } from '@playwright/test';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const findings = (page: Page, ruleId: string) => diagnosticItems(page).filter({ has: page.locator('.rule-id', { hasText: ruleId }) });

test('editing a NAT rule in the table changes the NAT diagnostics, live while typing, as one undo step', async ({ page }) => {
  await openExample(page, 'overlapping-branches-nat.json');
  await node(page, 'gw-hub').click();
  const panel = inspector(page);
  const table = panel.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + 2 * 2);

  const dynamicSize = findings(page, 'nat/dynamic-size');
  await expect(dynamicSize).toHaveCount(0);
  await table.getByLabel('ingress-store-b type').selectOption('Dynamic');
  await expect(dynamicSize).toHaveCount(1);
  await expect(dynamicSize).toContainText('ingress-store-b');
  await table.getByLabel('ingress-store-b type').selectOption('Static');
  await expect(dynamicSize).toHaveCount(0);

  // The external mapping, typed: the overlap after NAT shows before the field is left.
  await table.locator('summary', { hasText: 'Mappings and links of ingress-store-b' }).click();
  const external = table.getByLabel('ingress-store-b External mappings entry 1', { exact: true });
  await expect(external).toHaveValue('100.64.2.0/24');
  const overlap = findings(page, 'address/overlap').filter({ hasText: 'after IngressSNAT' });
  await expect(overlap).toHaveCount(0);
  await external.fill('100.64.1.0/24');
  await expect(overlap).toHaveCount(1);
  await expect(external).toBeFocused();
  await external.press('Enter');
  await external.blur();

  // One undo step for the whole typing, then the type changes before it.
  await page.keyboard.press('Control+Z');
  await expect(overlap).toHaveCount(0);
  await expect(external).toHaveValue('100.64.2.0/24');
  await page.keyboard.press('Control+Z');
  await expect(table.getByLabel('ingress-store-b type')).toHaveValue('Dynamic');
});

test('NAT links are edited from the rules table and from the connection', async ({ page }) => {
  await openExample(page, 'overlapping-branches-nat.json');
  await node(page, 'gw-hub').click();
  const table = inspector(page).getByRole('table');
  await table.locator('summary', { hasText: 'Mappings and links of ingress-store-a' }).click();
  const link = table.getByLabel('ingress-store-a on cn-hub-to-store-a');
  await expect(link).toBeChecked();
  await link.uncheck();
  await expect(link).not.toBeChecked();

  // Store B is still translated: no overlap until its link goes too, from the connection's side.
  const overlap = findings(page, 'address/overlap').filter({ hasText: 'lng-store-a' });
  await expect(overlap).toHaveCount(0);
  await edge(page, 'cn-store-b').click();
  const fromConnection = inspector(page).getByLabel('ingress-store-b (ingress)');
  await expect(fromConnection).toBeChecked();
  await fromConnection.uncheck();
  await expect(overlap).toHaveCount(1);

  await edge(page, 'cn-store-a').click();
  await expect(inspector(page).getByLabel('ingress-store-a (ingress)')).not.toBeChecked();
  await inspector(page).getByLabel('ingress-store-a (ingress)').check();
  await expect(overlap).toHaveCount(0);
});

test('a custom APIPA address outside Azure’s range is flagged where typed; text that is no address is not saved', async ({ page }) => {
  await openExample(page, 'active-active-bgp-apipa.json');
  await node(page, 'gw-core').click();
  const panel = inspector(page);
  const address = panel.getByLabel('Custom APIPA addresses (default) entry 1', { exact: true });
  await expect(address).toHaveValue('169.254.21.1');

  await address.fill('169.254.10.1');
  await address.press('Enter');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription(/outside 169\.254\.21\.0–169\.254\.22\.255/);
  await expect(panel.locator('.suggestion')).toHaveText('169.254.21.1');
  await expect(findings(page, 'bgp/apipa').filter({ hasText: '169.254.10.1' })).toHaveCount(1);

  await panel.getByRole('button', { name: 'Use 169.254.21.1' }).click();
  await expect(address).toHaveValue('169.254.21.1');
  await expect(address).not.toHaveAttribute('aria-invalid', 'true');
  await expect(findings(page, 'bgp/apipa').filter({ hasText: '169.254.10.1' })).toHaveCount(0);

  await address.fill('not-an-address');
  await address.press('Enter');
  await expect(panel.getByRole('alert')).toContainText('is not an IPv4 address');
  await expect(findings(page, 'bgp/apipa')).toHaveCount(0);
  await address.press('Escape');
  await expect(address).toHaveValue('169.254.21.1');
});

test('Fix applies a finding’s autofix as one undo step; undo brings the finding back, redo removes it', async ({ page }) => {
  await openExample(page, 'broken-design.json');
  const dpd = findings(page, 'connection/dpd-range');
  await expect(dpd).toHaveCount(1);
  await dpd.getByRole('button', { name: 'Fix: Set the DPD timeout to 45 s' }).click();
  await expect(dpd).toHaveCount(0);

  await page.keyboard.press('Control+Z');
  await expect(dpd).toHaveCount(1);
  await page.keyboard.press('Control+Shift+Z');
  await expect(dpd).toHaveCount(0);
});

test('a finding explains its rule: source, why and how to fix', async ({ page }) => {
  await openExample(page, 'broken-design.json');
  const finding = findings(page, 'p2s/protocol-combination');
  const explain = finding.locator('details');
  await expect(explain).not.toHaveAttribute('open');
  await finding.getByText('Explain').click();
  await expect(explain).toHaveAttribute('open');
  await expect(explain).toContainText('Source.');
  await expect(explain).toContainText('facts §5');
  await expect(explain).toContainText('Why.');
  await expect(explain).toContainText('Fix.');
});

test('a peering shows the flags of both of its resources, each edited as one undo step', async ({ page }) => {
  await openExample(page, 'peered-spokes-gateway-transit.json');
  await edge(page, 'peer-app').focus();
  await page.keyboard.press('Enter');
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Peering');
  const transit = panel.getByRole('group', { name: 'In vnet-hub-sea (to vnet-spoke-app-sea)' }).getByLabel('Allow gateway transit');
  const remoteGateways = panel.getByRole('group', { name: 'In vnet-spoke-app-sea (to vnet-hub-sea)' }).getByLabel('Use remote gateways');
  await expect(transit).toBeChecked();
  await expect(remoteGateways).toBeChecked();
  await expect(panel.getByLabel('vnet-spoke-app-sea: Allow gateway transit')).not.toBeChecked();

  await transit.uncheck();
  await expect(transit).not.toBeChecked();
  await page.keyboard.press('Control+Z');
  await expect(transit).toBeChecked();
});

test('a gateway moves to another VNet from its inspector, as one undo step', async ({ page }) => {
  await openExample(page, 'peered-spokes-gateway-transit.json');
  await node(page, 'gw-hub').click();
  const vnet = inspector(page).getByLabel('VNet', { exact: true });
  await expect(vnet).toHaveValue('vnet-hub');
  await vnet.selectOption('vnet-spoke-app');
  // The member line now runs to the spoke, which has no GatewaySubnet: Azure would refuse it.
  await expect(edge(page, 'member:gw-hub')).toHaveAttribute('aria-label', /in VNet vnet-spoke-app-sea$/);
  await expect(findings(page, 'gateway-subnet/missing')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(findings(page, 'gateway-subnet/missing')).toHaveCount(0);
  await node(page, 'gw-hub').click();
  await expect(inspector(page).getByLabel('VNet', { exact: true })).toHaveValue('vnet-hub');
});
