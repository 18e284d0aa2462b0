import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { loadExamples, secretsOf } from '../../testing/examples';
import {
  DEFAULT_AAD_AUDIENCE,
  FQDN_PLACEHOLDER,
  SERVER_SECRET_PLACEHOLDER,
  exportAzureVpnClientProfile,
  exportOpenVpnProfile,
  exportStrongswanP2sClient,
  exportWindowsPowerShell,
  p2sProfiles,
  psString,
  xmlEscape,
} from './profiles';

type Tunnel = 'SSTP' | 'IkeV2' | 'OpenVPN';
type Auth = 'Certificate' | 'Radius' | 'AAD';

const HOSTILE = `it's "q" <x> & </name> ]]> --> $(Remove-Item C:\\) \`whoami\` ‘smart’ \n new line\r\n <ca>\u0000 é`;

function design(o: { tunnels: Tunnel[]; auth: Auth[]; name?: string; tenant?: string; audience?: string; dns?: string[]; secret?: string }): {
  doc: TopologyDocument;
  id: string;
} {
  const b = new DesignBuilder('p2s unit');
  const { vnetId, gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw' });
  const spoke = b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'] });
  b.peering(vnetId, spoke, { name: 'hub-spoke', local: { allowGatewayTransit: true }, remote: { useRemoteGateways: true } });
  const site = b.site({ name: 'branch', gatewayIpAddress: '192.0.2.1', addressPrefixes: ['192.168.0.0/24'] });
  b.s2s(gatewayId, site, { name: 'to-branch', sharedKey: 'psk-value-1234567890' });
  const id = b.p2s(gatewayId, {
    name: o.name ?? 'staff',
    addressPool: ['172.16.0.0/24'],
    tunnelTypes: o.tunnels,
    authTypes: o.auth,
    ...(o.auth.includes('Radius') ? { radiusServers: [{ address: '10.0.1.4', secret: o.secret ?? 'radius-secret-XYZ' }] } : {}),
    ...(o.tenant ? { aadTenantId: o.tenant } : {}),
    ...(o.audience ? { aadAudience: o.audience } : {}),
    ...(o.dns ? { customDnsServers: o.dns } : {}),
  });
  return { doc: b.build(), id };
}

const files = (o: Parameters<typeof design>[0]) => {
  const { doc, id } = design(o);
  return p2sProfiles(doc, id).map((p) => p.fileName);
};

/** A small well-formedness check: tags balance, no raw `&`/`<` outside markup, comments hold no `--`. */
function wellFormedXml(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  const token = /<!--([\s\S]*?)-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<&]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(body)) !== null) {
    if (m[1] !== undefined) {
      if (m[1].includes('--') || m[1].endsWith('-')) return false;
    } else if (m[3] !== undefined) {
      if (m[2] === '/') {
        if (stack.pop() !== m[3]) return false;
      } else if (m[5] !== '/') stack.push(m[3]);
    } else if (m[6] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(m[6]) || m[6].includes('>')) return false;
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(m[6])) return false;
    } else return false;
  }
  return stack.length === 0;
}

describe('which profiles a P2S configuration gets', () => {
  it('gives IKEv2 + OpenVPN with certificates every profile', () => {
    expect(files({ tunnels: ['IkeV2', 'OpenVPN'], auth: ['Certificate'] })).toEqual([
      'OpenVPN/vpnconfig.ovpn',
      'AzureVPN/azurevpnconfig.xml',
      'Linux/swanctl.conf',
      'Windows/add-vpn-connection.ps1',
    ]);
  });

  it('gives OpenVPN with Entra ID only the Azure VPN Client profile', () => {
    expect(files({ tunnels: ['OpenVPN'], auth: ['AAD'] })).toEqual(['AzureVPN/azurevpnconfig.xml']);
  });

  it('gives IKEv2 + SSTP the strongSwan and Windows profiles, no OpenVPN ones', () => {
    expect(files({ tunnels: ['IkeV2', 'SSTP'], auth: ['Certificate'] })).toEqual(['Linux/swanctl.conf', 'Windows/add-vpn-connection.ps1']);
  });

  it('gives SSTP alone only the Windows script', () => {
    expect(files({ tunnels: ['SSTP'], auth: ['Radius'] })).toEqual(['Windows/add-vpn-connection.ps1']);
  });

  it('gives OpenVPN with RADIUS alone no profile (neither .ovpn nor Azure VPN Client applies)', () => {
    expect(files({ tunnels: ['OpenVPN'], auth: ['Radius'] })).toEqual([]);
  });

  it('returns nothing for an unknown P2S id', () => {
    const { doc } = design({ tunnels: ['IkeV2'], auth: ['Certificate'] });
    expect(p2sProfiles(doc, 'nope')).toEqual([]);
    expect(exportOpenVpnProfile(doc, 'nope')).toBeUndefined();
  });
});

describe('profile contents', () => {
  it('writes the .ovpn for TCP 443 with AES-256-GCM, TLS 1.2 and paste markers', () => {
    const { doc, id } = design({ tunnels: ['OpenVPN'], auth: ['Certificate'] });
    const ovpn = exportOpenVpnProfile(doc, id)!;
    expect(ovpn).toContain(`remote ${FQDN_PLACEHOLDER} 443`);
    expect(ovpn).toMatch(/^proto tcp$/m);
    expect(ovpn).toMatch(/^cipher AES-256-GCM$/m);
    expect(ovpn).toMatch(/^tls-version-min 1.2$/m);
    expect(ovpn).toMatch(/^remote-cert-tls server$/m);
    for (const tag of ['ca', 'cert', 'key', 'tls-auth']) expect(ovpn).toMatch(new RegExp(`^<${tag}>\\nPASTE_[A-Z_]+\\n</${tag}>$`, 'm'));
    expect(ovpn).toContain('#   10.0.0.0/16');
    expect(ovpn).toContain('#   10.1.0.0/16');
    expect(ovpn.split('\n')[0]).toMatch(/^# OpenVPN client/);
    expect(ovpn).toContain('Regenerate');
  });

  it('fills the Entra ID block from the tenant, with the default audience', () => {
    const { doc, id } = design({ tunnels: ['OpenVPN'], auth: ['AAD'], tenant: '11111111-2222-3333-4444-555555555555' });
    const xml = exportAzureVpnClientProfile(doc, id)!;
    expect(xml).toContain(`<audience>${DEFAULT_AAD_AUDIENCE}</audience>`);
    expect(xml).toContain('<issuer>https://sts.windows.net/11111111-2222-3333-4444-555555555555/</issuer>');
    expect(xml).toContain('<tenant>https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/</tenant>');
    expect(xml).toContain(`<fqdn>${FQDN_PLACEHOLDER}</fqdn>`);
    expect(xml).toContain(`<serversecret>${SERVER_SECRET_PLACEHOLDER}</serversecret>`);
    expect(xml).toContain('<type>aad</type>');
    expect(wellFormedXml(xml)).toBe(true);
  });

  it('uses the design audience when set, and a certificate block without Entra ID', () => {
    const a = design({ tunnels: ['OpenVPN'], auth: ['AAD'], tenant: 't', audience: 'custom-app-id' });
    expect(exportAzureVpnClientProfile(a.doc, a.id)).toContain('<audience>custom-app-id</audience>');
    const c = design({ tunnels: ['OpenVPN'], auth: ['Certificate'] });
    const xml = exportAzureVpnClientProfile(c.doc, c.id)!;
    expect(xml).toContain('<type>cert</type>');
    expect(xml).not.toContain('<aad>');
  });

  it('writes the gateway P2S proposals and the VNet side as remote_ts in swanctl.conf', () => {
    const { doc, id } = design({ tunnels: ['IkeV2'], auth: ['Certificate'] });
    const conf = exportStrongswanP2sClient(doc, id)!;
    expect(conf).toContain('remote_ts = 10.0.0.0/16, 10.1.0.0/16');
    expect(conf).toContain('proposals = aes256gcm16-prfsha384-prfsha256-');
    expect(conf).toContain('esp_proposals = aes256gcm16, ');
    expect(conf).toContain(`remote_addrs = ${FQDN_PLACEHOLDER}`);
    expect(conf).toContain('auth = pubkey');
    expect(conf.split('{').length).toBe(conf.split('}').length);
  });

  it('adds one Windows connection per native protocol with split-tunnel routes', () => {
    const { doc, id } = design({ tunnels: ['IkeV2', 'SSTP'], auth: ['Certificate'] });
    const ps = exportWindowsPowerShell(doc, id)!;
    expect(ps).toContain('-TunnelType Ikev2 -AuthenticationMethod MachineCertificate');
    expect(ps).toContain('-TunnelType Sstp -AuthenticationMethod Eap');
    expect(ps).toContain("$routes = @('10.0.0.0/16', '10.1.0.0/16')");
    expect(ps.match(/Add-VpnConnectionRoute/g)).toHaveLength(2);
    expect(ps.match(/-SplitTunneling/g)).toHaveLength(2);
  });
});

describe('hostile names and secrets', () => {
  const hostile = design({ tunnels: ['IkeV2', 'OpenVPN'], auth: ['Certificate', 'AAD'], name: HOSTILE, tenant: HOSTILE, audience: HOSTILE, dns: [HOSTILE] });
  const profiles = p2sProfiles(hostile.doc, hostile.id);

  it('keeps the Azure VPN Client XML well-formed', () => {
    const xml = profiles.find((p) => p.fileName.endsWith('.xml'))!.text;
    expect(wellFormedXml(xml)).toBe(true);
    expect(xmlEscape('a<b&"c\'')).toBe('a&lt;b&amp;&quot;c&apos;');
  });

  it('keeps every PowerShell string single-quoted and every line outside strings fixed', () => {
    const ps = exportWindowsPowerShell(hostile.doc, hostile.id)!;
    for (const line of ps.split('\n')) {
      if (line.startsWith('#') || line === '') continue;
      // Remove single-quoted strings (with doubled quotes inside): what is left must hold no name text.
      const code = line.replace(/'(?:[^'\u2018\u2019\u201A\u201B]|['\u2018\u2019\u201A\u201B]{2})*'/g, "''");
      expect(code).not.toMatch(/whoami|Remove-Item|new line|smart/);
    }
    expect(psString("a'b\u2019c\nd")).toBe("'a''b\u2019\u2019c d'");
  });

  it('keeps hostile text in comments of .ovpn and swanctl.conf', () => {
    for (const p of profiles.filter((x) => /\.(ovpn|conf)$/.test(x.fileName))) {
      for (const line of p.text.split('\n')) {
        // A swanctl section name keeps only [A-Za-z0-9_-]; everything else with the name is a comment.
        if (line.includes('whoami')) expect(line.startsWith('#') || /^\s*[A-Za-z0-9_-]+ \{$/.test(line)).toBe(true);
      }
      expect(p.text.match(/^<ca>$/gm)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });

  it('never writes a RADIUS secret or pre-shared key into any profile', () => {
    for (const tunnels of [['IkeV2', 'OpenVPN'], ['IkeV2', 'SSTP'], ['OpenVPN']] as Tunnel[][]) {
      const { doc, id } = design({ tunnels, auth: ['Radius', 'Certificate'], secret: 'radius-secret-XYZ' });
      const secrets = secretsOf(doc);
      expect(secrets.length).toBeGreaterThan(0);
      for (const p of p2sProfiles(doc, id)) for (const s of secrets) expect(p.text).not.toContain(s);
    }
  });
});

// ------------------------------------------------------------------------------------- golden files

const GOLDEN_DIR = fileURLToPath(new URL('./__golden__/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function compare(file: string, actual: string): void {
  const path = join(GOLDEN_DIR, file);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run src/core/export/p2s`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const goldenName = (design: string, p2sId: string, fileName: string) => `${design}--${p2sId}--${fileName.replace(/\//g, '-')}`;

function entraDesign(): TopologyDocument {
  const b = new DesignBuilder('entra-id');
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.20.0.0/16'], gatewaySubnet: '10.20.255.0/27' }, { name: 'hub-gw' });
  b.p2s(gatewayId, {
    id: 'p2s-entra',
    name: 'entra-users',
    addressPool: ['172.20.0.0/24'],
    tunnelTypes: ['OpenVPN'],
    authTypes: ['AAD'],
    aadTenantId: '00000000-1111-2222-3333-444444444444',
    customDnsServers: ['10.20.1.4'],
  });
  return b.build();
}

describe('profiles of the example designs match the golden files', () => {
  const designs = [...loadExamples().map(({ name, doc }) => ({ name, doc })), { name: 'entra-id', doc: entraDesign() }];
  for (const { name, doc } of designs) {
    for (const p2s of doc.p2sConfigurations) {
      for (const profile of p2sProfiles(doc, p2s.id)) {
        const file = goldenName(name, p2s.id, profile.fileName);
        it(`${name} ${p2s.id}: ${profile.fileName} equals __golden__/${file}`, () => compare(file, profile.text));
      }
    }
  }

  it('covers the hub example with IKEv2 + OpenVPN certificate profiles', () => {
    const hub = loadExamples().find((e) => e.name === 'hub-two-branches-p2s')!;
    expect(p2sProfiles(hub.doc, 'p2s-hub')).toHaveLength(4);
  });
});
