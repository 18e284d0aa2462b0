import { describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../testing/expect';
import { exportArm } from './arm';
import { exportBicep } from './bicep';
import { exportCiscoAsa } from './devices/cisco-asa';
import { PSK_PLACEHOLDER } from './devices/device-model';
import { EXPORT_FORMAT_IDS, exportFiles, fileSafe, isExportFormatId } from './files';
import { loadExamples, secretsOf } from './test-fixtures';

const hub = loadExamples().find((e) => e.name === 'hub-two-branches-p2s')!.doc;

describe('exportFiles', () => {
  it('writes the deployment templates the exporters print, under fixed names', () => {
    const files = exportFiles(hub, ['bicep', 'arm'], { today: TEST_TODAY });
    expect(files).toEqual([
      { path: 'azuredeploy.json', content: exportArm(hub, { today: TEST_TODAY }) },
      { path: 'main.bicep', content: exportBicep(hub, { today: TEST_TODAY }) },
    ]);
  });

  it('writes one device configuration per site-to-site connection of the chosen vendor', () => {
    const files = exportFiles(hub, ['device:cisco-asa']);
    const s2s = hub.connections.filter((c) => c.kind === 's2s');
    expect(files.map((f) => f.path)).toEqual(s2s.map((c) => `cisco-asa-${c.id}.asa`));
    expect(files[0]!.content).toBe(exportCiscoAsa(hub, s2s[0]!.id));
  });

  it('writes only the chosen clients\' profiles for p2s:<client>, and every profile once when p2s is chosen too', () => {
    expect(exportFiles(hub, ['p2s:openvpn']).map((f) => f.path)).toEqual(['p2s-p2s-hub/OpenVPN/vpnconfig.ovpn']);
    expect(exportFiles(hub, ['p2s:windows', 'p2s:strongswan']).map((f) => f.path)).toEqual([
      'p2s-p2s-hub/Linux/swanctl.conf',
      'p2s-p2s-hub/Windows/add-vpn-connection.ps1',
    ]);
    expect(exportFiles(hub, ['p2s', 'p2s:openvpn'])).toEqual(exportFiles(hub, ['p2s']));
    expect(isExportFormatId('p2s:azurevpn')).toBe(true);
    expect(isExportFormatId('p2s:ios')).toBe(false);
  });

  it('puts the client profiles of each P2S configuration in a folder of its own', () => {
    const paths = exportFiles(hub, ['p2s']).map((f) => f.path);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p).toMatch(new RegExp(`^p2s-${hub.p2sConfigurations[0]!.id}/[A-Za-z]+/[^/]+$`));
  });

  it('keeps pre-shared keys out of device configurations unless asked to write them', () => {
    const keys = secretsOf(hub);
    expect(keys.length).toBeGreaterThan(0);
    const all = (includeSecrets: boolean) =>
      exportFiles(hub, EXPORT_FORMAT_IDS, { includeSecrets })
        .map((f) => f.content)
        .join('\n');
    const without = all(false);
    for (const k of keys) expect(without).not.toContain(k);
    expect(without).toContain(PSK_PLACEHOLDER);
    const withKeys = exportFiles(hub, ['device:strongswan'], { includeSecrets: true });
    for (const [i, c] of hub.connections.filter((x) => x.kind === 's2s').entries()) expect(withKeys[i]!.content).toContain(c.sharedKey);
  });

  it('lists files in format order whatever order the formats are chosen in, each format once', () => {
    const paths = exportFiles(hub, ['p2s', 'bicep', 'device:panos', 'bicep']).map((f) => f.path);
    expect(paths[0]).toBe('main.bicep');
    expect(paths.filter((p) => p === 'main.bicep')).toHaveLength(1);
    expect(paths.findIndex((p) => p.startsWith('panos-'))).toBeLessThan(paths.findIndex((p) => p.startsWith('p2s-')));
  });

  it('makes element ids safe as file names', () => {
    expect(fileSafe('cn/../x y:z')).toBe('cn_.._x_y_z');
  });

  it('knows its format ids', () => {
    expect(isExportFormatId('device:fortigate')).toBe(true);
    expect(isExportFormatId('device:unknown')).toBe(false);
    expect(EXPORT_FORMAT_IDS).toContain('p2s');
  });
});
