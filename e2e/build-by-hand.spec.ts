import type { Locator, Page } from '@playwright/test';
import type { TopologyDocument } from '../src/core/model/types';
import { loadDocument } from '../src/core/model/load';
import { drawLine, expect, loadExample, node, nodes, test } from './fixtures';
import { saved } from './persistence-helpers';

// Issue #3's acceptance test: the "Hub with two branches and P2S" example, built from an empty canvas by
// dragging and typing only, saves as the example file (ids and positions aside).
const EXAMPLE = 'hub-two-branches-p2s.json';

/** Fields whose strings are element ids: the normalizer writes the element's name instead. */
const ID_KEYS = new Set(['id', 'vnetId', 'remoteVnetId', 'gatewayId', 'remoteGatewayId', 'siteId', 'usersAtSiteIds', 'ingressNatRuleIds', 'egressNatRuleIds']);

/** The document without layout, every id (and every reference to one) replaced by its element's name. */
function normalized(doc: TopologyDocument): unknown {
  const names = new Map<string, string>();
  for (const list of [doc.vnets, doc.gateways, doc.sites, doc.p2sConfigurations, doc.connections]) for (const e of list) names.set(e.id, `<${e.name}>`);
  for (const g of doc.gateways) for (const r of g.natRules) names.set(r.id, `<${r.name}>`);
  const nameOf = (id: string) => names.get(id) ?? `<unknown id ${id}>`;
  const walk = (value: unknown, key?: string): unknown => {
    if (key && ID_KEYS.has(key)) return Array.isArray(value) ? value.map((v: string) => nameOf(v)) : nameOf(value as string);
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  const { layout: _layout, ...rest } = doc;
  return walk(rest);
}

/** The autosaved document, read as the app reads a file (so defaults compare equal to omitted fields). */
async function savedDocument(page: Page): Promise<unknown> {
  const loaded = loadDocument(await saved(page));
  return loaded.ok ? normalized(loaded.doc) : loaded.error.message;
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const pane = (page: Page) => page.locator('.react-flow__pane');

/** Drags a palette item onto a target (the canvas or a node) at a point relative to its top-left corner. */
async function dragPaletteItem(page: Page, label: string, target: Locator, at: { x: number; y: number }): Promise<void> {
  await page.getByRole('button', { name: `Add ${label}` }).dragTo(target, { targetPosition: at });
}

/** Draws a line from one node's port to another node, as a user does with the mouse; the new connection is then selected. */
async function connect(page: Page, fromId: string, toId: string): Promise<void> {
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await drawLine(page, fromId, toId);
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Connection');
}

/** Waits until the inspector shows element `id` (a dropped element is selected at once). */
async function expectInspecting(page: Page, id: string, title: string): Promise<void> {
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(inspector(page).locator('.panel-summary')).toHaveText(id);
}

/** Types into an inspector field and presses Enter, as one edit. */
async function fillField(page: Page, label: string, value: string): Promise<void> {
  const field = inspector(page).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
  await expect(field).toHaveValue(value);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
}

async function chooseOption(page: Page, label: string, value: string): Promise<void> {
  const field = inspector(page).getByLabel(label, { exact: true });
  await field.selectOption(value);
  await expect(field).toHaveValue(value);
}

async function setChecked(page: Page, label: string, checked: boolean): Promise<void> {
  const box = inspector(page).getByLabel(label, { exact: true });
  await box.setChecked(checked);
  await expect(box).toBeChecked({ checked });
}

type Tunnel = Extract<TopologyDocument['connections'][number], { kind: 's2s' }>;

/** Fills the selected site-to-site connection's inspector with an example connection's values. */
async function fillConnection(page: Page, c: Tunnel): Promise<void> {
  await fillField(page, 'Name', c.name);
  await fillField(page, 'Pre-shared key', c.sharedKey);
  await chooseOption(page, 'Protocol', c.protocol);
  await fillField(page, 'DPD timeout (seconds)', String(c.dpdTimeoutSeconds));
  await fillField(page, 'Planned bandwidth (Mbps)', String(c.plannedBandwidthMbps));
  await setChecked(page, 'Custom IPsec/IKE policy', true);
  const p = c.ipsecPolicy!;
  await chooseOption(page, 'IKE encryption', p.ikeEncryption!);
  await chooseOption(page, 'IKE integrity', p.ikeIntegrity!);
  await chooseOption(page, 'DH group', p.dhGroup!);
  await chooseOption(page, 'IPsec encryption', p.ipsecEncryption!);
  await chooseOption(page, 'IPsec integrity', p.ipsecIntegrity!);
  await chooseOption(page, 'PFS group', p.pfsGroup!);
  await fillField(page, 'SA lifetime (seconds)', String(p.saLifeTimeSeconds));
  await fillField(page, 'SA data size (kilobytes)', String(p.saDataSizeKilobytes));
}

// Zoom to fit then lands at once, so nodes are measured where they end up.
test.use({ reducedMotion: 'reduce' });

test('the hub example built by hand saves as the example file, ids and positions aside', async ({ page }) => {
  // About two hundred user actions: more than the default budget on a loaded CI machine.
  test.slow();
  const example = loadExample(EXAMPLE);
  const [vnet] = example.vnets;
  const [gateway] = example.gateways;
  const [london, paris] = example.sites;
  const [pool] = example.p2sConfigurations;
  const [toLondon, toParis] = example.connections as Tunnel[];

  await page.goto('/');
  await page.getByRole('button', { name: 'New design' }).click();
  await expect(nodes(page)).toHaveCount(0);

  // The design itself: nothing is selected, and its properties are opened from the header.
  await page.getByRole('button', { name: 'Design properties' }).click();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Design');
  await fillField(page, 'Name', example.name);
  await fillField(page, 'Resource group', example.deployment.resourceGroup);
  await fillField(page, 'Location', example.deployment.location);

  // The hub VNet, its address space and subnets before the gateway (so no GatewaySubnet is offered).
  await dragPaletteItem(page, 'VNet', pane(page), { x: 400, y: 120 });
  await expectInspecting(page, 'vnet-1', 'Virtual network');
  await fillField(page, 'Name', vnet!.name);
  await fillField(page, 'Region', vnet!.region);
  await fillField(page, 'Address space entry 1', vnet!.addressSpace[0]!);
  for (const [i, subnet] of vnet!.subnets.entries()) {
    await inspector(page).getByRole('button', { name: 'Add subnet' }).click();
    await fillField(page, `Subnet ${i + 1} name`, subnet.name);
    await fillField(page, `Subnet ${i + 1} prefix`, subnet.addressPrefix);
    if (subnet.workloads.length > 0) await fillField(page, `Subnet ${i + 1} workloads (comma-separated)`, subnet.workloads.join(', '));
  }

  // The gateway, dropped on the VNet.
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await dragPaletteItem(page, 'VPN gateway', node(page, 'vnet-1'), { x: 60, y: 30 });
  await expectInspecting(page, 'vgw-1', 'VPN gateway');
  await fillField(page, 'Name', gateway!.name);
  await chooseOption(page, 'Generation', gateway!.generation);
  await chooseOption(page, 'SKU', gateway!.sku);
  await chooseOption(page, 'VPN type', gateway!.vpnType);
  const ip = gateway!.publicIps[0]!;
  await fillField(page, 'Public IP 1 Name', ip.name!);
  await chooseOption(page, 'Public IP 1 SKU', ip.sku);
  await chooseOption(page, 'Public IP 1 Allocation', ip.allocation);
  for (const zone of ['1', '2', '3'] as const) await setChecked(page, `Zone ${zone}`, ip.zones.includes(zone));

  // The two branches.
  for (const [n, site] of [london!, paris!].entries()) {
    const id = `site-${n + 1}`;
    await dragPaletteItem(page, 'On-prem site', pane(page), { x: 60, y: 60 + n * 160 });
    await expectInspecting(page, id, 'Local network gateway');
    await fillField(page, 'Name', site.name);
    await fillField(page, 'Gateway IP address or FQDN', site.gatewayIpAddress!);
    for (const [i, prefix] of site.addressPrefixes.entries()) {
      if (i > 0) await inspector(page).getByRole('button', { name: 'Add to address prefixes' }).click();
      await fillField(page, `Address prefixes entry ${i + 1}`, prefix);
    }
    await fillField(page, 'Vendor', site.device.vendor);
    await fillField(page, 'Platform', site.device.platform);
  }

  // The P2S pool, dropped on the gateway.
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await dragPaletteItem(page, 'P2S pool', node(page, 'vgw-1'), { x: 60, y: 30 });
  await expectInspecting(page, 'p2s-1', 'Point-to-site configuration');
  await fillField(page, 'Name', pool!.name);
  await fillField(page, 'Address pool entry 1', pool!.addressPool[0]!);
  for (const tunnel of ['SSTP', 'IkeV2', 'OpenVPN'] as const) await setChecked(page, tunnel, pool!.tunnelTypes.includes(tunnel));
  await setChecked(page, 'Certificate', pool!.authTypes.includes('Certificate'));
  await fillField(page, 'Root certificates', String(pool!.rootCertificateCount));
  await fillField(page, 'SSTP clients', String(pool!.plannedClients.sstp));
  await fillField(page, 'IKEv2 clients', String(pool!.plannedClients.ikev2));
  await fillField(page, 'OpenVPN clients', String(pool!.plannedClients.openvpn));
  await setChecked(page, 'Windows 10 2004+ / 11', pool!.clientOs.includes('windows10-2004'));
  await setChecked(page, 'macOS', pool!.clientOs.includes('macos'));

  // The two tunnels, drawn from the gateway to each site.
  await connect(page, 'vgw-1', 'site-1');
  await fillConnection(page, toLondon!);
  await connect(page, 'vgw-1', 'site-2');
  await fillConnection(page, toParis!);

  await expect.poll(() => savedDocument(page), { timeout: 10_000 }).toEqual(normalized(example));
});
