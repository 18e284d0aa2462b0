/**
 * End-to-end: our exported swanctl.conf against a real IKE peer. Two network namespaces joined by a veth
 * pair (TEST-NET addresses only), one charon in each (scripts/strongswan/peer.sh). The "Azure" side is
 * configured here, from the design and the documented Azure behaviour (facts §2/§3/§7), independently of
 * the exporter; the on-premises side loads the exported file unchanged except for the gateway IP
 * placeholders (AZURE_GATEWAY_PUBLIC_IP, or _1 and _2 for the two instances of an active-active gateway).
 *
 * Route-based exports carry `if_id_in`/`if_id_out` for an XFRM interface. This kernel has no ESP and no
 * XFRM interfaces (`ip link add … type xfrm` answers "Unknown device type"), so IPsec runs in user space
 * (kernel-libipsec), which takes the if_id values with the SA and reports them but does not route by
 * them. What is checked for route-based cases: swanctl loads the if_id options, the IKE and CHILD SAs
 * come up, and the installed CHILD SA carries the exported if_id with the expected selectors. The shell
 * block (interfaces, routes, MSS clamp) and the FRR snippet are not run here; unit tests check them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpsecPolicy } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { exportStrongswan } from './strongswan';

const SCRIPT = resolve(__dirname, '../../../../scripts/strongswan/peer.sh');
const ONPREM_OUTER = '192.0.2.1';
const AZURE_OUTER = '198.51.100.1';
/** The second instance of an active-active gateway (peer.sh gives the Azure namespace both addresses). */
const AZURE_OUTER_2 = '198.51.100.2';
const PSK = 'test-only-psk-Zq8vN3';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasNetns = spawnSync('ip', ['netns', 'list'], { stdio: 'ignore' }).status === 0;
const skipReason = !isRoot ? 'not root' : !hasNetns ? '`ip netns` unavailable' : '';
const title = (t: string) => (skipReason ? `SKIPPED (${skipReason}, needs root and ip netns): ${t}` : t);

/**
 * Azure policy values → what strongSwan reports for them (`swanctl --list-sas --raw`), written from facts §3
 * (DH group mapping table), not from the exporter's table.
 */
const REPORTED = {
  encryption: { GCMAES256: ['AES_GCM_16', '256'], AES256: ['AES_CBC', '256'], AES128: ['AES_CBC', '128'] },
  ikeIntegrity: { SHA256: 'HMAC_SHA2_256_128', SHA384: 'HMAC_SHA2_384_192', SHA1: 'HMAC_SHA1_96' },
  prf: { SHA256: 'PRF_HMAC_SHA2_256', SHA384: 'PRF_HMAC_SHA2_384', SHA1: 'PRF_HMAC_SHA1' },
  espIntegrity: { SHA256: 'HMAC_SHA2_256_128', SHA1: 'HMAC_SHA1_96' },
  // Group 2 = MODP 1024, 14 = MODP 2048 (DHGroup14, DHGroup2048, PFS2048), 19 = ECP256, 20 = ECP384, 24 = MODP 2048 (256-bit subgroup).
  group: {
    DHGroup2: 'MODP_1024',
    PFS2: 'MODP_1024',
    DHGroup14: 'MODP_2048',
    DHGroup2048: 'MODP_2048',
    PFS2048: 'MODP_2048',
    ECP256: 'ECP_256',
    ECP384: 'ECP_384',
    DHGroup24: 'MODP_2048_256',
    PFS24: 'MODP_2048_256',
  },
} as const;

/** The same values as strongSwan proposal keywords, for configuring the Azure side (facts §3). */
const KEYWORD = {
  encryption: { GCMAES256: 'aes256gcm16', AES256: 'aes256', AES128: 'aes128' },
  integrity: { SHA256: 'sha256', SHA384: 'sha384', SHA1: 'sha1' },
  group: { DHGroup2: 'modp1024', PFS2: 'modp1024', DHGroup14: 'modp2048', PFS2048: 'modp2048', ECP256: 'ecp256', ECP384: 'ecp384', DHGroup24: 'modp2048s256', PFS24: 'modp2048s256' },
} as const;

type Key<T> = keyof T & string;
const pick = <T extends object>(table: T, key: string | undefined): T[keyof T] => {
  const v = (table as Record<string, T[keyof T]>)[key ?? ''];
  if (v === undefined) throw new Error(`test table has no entry for ${String(key)}`);
  return v;
};

/** Azure's default proposals as a responder, in its order of preference (facts §2, route-based). */
const AZURE_DEFAULT_IKE = ['aes256-sha1', 'aes256-sha256', 'aes128-sha1', 'aes128-sha256', '3des-sha1', '3des-sha256'].map((p) => `${p}-modp1024`);
const AZURE_DEFAULT_ESP = [
  'aes256gcm16', 'aes256-sha1', '3des-sha1', 'aes256-sha256', 'aes128-sha1', '3des-sha256',
  // 7 DES/SHA1 is left out: single DES is not available in this strongSwan/OpenSSL build.
  'aes256-sha1-modp768', 'aes256-sha1-modp1024', 'aes256-sha1-modp2048', 'aes128-sha1-modp768', 'aes128-sha1-modp1024',
  'aes128-sha1-modp2048', '3des-sha1-modp768', '3des-sha1-modp1024', '3des-sha256-modp1024', 'aes256-sha256-modp768',
  'aes256-sha256-modp1024', 'aes256-sha256-modp2048', 'aes256-sha1-modp2048s256', 'aes256-sha256-modp2048s256', 'aes128-sha256',
  'aes128-sha256-modp768', 'aes128-sha256-modp1024', 'aes128-sha256-modp2048', '3des-sha1-modp2048',
];

/** The Azure side's proposals for a custom policy: only that policy (facts §3). */
function azureProposals(p: IpsecPolicy | undefined): { ike: string; esp: string } {
  if (!p) return { ike: AZURE_DEFAULT_IKE.join(','), esp: AZURE_DEFAULT_ESP.join(',') };
  const ikeEnc = pick(KEYWORD.encryption, p.ikeEncryption);
  const ikeInt = pick(KEYWORD.integrity, p.ikeIntegrity);
  const ike = `${ikeEnc}-${ikeEnc.includes('gcm') ? 'prf' : ''}${ikeInt}-${pick(KEYWORD.group, p.dhGroup)}`;
  const espEnc = pick(KEYWORD.encryption, p.ipsecEncryption);
  const espParts = [espEnc, espEnc.includes('gcm') ? '' : pick(KEYWORD.integrity, p.ipsecIntegrity), p.pfsGroup === 'None' ? '' : pick(KEYWORD.group, p.pfsGroup)];
  return { ike, esp: espParts.filter((x) => x !== '').join('-') };
}

// ---------- a small reader for `swanctl --raw` output ----------
type Raw = { [k: string]: string | string[] | Raw };
function parseRaw(text: string): Raw[] {
  const tokens = text.match(/[^\s{}=[\]]+=\[[^\]]*\]|[^\s{}=]+=[^\s{}]*|[^\s{}]+ ?\{|\}/g) ?? [];
  const results: Raw[] = [];
  const stack: Raw[] = [];
  for (const t of tokens) {
    if (t === '}') {
      const done = stack.pop();
      if (stack.length === 0 && done) results.push(done);
    } else if (t.endsWith('{')) {
      const name = t.slice(0, -1).trim();
      const obj: Raw = {};
      if (stack.length > 0) stack[stack.length - 1]![name] = obj;
      stack.push(obj);
    } else {
      const at = t.indexOf('=');
      const k = t.slice(0, at);
      const v = t.slice(at + 1);
      const top = stack[stack.length - 1];
      if (top) top[k] = v.startsWith('[') ? v.slice(1, -1).split(/\s+/).filter(Boolean) : v;
    }
  }
  return results;
}

interface IkeSa { name: string; sa: Raw; children: Raw[] }
function ikeSas(events: Raw[]): IkeSa[] {
  const out: IkeSa[] = [];
  for (const e of events) {
    for (const [name, sa] of Object.entries(e)) {
      if (typeof sa !== 'object' || Array.isArray(sa)) continue;
      const children = sa['child-sas'];
      out.push({ name, sa, children: children && typeof children === 'object' && !Array.isArray(children) ? (Object.values(children) as Raw[]) : [] });
    }
  }
  return out;
}

// ---------- harness ----------
const tag = `vd${process.pid % 100_000}`;
let workDir = '';
const dirs: string[] = [];
let counter = 0;

function sh(args: string[], timeoutMs = 15_000): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(args[0]!, args.slice(1), { encoding: 'utf8', timeout: timeoutMs });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
function must(args: string[], timeoutMs?: number): string {
  const r = sh(args, timeoutMs);
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
  return r.stdout;
}
const swanctl = (dir: string, ...args: string[]) => sh(['swanctl', ...args, '--uri', `unix://${join(dir, 'charon.vici')}`], 10_000);
const listSas = (dir: string) => ikeSas(parseRaw(swanctl(dir, '--list-sas', '--raw').stdout));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, probe: () => T | undefined, ms = 8_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

interface Pair { onPrem: readonly string[]; azure: readonly string[] }

/** Starts both daemons, loads the Azure side and then the exported config; returns both directories. */
function startPeers(azureConf: string, onpremConf: string): { azure: string; onprem: string } {
  counter++;
  const azure = join(workDir, `azure-${counter}`);
  const onprem = join(workDir, `onprem-${counter}`);
  dirs.push(azure, onprem);
  must(['sh', SCRIPT, 'start', tag, 'azure', azure]);
  must(['sh', SCRIPT, 'start', tag, 'onprem', onprem]);
  writeFileSync(join(azure, 'swanctl.conf'), azureConf);
  writeFileSync(join(onprem, 'swanctl.conf'), onpremConf);
  const a = swanctl(azure, '--load-all', '--file', join(azure, 'swanctl.conf'));
  if (a.status !== 0) throw new Error(`azure side did not load: ${a.stdout}${a.stderr}`);
  // The exported children have start_action = start: loading them initiates the tunnel.
  const o = swanctl(onprem, '--load-all', '--file', join(onprem, 'swanctl.conf'));
  if (o.status !== 0) throw new Error(`exported config did not load: ${o.stdout}${o.stderr}`);
  return { azure, onprem };
}

function stopPeers(...ds: string[]) {
  sh(['sh', SCRIPT, 'stop', ...ds], 10_000);
}

/**
 * The Azure gateway's side, as the test understands Azure from the docs: one IKE connection per gateway
 * instance (outer address), each with the given selector pairs.
 */
function azureConf(o: { version: 1 | 2; policy: IpsecPolicy | undefined; pairs: readonly Pair[]; instances?: readonly string[] }): string {
  const { ike, esp } = azureProposals(o.policy);
  const connection = (outer: string, n: number) => {
    const children = o.pairs
      .map(
        (p, i) => `      vnet-${n}-${i + 1} {
        local_ts = ${p.azure.join(',')}
        remote_ts = ${p.onPrem.join(',')}
        esp_proposals = ${esp}
      }`,
      )
      .join('\n');
    return `  azure-${n} {
    version = ${o.version}
    local_addrs = ${outer}
    proposals = ${ike}
    local {
      auth = psk
      id = ${outer}
    }
    remote {
      auth = psk
      id = ${ONPREM_OUTER}
    }
    children {
${children}
    }
  }`;
  };
  return `connections {
${(o.instances ?? [AZURE_OUTER]).map((outer, i) => connection(outer, i + 1)).join('\n')}
}
secrets {
  ike-azure {
    secret = "${PSK}"
  }
}
`;
}

const VNET = ['203.0.113.0/27', '203.0.113.32/27'];
const SITE = ['203.0.113.128/27', '203.0.113.160/27'];

/** The exported file with the gateway IP placeholders filled in (the instance placeholders first). */
const exported = (doc: Parameters<typeof exportStrongswan>[0], connectionId: string) =>
  exportStrongswan(doc, connectionId, { includeSecrets: true })
    .replaceAll('AZURE_GATEWAY_PUBLIC_IP_1', AZURE_OUTER)
    .replaceAll('AZURE_GATEWAY_PUBLIC_IP_2', AZURE_OUTER_2)
    .replaceAll('AZURE_GATEWAY_PUBLIC_IP', AZURE_OUTER);

/** BGP on the connection: the site peers from `peerIp`; `apipa` gives the gateway custom APIPA addresses per instance. */
interface BgpOptions { peerIp: string; apipa?: readonly string[] }

function design(o: { policy?: IpsecPolicy; protocol?: 'IKEv1' | 'IKEv2'; policyBased?: boolean; prefixes?: 1 | 2; activeActive?: boolean; bgp?: BgpOptions }) {
  const n = o.prefixes ?? 1;
  const b = new DesignBuilder('peer test');
  const { gatewayId } = b.hub(
    { name: 'hub', addressSpace: VNET.slice(0, n), gatewaySubnet: '203.0.113.64/27' },
    {
      name: 'hub-gw',
      sku: 'VpnGw2AZ',
      activeActive: o.activeActive ?? false,
      publicIps: o.activeActive ? [{}, {}] : [{}],
      ...(o.bgp
        ? { bgp: { enabled: true, asn: 65515, customApipa: (o.bgp.apipa ?? []).map((a, i) => ({ ipConfigurationId: i === 0 ? 'default' : 'activeActive', addresses: [a] })) } }
        : {}),
    },
  );
  const siteId = b.site({
    name: 'branch',
    gatewayIpAddress: ONPREM_OUTER,
    addressPrefixes: SITE.slice(0, n),
    ...(o.bgp ? { bgp: { asn: 64600, peerIp: o.bgp.peerIp, advertisedPrefixes: SITE.slice(0, n) } } : {}),
  });
  const connectionId = b.s2s(gatewayId, siteId, {
    name: 'to-branch',
    sharedKey: PSK,
    protocol: o.protocol ?? 'IKEv2',
    usePolicyBasedTrafficSelectors: o.policyBased ?? false,
    enableBgp: o.bgp !== undefined,
    ...(o.policy ? { ipsecPolicy: o.policy } : {}),
  });
  return { conf: exported(b.build(), connectionId), onPrem: SITE.slice(0, n), azure: VNET.slice(0, n) };
}

/**
 * A site whose prefix overlaps the VNet, made to work with NAT on the gateway (VpnGw2AZ has NAT):
 * EgressSNAT shows the VNet to the site as NAT.vnetSeen, IngressSNAT shows the site to Azure as 203.0.113.224/27.
 */
const NAT = { vnet: '203.0.113.0/27', site: '203.0.113.0/27', vnetSeen: '203.0.113.192/27', siteSeen: '203.0.113.224/27' } as const;

function natDesign() {
  const b = new DesignBuilder('peer test nat');
  const { gatewayId } = b.hub(
    { name: 'hub', addressSpace: [NAT.vnet], gatewaySubnet: '203.0.113.64/27' },
    {
      name: 'hub-gw',
      sku: 'VpnGw2AZ',
      natRules: [
        { id: 'egress', name: 'egress', mode: 'EgressSnat', internalMappings: [NAT.vnet], externalMappings: [NAT.vnetSeen] },
        { id: 'ingress', name: 'ingress', mode: 'IngressSnat', internalMappings: [NAT.site], externalMappings: [NAT.siteSeen] },
      ],
    },
  );
  const siteId = b.site({ name: 'branch', gatewayIpAddress: ONPREM_OUTER, addressPrefixes: [NAT.site] });
  const connectionId = b.s2s(gatewayId, siteId, { name: 'to-branch', sharedKey: PSK, ingressNatRuleIds: ['ingress'], egressNatRuleIds: ['egress'] });
  return exported(b.build(), connectionId);
}

const policy = (ike: [string, string, string], esp: [string, string, string]): IpsecPolicy => ({
  ikeEncryption: ike[0],
  ikeIntegrity: ike[1],
  dhGroup: ike[2],
  ipsecEncryption: esp[0],
  ipsecIntegrity: esp[1],
  pfsGroup: esp[2],
  saLifeTimeSeconds: 27_000,
  saDataSizeKilobytes: 102_400_000,
});

interface Expect {
  version: '1' | '2';
  ike: { enc: Key<typeof REPORTED.encryption>; integ?: Key<typeof REPORTED.ikeIntegrity>; prf: Key<typeof REPORTED.prf>; group: Key<typeof REPORTED.group> };
  esp: { enc: Key<typeof REPORTED.encryption>; integ?: Key<typeof REPORTED.espIntegrity>; pfs?: Key<typeof REPORTED.group> };
  pairs: readonly Pair[];
  /** The Azure gateway's outer addresses, one tunnel each (default: one instance). */
  instances?: readonly string[];
}

function assertIke(sa: Raw, e: Expect) {
  const [enc, size] = REPORTED.encryption[e.ike.enc];
  expect(sa['state']).toBe('ESTABLISHED');
  expect(sa['version']).toBe(e.version);
  expect([sa['encr-alg'], sa['encr-keysize']]).toEqual([enc, size]);
  expect(sa['integ-alg']).toBe(e.ike.integ ? REPORTED.ikeIntegrity[e.ike.integ] : undefined);
  expect(sa['prf-alg']).toBe(REPORTED.prf[e.ike.prf]);
  expect(sa['dh-group']).toBe(REPORTED.group[e.ike.group]);
}

function assertChild(child: Raw, e: Expect, withPfs: boolean) {
  const [enc, size] = REPORTED.encryption[e.esp.enc];
  expect(child['state']).toBe('INSTALLED');
  expect(child['protocol']).toBe('ESP');
  expect([child['encr-alg'], child['encr-keysize']]).toEqual([enc, size]);
  expect(child['integ-alg']).toBe(e.esp.integ ? REPORTED.espIntegrity[e.esp.integ] : undefined);
  expect(child['dh-group']).toBe(withPfs && e.esp.pfs ? REPORTED.group[e.esp.pfs] : undefined);
}

const installedChildren = (dir: string, want: number, wantSas = 1) => () => {
  const sas = listSas(dir).filter((s) => s.sa['state'] === 'ESTABLISHED');
  const kids = sas.flatMap((s) => s.children.filter((c) => c['state'] === 'INSTALLED'));
  return sas.length >= wantSas && kids.length >= want ? { sas, kids } : undefined;
};

/** Brings up a case and checks what strongSwan reports on the on-premises side (and the Azure side agrees). */
async function runCase(d: { conf: string }, policyIn: IpsecPolicy | undefined, e: Expect) {
  const instances = e.instances ?? [AZURE_OUTER];
  const tunnels = instances.length;
  const { azure, onprem } = startPeers(azureConf({ version: e.version === '1' ? 1 : 2, policy: policyIn, pairs: e.pairs, instances }), d.conf);
  try {
    const { sas, kids } = await waitFor('IKE SAs and CHILD SAs', installedChildren(onprem, e.pairs.length * tunnels, tunnels));
    // STRONGSWAN_PEER_VERBOSE=1 prints what the device side reports (for debugging and reports).
    if (process.env['STRONGSWAN_PEER_VERBOSE']) console.info(swanctl(onprem, '--list-sas').stdout);
    expect(sas).toHaveLength(tunnels);
    for (const sa of sas) assertIke(sa.sa, e);
    expect(sas.map((sa) => sa.sa['remote-host']).sort()).toEqual([...instances].sort());
    expect(kids).toHaveLength(e.pairs.length * tunnels);
    // IKEv1 Quick Mode runs PFS at once. IKEv2's first CHILD SA comes with IKE_AUTH, without a DH exchange;
    // further CHILD SAs (CREATE_CHILD_SA) run the PFS group.
    const withoutDh = kids.filter((k) => k['dh-group'] === undefined);
    if (e.version === '2') expect(withoutDh).toHaveLength(e.esp.pfs ? tunnels : kids.length);
    for (const k of kids) assertChild(k, e, e.version === '1' || k['dh-group'] !== undefined);
    const seen = kids.map((k) => `${(k['local-ts'] as string[]).join(',')} > ${(k['remote-ts'] as string[]).join(',')}`).sort();
    const expected = instances.flatMap(() => e.pairs.map((p) => `${p.onPrem.join(',')} > ${p.azure.join(',')}`));
    expect(seen).toEqual(expected.sort());
    const azureSide = listSas(azure).filter((s) => s.sa['state'] === 'ESTABLISHED');
    expect(azureSide).toHaveLength(tunnels);
    if (e.version === '2' && e.esp.pfs) {
      // Rekeying the CHILD SA runs the PFS group: the new SA reports it.
      const name = String(kids[0]!['name']);
      const r = swanctl(onprem, '--rekey', '--child', name);
      expect(r.status).toBe(0);
      const rekeyed = await waitFor('rekeyed CHILD SA with PFS', () =>
        listSas(onprem)
          .flatMap((s) => s.children)
          .find((c) => c['state'] === 'INSTALLED' && c['dh-group'] !== undefined),
      );
      assertChild(rekeyed, e, true);
    }
    return { sas, kids };
  } finally {
    stopPeers(azure, onprem);
  }
}

const single = (d: { onPrem: readonly string[]; azure: readonly string[] }): Pair[] => [{ onPrem: d.onPrem, azure: d.azure }];

describe.skipIf(skipReason !== '')(title('exported swanctl.conf against a real strongSwan peer'), () => {
  beforeAll(() => {
    must(['sh', SCRIPT, 'install'], 600_000);
    workDir = mkdtempSync(join(tmpdir(), 'vpnd-strongswan-'));
    must(['sh', SCRIPT, 'netns-up', tag]);
    // kernel-libipsec routes a CHILD SA's remote selectors into its TUN device with a source address from
    // the local selectors, and refuses the SA without one: each side holds an address in every local selector.
    must(['sh', SCRIPT, 'inner', tag, 'onprem', '203.0.113.129/32', '203.0.113.161/32', '203.0.113.1/32']);
    must(['sh', SCRIPT, 'inner', tag, 'azure', '203.0.113.1/32', '203.0.113.33/32', '203.0.113.193/32']);
  }, 600_000);

  afterAll(() => {
    if (!workDir) return;
    sh(['sh', SCRIPT, 'down', tag, ...dirs], 30_000);
    rmSync(workDir, { recursive: true, force: true });
  }, 60_000);

  it(title("comes up with Azure's default proposals (responder order) as AES256/SHA256/DH2 and AES256-GCM"), async () => {
    const d = design({});
    await runCase(d, undefined, {
      version: '2',
      ike: { enc: 'AES256', integ: 'SHA256', prf: 'SHA256', group: 'DHGroup2' },
      esp: { enc: 'GCMAES256' },
      pairs: single(d),
    });
  }, 30_000);

  it(title('negotiates GCMAES256 / SHA384 / ECP384 with PFS ECP384'), async () => {
    const p = policy(['GCMAES256', 'SHA384', 'ECP384'], ['GCMAES256', 'GCMAES256', 'ECP384']);
    const d = design({ policy: p });
    await runCase(d, p, {
      version: '2',
      ike: { enc: 'GCMAES256', prf: 'SHA384', group: 'ECP384' },
      esp: { enc: 'GCMAES256', pfs: 'ECP384' },
      pairs: single(d),
    });
  }, 30_000);

  it(title('negotiates AES256 / SHA256 / DHGroup14 with PFS2048'), async () => {
    const p = policy(['AES256', 'SHA256', 'DHGroup14'], ['AES256', 'SHA256', 'PFS2048']);
    const d = design({ policy: p });
    await runCase(d, p, {
      version: '2',
      ike: { enc: 'AES256', integ: 'SHA256', prf: 'SHA256', group: 'DHGroup14' },
      esp: { enc: 'AES256', integ: 'SHA256', pfs: 'PFS2048' },
      pairs: single(d),
    });
  }, 30_000);

  it(title('comes up over IKEv1 with the PFS group in Quick Mode'), async () => {
    const p = policy(['AES256', 'SHA256', 'DHGroup14'], ['AES256', 'SHA256', 'PFS2048']);
    const d = design({ policy: p, protocol: 'IKEv1' });
    await runCase(d, p, {
      version: '1',
      ike: { enc: 'AES256', integ: 'SHA256', prf: 'SHA256', group: 'DHGroup14' },
      esp: { enc: 'AES256', integ: 'SHA256', pfs: 'PFS2048' },
      pairs: single(d),
    });
  }, 30_000);

  it(title('installs one CHILD SA per prefix pair with policy-based traffic selectors (2 × 2 prefixes)'), async () => {
    const p = policy(['AES256', 'SHA256', 'DHGroup14'], ['AES256', 'SHA256', 'PFS2048']);
    const d = design({ policy: p, policyBased: true, prefixes: 2 });
    const pairs = d.onPrem.flatMap((o) => d.azure.map((a) => ({ onPrem: [o], azure: [a] })));
    const { kids } = await runCase(d, p, {
      version: '2',
      ike: { enc: 'AES256', integ: 'SHA256', prf: 'SHA256', group: 'DHGroup14' },
      esp: { enc: 'AES256', integ: 'SHA256', pfs: 'PFS2048' },
      pairs,
    });
    expect(kids).toHaveLength(4);
  }, 30_000);

  it(title('fails with NO_PROPOSAL_CHOSEN when the device and Azure policies differ'), async () => {
    const device = policy(['GCMAES256', 'SHA384', 'ECP384'], ['GCMAES256', 'GCMAES256', 'ECP384']);
    const azurePolicy = policy(['AES256', 'SHA256', 'DHGroup14'], ['AES256', 'SHA256', 'PFS2048']);
    const d = design({ policy: device });
    const { azure, onprem } = startPeers(azureConf({ version: 2, policy: azurePolicy, pairs: single(d) }), d.conf);
    try {
      const log = await waitFor('NO_PROPOSAL_CHOSEN in the device log', () => {
        const text = readFileSync(join(onprem, 'charon.log'), 'utf8');
        return text.includes('NO_PROPOSAL_CHOSEN') ? text : undefined;
      });
      expect(log).toMatch(/received NO_PROPOSAL_CHOSEN/);
      expect(listSas(onprem).filter((s) => s.sa['state'] === 'ESTABLISHED')).toHaveLength(0);
    } finally {
      stopPeers(azure, onprem);
    }
  }, 30_000);
  it(title('installs the CHILD SA with NAT selectors: own prefix locally, the VNet after EgressSNAT remotely'), async () => {
    // Azure translates after decryption (facts §7): inside the tunnel the site keeps its own addresses and
    // sees the VNet as its EgressSNAT external prefix, so Azure's selectors are the translated ones.
    const pairs = [{ onPrem: [NAT.site], azure: [NAT.vnetSeen] }];
    const { kids } = await runCase({ conf: natDesign() }, undefined, {
      version: '2',
      ike: { enc: 'AES256', integ: 'SHA256', prf: 'SHA256', group: 'DHGroup2' },
      esp: { enc: 'GCMAES256' },
      pairs,
    });
    expect(kids.map((k) => [k['local-ts'], k['remote-ts']])).toEqual([[['203.0.113.0/27'], ['203.0.113.192/27']]]);
  }, 30_000);

  it(title('route-based with BGP: 0.0.0.0/0 selectors both sides, the CHILD SA installed with the XFRM if_id 100'), async () => {
    const d = design({ bgp: { peerIp: '203.0.113.250' } });
    expect(d.conf).toMatch(/^\s+if_id_in = 100$/m);
    const { kids } = await runCase(d, undefined, {
      version: '2',
      ike: { enc: 'AES256', integ: 'SHA256', prf: 'SHA256', group: 'DHGroup2' },
      esp: { enc: 'GCMAES256' },
      pairs: [{ onPrem: ['0.0.0.0/0'], azure: ['0.0.0.0/0'] }],
    });
    // swanctl --raw reports if_id values as 8 hex digits.
    expect(kids.map((k) => [k['if-id-in'], k['if-id-out']])).toEqual([['00000064', '00000064']]);
  }, 30_000);

  it(title('active-active with BGP over APIPA: one IKE SA and one CHILD SA per Azure instance, each with its own if_id'), async () => {
    const p = policy(['GCMAES256', 'SHA384', 'ECP384'], ['GCMAES256', 'GCMAES256', 'ECP384']);
    const d = design({ activeActive: true, policy: p, bgp: { peerIp: '169.254.21.2', apipa: ['169.254.21.1', '169.254.22.1'] } });
    expect(d.conf).toContain('neighbor 169.254.22.1 remote-as 65515');
    const { sas, kids } = await runCase(d, p, {
      version: '2',
      ike: { enc: 'GCMAES256', prf: 'SHA384', group: 'ECP384' },
      esp: { enc: 'GCMAES256', pfs: 'ECP384' },
      pairs: [{ onPrem: ['0.0.0.0/0'], azure: ['0.0.0.0/0'] }],
      instances: [AZURE_OUTER, AZURE_OUTER_2],
    });
    const ifIdByPeer = Object.fromEntries(sas.map((sa) => [sa.sa['remote-host'], sa.children.map((k) => k['if-id-in'])]));
    expect(ifIdByPeer).toEqual({ [AZURE_OUTER]: ['00000065'], [AZURE_OUTER_2]: ['00000066'] });
    expect(kids.every((k) => k['if-id-out'] === k['if-id-in'])).toBe(true);
  }, 30_000);
});
