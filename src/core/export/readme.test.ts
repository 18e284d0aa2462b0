import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builders';
import { TEST_TODAY } from '../testing/expect';
import { EXPORT_FORMAT_IDS, exportFiles, type ExportFormatId } from './files';
import { exportReadme, placeholdersIn, README_FILE, withReadme } from './readme';
import { loadExamples, secretsOf } from './test-fixtures';

const examples = loadExamples();
const hub = examples.find((e) => e.name === 'hub-two-branches-p2s')!.doc;
const broken = examples.find((e) => e.name === 'broken-design')!.doc;
const options = { today: TEST_TODAY };
const readmeOf = (doc = hub, formats: readonly ExportFormatId[] = EXPORT_FORMAT_IDS, includeSecrets = false) =>
  exportReadme(doc, exportFiles(doc, formats, { ...options, includeSecrets }), { ...options, includeSecrets });

describe('exportReadme', () => {
  it('lists every file, and gives the steps in the order they must happen', () => {
    const files = exportFiles(hub, EXPORT_FORMAT_IDS, options);
    const text = exportReadme(hub, files, options);
    for (const f of files) expect(text).toContain(`- \`${f.path}\``);
    const steps = ['Create the resource group', 'Deploy the template', 'Read the gateway addresses', 'Fill in the placeholders', 'Apply the device configurations', 'Connect point-to-site clients'];
    const at = steps.map((s) => text.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("creates the document's deployment target, whatever the design is called", () => {
    const moved = { ...hub, name: 'Renamed later', deployment: { resourceGroup: 'rg-net prod', location: 'swedencentral' } };
    const text = exportReadme(moved, exportFiles(moved, ['bicep'], options), options);
    expect(text).toContain("RG='rg-net prod'");
    expect(text).toContain('az group create --name "$RG" --location swedencentral');
  });

  it('gives the deployment commands with every secure parameter, and no secret value', () => {
    const text = readmeOf();
    expect(text).toContain('az group create --name "$RG" --location westeurope');
    expect(text).toContain('RG=rg-hub-with-two-branches-and-p2s');
    expect(text).toContain(
      [
        'az deployment group create --resource-group "$RG" --template-file main.bicep \\',
        '  --parameters \\',
        "    cnHubToLondonSharedKey='<value>' \\",
        "    cnHubToParisSharedKey='<value>'",
        '```',
      ].join('\n'),
    );
    expect(text).toContain('- `cnHubToLondonSharedKey`: Pre-shared key of connection cn-hub-to-london');
    for (const secret of secretsOf(hub)) expect(readmeOf(hub, EXPORT_FORMAT_IDS, true)).not.toContain(secret);
  });

  it('deploys the ARM template when Bicep is not exported, and says when no template is', () => {
    expect(readmeOf(hub, ['arm'])).toContain('--template-file azuredeploy.json');
    const none = readmeOf(hub, ['device:panos']);
    expect(none).not.toContain('az deployment group create');
    expect(none).toContain('No deployment template was exported');
    expect(none).toContain('No point-to-site client profile was exported.');
  });

  it('lists placeholders only where the files hold them', () => {
    const bicepOnly = readmeOf(hub, ['bicep']);
    expect(bicepOnly).not.toContain('AZURE_GATEWAY_PUBLIC_IP');
    expect(bicepOnly).toContain('No device configuration was exported.');
    const devices = readmeOf(hub, ['device:strongswan']);
    expect(devices).toMatch(/- `AZURE_GATEWAY_PUBLIC_IP`: .* In `strongswan-cn-london\.swanctl\.conf`, `strongswan-cn-paris\.swanctl\.conf`\./);
    expect(devices).toContain('PASTE_THE_PRE_SHARED_KEY_HERE');
  });

  it('with pre-shared keys written, lists no key placeholder and warns to keep the files secret', () => {
    const text = readmeOf(hub, ['device:strongswan'], true);
    expect(text).not.toContain('PASTE_THE_PRE_SHARED_KEY_HERE');
    expect(text).toContain('hold the connections\' pre-shared keys: keep them secret');
  });

  it('names the P2S gateways to fetch client profile packages from', () => {
    expect(readmeOf(hub, ['p2s'])).toContain('az network vnet-gateway vpn-client generate --resource-group "$RG" --name vgw-hub-weu');
  });

  it('warns about design errors with their count, and not for a valid design', () => {
    expect(readmeOf(broken, ['bicep'])).toMatch(/\*\*Warning: the design has \d+ errors\.\*\*/);
    expect(readmeOf(hub, ['bicep'])).not.toContain('Warning');
  });

  it('quotes what the design names in shell commands', () => {
    const b = new DesignBuilder("Bob's design");
    const { gatewayId } = b.hub({ name: "it's/hub", region: 'westeurope', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    b.p2s(gatewayId, { name: 'p2s' });
    const text = readmeOf(b.build(), ['p2s']);
    expect(text).toContain(`--name 'it'\\''s-hub-gw'`);
  });

  it('appends README.md to the files', () => {
    const files = exportFiles(hub, ['bicep'], options);
    const all = withReadme(hub, files, options);
    expect(all.slice(0, -1)).toEqual(files);
    expect(all.at(-1)!.path).toBe(README_FILE);
  });
});

describe('README helpers', () => {
  it('finds placeholders with their instance suffix, each once per file', () => {
    const found = placeholdersIn([
      { path: 'a.conf', content: 'AZURE_GATEWAY_PUBLIC_IP_1 AZURE_GATEWAY_PUBLIC_IP_2 AZURE_GATEWAY_PUBLIC_IP_1' },
      { path: 'b.conf', content: 'AZURE_GATEWAY_PUBLIC_IP_1' },
    ]);
    expect(found.map((f) => [f.token, f.paths])).toEqual([
      ['AZURE_GATEWAY_PUBLIC_IP_1', ['a.conf', 'b.conf']],
      ['AZURE_GATEWAY_PUBLIC_IP_2', ['a.conf']],
    ]);
  });
});
