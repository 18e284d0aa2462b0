import type { Page } from '@playwright/test';
import { designFigures } from '../src/core/compute/figures';
import { connectionNatView } from '../src/core/compute/nat-translation';
import { BREAKDOWN_LABELS, type SelectorBreakdown } from '../src/core/compute/traffic-selectors';
import { indexDesign } from '../src/core/model/design-index';
import type { TopologyDocument } from '../src/core/model/types';
import { addressEntries } from '../src/app/figures/address-entries';
import { formatNumber, ofLimit } from '../src/app/figures/bar-scale';
import { edge, examples, expect, loadExample, node, openExample, test } from './fixtures';

const figuresPanel = (page: Page) => page.getByRole('complementary', { name: 'Figures' });
const figure = (page: Page, name: string) => figuresPanel(page).locator(`[data-figure="${name}"]`);

async function showFigures(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Figures' }).click();
  await expect(figuresPanel(page)).toBeVisible();
}

/** Opens a document that is not an example file, through "Open file", as a user would. */
async function openDocument(page: Page, doc: TopologyDocument): Promise<void> {
  await openExample(page, 'hub-two-branches-p2s.json');
  await page.getByLabel('Open design file').setInputFiles({ name: 'figures.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.getByRole('banner').getByRole('heading', { level: 2 })).toHaveText(doc.name);
}

for (const { file, title } of examples.filter((e) => loadExample(e.file).gateways.length > 0)) {
  test(`each gateway of "${title}" shows the traffic selectors, pools and capacity the core computes`, async ({ page }) => {
    const doc = loadExample(file);
    await openExample(page, file);
    await showFigures(page);
    for (const g of designFigures(doc).gateways) {
      await node(page, g.id).click();
      const meter = figure(page, 'selector-meter');
      await expect(meter.locator('[data-value="ikev2-total"]')).toHaveText(formatNumber(g.trafficSelectors.total));
      await expect(meter.locator('[data-value="openvpn-routes"]')).toHaveText(formatNumber(g.trafficSelectors.openVpnRoutes));
      for (const term of Object.keys(BREAKDOWN_LABELS) as (keyof SelectorBreakdown)[]) {
        await expect(meter.locator(`[data-term="${term}"] .fig-num`)).toHaveText(formatNumber(g.trafficSelectors.breakdown[term]));
      }
      for (const v of g.trafficSelectors.verdicts) {
        const verdict = meter.locator(`[data-client="${v.client}"]`);
        await expect(verdict).toContainText(`${formatNumber(v.count)} of ${formatNumber(v.limit)}`);
        await expect(verdict).toContainText(v.exceeded ? 'over the limit' : 'within the limit');
      }
      await expect(meter.getByRole('img').first()).toHaveAttribute('aria-label', new RegExp(`^IKEv2 traffic selectors: ${g.trafficSelectors.total} `));

      const pools = figure(page, 'pool-split');
      await expect(pools).toHaveCount(g.p2sPools.length);
      for (const split of g.p2sPools) {
        const cidrs = split.prefixes.flatMap((p) => p.ranges.map((r) => r.cidr));
        await expect(figuresPanel(page).locator(`[data-p2s="${split.p2sId}"] [data-cidr]`)).toHaveCount(cidrs.length);
        for (const cidr of cidrs) await expect(figuresPanel(page).locator(`[data-p2s="${split.p2sId}"] [data-cidr="${cidr}"]`)).toContainText(cidr);
      }

      const c = g.capacity!;
      const capacity = figure(page, 'capacity');
      await expect(capacity.locator('[data-gauge="Tunnels"]')).toContainText(ofLimit(c.tunnels.used, c.tunnels.max));
      await expect(capacity.locator('[data-gauge="SSTP clients"]')).toContainText(ofLimit(c.p2s.sstp.planned, c.p2s.sstp.max));
      await expect(capacity.locator('[data-gauge="IKEv2 and OpenVPN clients"]')).toContainText(ofLimit(c.p2s.ikev2OpenVpn.planned, c.p2s.ikev2OpenVpn.max));
      await expect(capacity.locator('[data-gauge="Planned bandwidth"]')).toContainText(ofLimit(c.throughput.plannedMbps, c.throughput.maxMbps, 'Mbps'));
    }
  });
}

test('a connection shows its NAT rules and the spaces each end sees after NAT, as the core computes them', async ({ page }) => {
  const file = 'overlapping-branches-nat.json';
  const doc = loadExample(file);
  const index = indexDesign(doc);
  await openExample(page, file);
  await showFigures(page);
  for (const c of index.s2s) {
    const view = connectionNatView(index, c);
    await edge(page, c.id).click();
    const nat = figure(page, 'nat');
    const rows = nat.locator('[data-table="nat-rules"] tbody tr');
    await expect(rows).toHaveCount(view.rows.length);
    for (const r of view.rows) {
      const row = nat.locator(`[data-rule="${r.ruleId}"]`);
      await expect(row).toContainText(r.ruleName);
      await expect(row.locator('td').nth(1)).toHaveText(r.internal);
      await expect(row.locator('td').nth(3)).toHaveText(r.external);
    }
    for (const [side, seen] of [
      ['azure', view.azureSide],
      ['on-prem', view.onPremSide],
    ] as const) {
      const cells = nat.locator(`[data-side="${side}"] tbody tr td:nth-child(3) code`);
      await expect(cells).toHaveText(seen.mappings.map((m) => m.post.join(', ')));
    }
  }
});

test('a policy-based connection lists the selector pairs, and a split pool its SSTP and IKEv2 halves, as the core computes them', async ({ page }) => {
  const base = loadExample('hub-two-branches-p2s.json');
  const doc: TopologyDocument = {
    ...base,
    name: 'Policy-based selectors and a split pool',
    connections: base.connections.map((c) => (c.kind === 's2s' ? { ...c, usePolicyBasedTrafficSelectors: true } : c)),
    p2sConfigurations: base.p2sConfigurations.map((p) => ({ ...p, tunnelTypes: ['SSTP', 'IkeV2'] })),
  };
  const figures = designFigures(doc);
  await openDocument(page, doc);
  await showFigures(page);

  for (const c of figures.connections) {
    const expansion = c.policySelectors!;
    await edge(page, c.id).click();
    const selectors = figure(page, 'policy-selectors');
    await expect(selectors.locator('[data-value="pair-count"]')).toHaveText(formatNumber(expansion.pairCount));
    await expect(selectors.locator('[data-gauge="Traffic-selector policies"]')).toContainText(ofLimit(expansion.policyCount, 100));
    const rows = selectors.locator('[data-table="selector-pairs"] tbody tr');
    await expect(rows).toHaveText(expansion.pairs.map((p) => new RegExp(`${p.onPrem.replace(/\./g, '\\.')}.*${p.azure.replace(/\./g, '\\.')}`)));
  }

  const pool = doc.p2sConfigurations[0]!;
  const split = figures.gateways.flatMap((g) => g.p2sPools).find((s) => s.p2sId === pool.id)!;
  expect(split.split).toBe(true);
  await node(page, pool.id).click();
  const bar = figure(page, 'pool-split');
  for (const p of split.prefixes) {
    await expect(bar.locator(`[data-cidr="${p.sstp!.cidr}"]`)).toContainText('SSTP');
    await expect(bar.locator(`[data-cidr="${p.ikev2!.cidr}"]`)).toContainText('IKEv2');
  }
  for (const share of split.shares) {
    await expect(bar.locator(`[data-share="${share.protocols.join('+')}"]`)).toContainText(`the range holds ${formatNumber(share.usableClients)}`);
  }
});

test('the address map draws every prefix with its overlaps, and a click on a segment selects and shows its element', async ({ page }) => {
  const file = 'overlapping-branches-nat.json';
  const entries = addressEntries(loadExample(file));
  await openExample(page, file);
  await showFigures(page);
  const map = figure(page, 'address-map');
  await expect(map.locator('.fig-seg')).toHaveCount(entries.length);
  const count = (o: string) => entries.filter((e) => e.overlap === o).length;
  await expect(map.locator('[data-value="map-summary"]')).toContainText(`${count('after-nat')} overlap after NAT, ${count('before-nat')} only`);
  for (const e of entries) await expect(map.locator(`.fig-seg[data-owner="${e.ownerId}"][data-prefix="${e.prefix.text}"]`)).toHaveClass(new RegExp(`overlap-${e.overlap}`));

  const site = entries.find((e) => e.ownerKind === 'site')!;
  await map.locator(`.fig-seg[data-owner="${site.ownerId}"]`).click();
  await expect(node(page, site.ownerId)).toHaveClass(/\bselected\b/);
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { level: 2 })).toHaveText('Local network gateway');
  await expect(map.locator(`.fig-seg[data-owner="${site.ownerId}"]`)).toHaveClass(/\bselected\b/);

  // The table is the keyboard's way in: its buttons select the same elements.
  const nat = entries.find((e) => e.ownerKind === 'nat')!;
  await map.getByText('Table of prefixes').click();
  await map.getByRole('button', { name: `Show NAT external mapping ${nat.ownerName}` }).click();
  const gateway = loadExample(file).gateways.find((g) => g.natRules.some((r) => r.id === nat.ownerId))!;
  await expect(node(page, gateway.id)).toHaveClass(/\bselected\b/);
});

test('with the tab open, the address map follows an edit of the selected VNet and its selection', async ({ page }) => {
  const file = 'overlapping-branches-nat.json';
  const vnet = loadExample(file).vnets[0]!;
  const edited = '10.250.0.0/24';
  await openExample(page, file);
  await showFigures(page);
  await node(page, vnet.id).click();
  const map = figure(page, 'address-map');
  const segment = (prefix: string) => map.locator(`.fig-seg[data-owner="${vnet.id}"][data-prefix="${prefix}"]`);
  await expect(segment(vnet.addressSpace[0]!)).toHaveClass(/\bselected\b/);
  const field = page.getByLabel('Address space entry 1', { exact: true });
  await field.fill(edited);
  await field.press('Enter');
  await expect(segment(edited)).toHaveClass(/\bselected\b/);
  await expect(segment(vnet.addressSpace[0]!)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(segment(vnet.addressSpace[0]!)).toHaveClass(/\bselected\b/);
  await expect(segment(edited)).toHaveCount(0);
});

test('the side tabs switch with the arrow keys and keep the diagnostics filter', async ({ page }) => {
  await openExample(page, 'broken-design.json');
  const diagnosticsTab = page.getByRole('tab', { name: 'Diagnostics' });
  await expect(diagnosticsTab).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('Filter diagnostics').fill('sku');
  await diagnosticsTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Figures' })).toBeFocused();
  await expect(figuresPanel(page)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Diagnostics' })).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await expect(diagnosticsTab).toBeFocused();
  await expect(page.getByLabel('Filter diagnostics')).toHaveValue('sku');
});
