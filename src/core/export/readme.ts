import type { TopologyDocument } from '../model/types';
import { summarise } from './banner';
import { buildTemplate, ROOT_CERTIFICATE_PLACEHOLDER } from './build-template';
import { AZURE_BGP_PLACEHOLDER, AZURE_IP_PLACEHOLDER, PSK_PLACEHOLDER } from './devices/device-model';
import { ARM_FILE, BICEP_FILE, type ExportFile, type ExportFileOptions } from './files';
import { FQDN_PLACEHOLDER, SERVER_SECRET_PLACEHOLDER, TENANT_PLACEHOLDER } from './p2s/profiles';
import { commentLine, shellWord } from './text';

/**
 * The README.md that goes with a set of exported files: what to run, which secure parameters to supply,
 * which placeholders the files hold, and in which order to do it all. Written from the files themselves
 * (a placeholder is listed only where it occurs) and the template the exporters build.
 */

export const README_FILE = 'README.md';

interface Placeholder {
  /** Matches the placeholder with its instance suffix (`_1`, `_2` on active-active gateways). */
  readonly pattern: RegExp;
  readonly meaning: string;
}

const PLACEHOLDERS: readonly Placeholder[] = [
  { pattern: new RegExp(`${AZURE_IP_PLACEHOLDER}(?:_\\d)?`, 'g'), meaning: "the Azure gateway's public IP address (step 3; `_1` / `_2` are the two instances of an active-active gateway)" },
  { pattern: new RegExp(`${AZURE_BGP_PLACEHOLDER}(?:_\\d)?`, 'g'), meaning: "the Azure gateway's BGP peer address (step 3, `bgpSettings.bgpPeeringAddresses`)" },
  { pattern: new RegExp(PSK_PLACEHOLDER, 'g'), meaning: "the connection's pre-shared key: the same value as its `…SharedKey` deployment parameter" },
  { pattern: new RegExp(FQDN_PLACEHOLDER, 'g'), meaning: "the gateway's DNS name, from the client profile package Azure generates (step 6)" },
  { pattern: new RegExp(SERVER_SECRET_PLACEHOLDER, 'g'), meaning: 'the server secret, from the Azure VPN Client profile Azure generates (step 6)' },
  { pattern: new RegExp(TENANT_PLACEHOLDER, 'g'), meaning: 'your Microsoft Entra tenant ID' },
  { pattern: new RegExp(ROOT_CERTIFICATE_PLACEHOLDER, 'g'), meaning: 'the Base64 data of a P2S root certificate (.cer without its BEGIN/END lines): pass it as the parameter' },
];

const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

/** Placeholders found in the files: each distinct token with its meaning and the files that hold it. */
export function placeholdersIn(files: readonly ExportFile[]): { token: string; meaning: string; paths: string[] }[] {
  const found: { token: string; meaning: string; paths: string[] }[] = [];
  for (const { pattern, meaning } of PLACEHOLDERS) {
    const byToken = new Map<string, string[]>();
    for (const f of files) {
      for (const token of new Set(f.content.match(pattern) ?? [])) byToken.set(token, [...(byToken.get(token) ?? []), f.path]);
    }
    for (const token of [...byToken.keys()].sort()) found.push({ token, meaning, paths: byToken.get(token)! });
  }
  return found;
}

/** README.md text for the exported files of a design. */
export function exportReadme(doc: TopologyDocument, files: readonly ExportFile[], options: ExportFileOptions = {}): string {
  const paths = files.map((f) => f.path);
  const template = buildTemplate(doc, options);
  const summary = summarise(doc, options);
  const { resourceGroup: rg, location: region } = doc.deployment;
  const templateFile = paths.includes(BICEP_FILE) ? BICEP_FILE : paths.includes(ARM_FILE) ? ARM_FILE : undefined;
  const secure = template.params.filter((p) => p.secure);
  const devices = paths.filter((p) => !p.includes('/') && p !== BICEP_FILE && p !== ARM_FILE);
  const profiles = paths.filter((p) => p.includes('/'));
  const gatewaysWithP2s = [...new Set(doc.p2sConfigurations.map((p) => doc.gateways.find((g) => g.id === p.gatewayId)?.name).filter((n) => n !== undefined))];
  const placeholders = placeholdersIn(files);
  const name = commentLine(doc.name) || 'Untitled design';

  const out: string[] = [`# Deployment files for “${name}”`, '', 'Exported by vpn-designer.', ''];
  if (summary.failure) out.push(`> **Warning:** the design could not be validated (${commentLine(summary.failure)}). Check it before deploying.`, '');
  else if (summary.errors > 0) {
    out.push(`> **Warning: the design has ${summary.errors} error${summary.errors === 1 ? '' : 's'}.** These files were exported anyway; fix the design before deploying.`, '');
  }
  out.push('## Files', '', ...paths.map((p) => `- ${code(p)}`), '');

  out.push('## Steps', '');
  out.push('### 1. Create the resource group', '', '```sh', `RG=${shellWord(rg)}`, `az group create --name "$RG" --location ${shellWord(region)}`, '```', '');

  out.push('### 2. Deploy the template', '');
  if (!templateFile) out.push('No deployment template was exported: export Bicep or the ARM template to deploy with the Azure CLI.', '');
  else {
    const command = [`az deployment group create --resource-group "$RG" --template-file ${templateFile}`];
    if (secure.length > 0) command.push('  --parameters', ...secure.map((p) => `    ${p.name}='<value>'`));
    out.push('```sh', command.join(' \\\n'), '```', '');
    if (secure.length > 0) {
      out.push(
        'Secure parameters to fill in (leave one out of the command and `az` asks for it, which keeps it out of your shell history):',
        '',
        ...secure.map((p) => `- ${code(p.name)}: ${p.description}`),
        '',
      );
    } else out.push('The template has no secure parameters.', '');
  }

  out.push(
    '### 3. Read the gateway addresses',
    '',
    'Once the deployment has finished, Azure has assigned the gateways their public IP addresses:',
    '',
    '```sh',
    'az network public-ip list --resource-group "$RG" --query "[].{name:name, address:ipAddress}" --output table',
    'az network vnet-gateway list --resource-group "$RG" --query "[].{name:name, bgp:bgpSettings.bgpPeeringAddresses[].defaultBgpIpAddresses}" --output json',
    '```',
    '',
  );

  out.push('### 4. Fill in the placeholders', '');
  if (placeholders.length === 0) out.push('The exported files hold no placeholders.', '');
  else {
    out.push('Replace these placeholders before you use the files:', '');
    for (const p of placeholders) out.push(`- ${code(p.token)}: ${p.meaning}. In ${p.paths.map(code).join(', ')}.`);
    out.push('');
  }
  if (options.includeSecrets && devices.length > 0) {
    out.push("The device configurations hold the connections' pre-shared keys: keep them secret, and deploy with the same keys.", '');
  }

  out.push('### 5. Apply the device configurations', '');
  out.push(
    devices.length > 0
      ? `Apply each configuration to its on-premises device: ${devices.map(code).join(', ')}. Then check that the tunnels come up.`
      : 'No device configuration was exported.',
    '',
  );

  out.push('### 6. Connect point-to-site clients', '');
  if (profiles.length === 0) out.push('No point-to-site client profile was exported.', '');
  else {
    out.push('Download the client profile package for each gateway with point-to-site; it holds the DNS name and server secret the profiles need:', '', '```sh');
    for (const g of gatewaysWithP2s) out.push(`az network vnet-gateway vpn-client generate --resource-group "$RG" --name ${shellWord(g.replace(/\//g, '-'))}`);
    out.push('```', '', `Then give each client its profile: ${profiles.map(code).join(', ')}.`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The exported files followed by their README.md. */
export function withReadme(doc: TopologyDocument, files: readonly ExportFile[], options: ExportFileOptions = {}): ExportFile[] {
  return [...files, { path: README_FILE, content: exportReadme(doc, files, options) }];
}
