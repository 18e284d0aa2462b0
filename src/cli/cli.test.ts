import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = (name: string) => join(root, 'public/examples', name);

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function tempFile(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vpn-designer-'));
  const file = join(dir, 'design.json');
  writeFileSync(file, content);
  return file;
}

const GOOD_EXAMPLES = [
  'hub-two-branches-p2s.json',
  'active-active-bgp-apipa.json',
  'overlapping-branches-nat.json',
  'vnet-to-vnet-cross-region.json',
  'peered-spokes-gateway-transit.json',
];

describe('vpn-designer validate', () => {
  it.each(GOOD_EXAMPLES)('accepts the example %s with exit 0 and no errors', async (name) => {
    const r = await run('validate', example(name), '--format', 'json');
    const report = JSON.parse(r.out);
    expect(report.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('rejects the broken example with exit 1 and at least 15 different rule IDs', async () => {
    const r = await run('validate', example('broken-design.json'), '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    const ids = new Set(report.diagnostics.map((d: { ruleId: string }) => d.ruleId));
    expect(ids.size).toBeGreaterThanOrEqual(15);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('lists diagnostics and per-gateway figures in JSON output', async () => {
    const r = await run('validate', example('hub-two-branches-p2s.json'), '--format', 'json');
    const report = JSON.parse(r.out);
    expect(report.design).toBe('Hub with two branches and P2S');
    const gw = report.figures.gateways.find((g: { id: string }) => g.id === 'gw-hub');
    expect(gw.trafficSelectors.total).toBe(4); // 1 VNet prefix + 3 site prefixes
    expect(gw.capacity.tunnels.used).toBe(2);
  });

  it('prints text with a summary line, and figures with --details', async () => {
    const r = await run('validate', example('hub-two-branches-p2s.json'), '--details');
    expect(r.out).toMatch(/\d+ errors?, \d+ warnings?, \d+ info\n$/);
    expect(r.out).toContain('vgw-hub-weu');
    expect(r.out).toMatch(/traffic selectors/i);
  });

  it('exits 2 with one line naming the file when it does not exist', async () => {
    const r = await run('validate', '/nonexistent/design.json');
    expect(r.code).toBe(2);
    expect(r.err).toBe('vpn-designer: /nonexistent/design.json: no such file\n');
  });

  it('exits 2 naming the JSON path when the document is invalid', async () => {
    const file = tempFile(JSON.stringify({ schemaVersion: 2, vnets: [{ id: 'v1', name: 'x', addressSpace: 'not-a-list' }] }));
    const r = await run('validate', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('$.vnets[0].addressSpace');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on malformed JSON and on a dangling reference', async () => {
    expect((await run('validate', tempFile('{"schemaVersion": 2,'))).code).toBe(2);
    const dangling = tempFile(JSON.stringify({ schemaVersion: 2, gateways: [{ id: 'g', name: 'g', vnetId: 'missing' }] }));
    const r = await run('validate', dangling);
    expect(r.code).toBe(2);
    expect(r.err).toContain('$.gateways[0].vnetId: no VNet has id "missing"');
  });

  it('reads a schema version 1 file as the design it migrates to, noting the upgrade on stderr only', async () => {
    const v1 = join(root, 'src/core/model/fixtures/v1/hub-two-branches-p2s.json');
    const old = await run('validate', v1, '--format', 'json');
    const current = await run('validate', example('hub-two-branches-p2s.json'), '--format', 'json');
    expect(old.code).toBe(0);
    expect({ ...JSON.parse(old.out), file: undefined }).toEqual({ ...JSON.parse(current.out), file: undefined });
    expect(old.err).toBe(
      `vpn-designer: ${v1}: older schema version, upgraded in memory: 1→2: set the deployment target to resource group "rg-hub-with-two-branches-and-p2s" (named after the design), with location "westeurope" (the first VNet's region) for sites no gateway connects to\n`,
    );
    expect(current.err).toBe('');
    const out = mkdtempSync(join(tmpdir(), 'vpn-designer-export-'));
    expect((await run('export', v1, '--format', 'bicep', '--out', out)).code).toBe(0);
    expect(readFileSync(join(out, 'main.bicep'), 'utf8')).toContain("metadata resourceGroup = 'rg-hub-with-two-branches-and-p2s'");
  });

  it('refuses a file from a newer schema version', async () => {
    const r = await run('validate', tempFile(JSON.stringify({ schemaVersion: 99 })));
    expect(r.code).toBe(2);
    expect(r.err).toContain('newer vpn-designer');
  });
});

describe('vpn-designer explain', () => {
  it('prints the rule doc section', async () => {
    const r = await run('explain', 'address/overlap');
    expect(r.code).toBe(0);
    expect(r.out).toContain('### address/overlap');
    expect(r.out).toContain('**Fix.**');
  });

  it('exits 2 on an unknown rule and suggests near IDs', async () => {
    const r = await run('explain', 'overlap');
    expect(r.code).toBe(2);
    expect(r.err).toContain('address/overlap');
  });
});

describe('the installed bin', () => {
  it('runs under plain Node with no browser and reports through exit codes', () => {
    const bin = join(root, 'bin/vpn-designer.mjs');
    const out = execFileSync(process.execPath, [bin, 'validate', example('hub-two-branches-p2s.json')], { encoding: 'utf8' });
    expect(out).toContain('Hub with two branches and P2S');
    let code = 0;
    try {
      execFileSync(process.execPath, [bin, 'validate', example('broken-design.json')], { stdio: 'pipe' });
    } catch (e) {
      code = (e as { status: number }).status;
    }
    expect(code).toBe(1);
  });
});

describe('untrusted text in the terminal', () => {
  it('shows control characters in names as escapes instead of sending them to the terminal', async () => {
    const hostile = { schemaVersion: 2, name: 'evil\u001b[2Jname', vnets: [{ id: 'v', name: 'v\u001b]0;pwned\u0007', addressSpace: ['10.0.0.1/16'] }] };
    const r = await run('validate', tempFile(JSON.stringify(hostile)));
    expect(r.out).not.toContain('\u001b');
    expect(r.out).not.toContain('\u0007');
    expect(r.out).toContain('evil\\u001b[2Jname');
  });
});

describe('vpn-designer export', () => {
  it('writes an ARM template and a Bicep file for a design', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vpn-designer-export-'));
    const r = await run('export', example('hub-two-branches-p2s.json'), '--format', 'all', '--out', out);
    expect(r.code).toBe(0);
    const arm = JSON.parse(readFileSync(join(out, 'azuredeploy.json'), 'utf8'));
    expect(arm.resources.map((x: { type: string }) => x.type)).toContain('Microsoft.Network/virtualNetworkGateways');
    expect(readFileSync(join(out, 'main.bicep'), 'utf8')).toContain('resource ');
    expect(readFileSync(join(out, 'p2s-p2s-hub', 'OpenVPN', 'vpnconfig.ovpn'), 'utf8')).toContain('remote ');
    const swan = readFileSync(join(out, 'strongswan-cn-london.swanctl.conf'), 'utf8');
    expect(swan).toContain('connections');
    expect(swan).not.toContain('Lk7pQ2vX9rT4mZ8wHs3N'); // the pre-shared key stays out of the file
    expect(r.err).toBe('');
  });

  it('writes one file per site-to-site connection for each device vendor format, without the key', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vpn-designer-export-'));
    for (const [format, file, marker] of [
      ['device:cisco-asa', 'cisco-asa-cn-london.asa', 'sysopt connection tcpmss 1350'],
      ['device:cisco-iosxe', 'cisco-iosxe-cn-london.ios', 'ip tcp adjust-mss 1350'],
      ['device:fortigate', 'fortigate-cn-paris.conf', 'config vpn ipsec phase1-interface'],
      ['device:juniper-srx', 'juniper-srx-cn-london.txt', 'set security ipsec vpn'],
      ['device:panos', 'panos-cn-paris.txt', 'set network ike gateway'],
    ] as const) {
      const r = await run('export', example('hub-two-branches-p2s.json'), '--format', format, '--out', out);
      expect(r.code, format).toBe(0);
      const text = readFileSync(join(out, file), 'utf8');
      expect(text).toContain(marker);
      expect(text).not.toContain('Lk7pQ2vX9rT4mZ8wHs3N');
    }
  });

  it('writes the pre-shared keys into device configurations only with --include-secrets, and warns', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vpn-designer-export-'));
    const r = await run('export', example('hub-two-branches-p2s.json'), '--format', 'device:strongswan', '--out', out, '--include-secrets');
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'strongswan-cn-london.swanctl.conf'), 'utf8')).toContain('Lk7pQ2vX9rT4mZ8wHs3N');
    expect(r.err).toContain('contain pre-shared keys');
    expect((await run('export', example('hub-two-branches-p2s.json'), '--include-secrets=yes', '--out', out)).code).toBe(2);
  });

  it('exports a design with errors but says so', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vpn-designer-export-'));
    const r = await run('export', example('broken-design.json'), '--format', 'bicep', '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/the design has \d+ errors; exported anyway/);
  });

  it('refuses an unknown format with exit 2', async () => {
    const r = await run('export', example('hub-two-branches-p2s.json'), '--format', 'terraform');
    expect(r.code).toBe(2);
    expect(r.err).toContain('available: arm, bicep, device:strongswan, device:cisco-asa, device:cisco-iosxe, device:fortigate, device:juniper-srx, device:panos, p2s, p2s:openvpn, p2s:azurevpn, p2s:strongswan, p2s:windows, all');
  });
});
