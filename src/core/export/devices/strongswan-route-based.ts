import { toPrefix } from '../../net/prefix';
import { MSS_CLAMP, type DeviceModel, type DeviceTunnel } from './device-model';

/**
 * The Linux side of a route-based strongSwan tunnel to Azure: one XFRM interface per tunnel (the CHILD SAs
 * carry its `if_id`), its routes (a host route to the Azure BGP peer, or the Azure prefixes), the MSS
 * clamp, and an FRR bgpd snippet when the connection runs BGP. swanctl.conf has no place for commands,
 * so they are written as comment blocks between marker lines, for the user to run (or paste) as root.
 */

/** Marker lines around the shell commands and the FRR configuration (the real-peer test finds them). */
export const SHELL_BEGIN = '# ---- BEGIN shell (run as root before swanctl --load-all) ----';
export const SHELL_END = '# ---- END shell ----';
export const FRR_BEGIN = '# ---- BEGIN frr.conf (bgpd) ----';
export const FRR_END = '# ---- END frr.conf ----';

export interface XfrmTunnel {
  readonly tunnel: DeviceTunnel;
  /** The XFRM interface id, written as if_id_in/if_id_out on the tunnel's CHILD SAs. */
  readonly ifId: number;
  /** The interface name (at most 15 characters, Linux's limit). */
  readonly ifName: string;
}

/** One XFRM interface per tunnel: `xfrm-azure` (if_id 100), or `xfrm-azure1`/`xfrm-azure2` (101/102) for active-active. */
export function xfrmTunnels(tunnels: readonly DeviceTunnel[]): XfrmTunnel[] {
  return tunnels.map((tunnel) => ({
    tunnel,
    ifId: 100 + tunnel.instance,
    ifName: tunnel.instance === 0 ? 'xfrm-azure' : `xfrm-azure${tunnel.instance}`,
  }));
}

const indent = (lines: readonly string[]) => lines.map((l) => `#   ${l}`);

/** The shell commands: interfaces, BGP addresses, routes, MSS clamp. */
function shellLines(m: DeviceModel, xfrm: readonly XfrmTunnel[], remotePrefixes: readonly string[]): string[] {
  const out: string[] = [];
  for (const x of xfrm) {
    out.push(`ip link add ${x.ifName} type xfrm if_id ${x.ifId}`);
    out.push(`ip link set ${x.ifName} mtu 1400 up`);
  }
  const bgp = m.bgp;
  if (bgp?.apipa) {
    // Point-to-point APIPA addresses: the Azure peer is directly connected through its tunnel.
    for (const x of xfrm) out.push(`ip addr add ${bgp.localPeerIp}/32 peer ${x.tunnel.azureBgpIp}/32 dev ${x.ifName}`);
  } else if (bgp) {
    out.push(`ip addr add ${bgp.localPeerIp}/32 dev lo`);
    for (const x of xfrm) out.push(`ip route add ${x.tunnel.azureBgpIp}/32 dev ${x.ifName} src ${bgp.localPeerIp}`);
  } else {
    for (const prefix of remotePrefixes) {
      out.push(xfrm.length === 1 ? `ip route add ${prefix} dev ${xfrm[0]!.ifName}` : `ip route add ${prefix} ${xfrm.map((x) => `nexthop dev ${x.ifName}`).join(' ')}`);
    }
  }
  for (const x of xfrm) out.push(`iptables -t mangle -A FORWARD -o ${x.ifName} -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss ${MSS_CLAMP}`);
  return out;
}

/** FRR bgpd: one eBGP neighbour per tunnel, sourced from the site's BGP address. */
function frrLines(m: DeviceModel, xfrm: readonly XfrmTunnel[]): string[] {
  const bgp = m.bgp;
  if (!bgp) return [];
  const out = [`router bgp ${bgp.localAsn}`, ` bgp router-id ${bgp.localPeerIp}`, ' no bgp ebgp-requires-policy'];
  for (const x of xfrm) {
    const peer = x.tunnel.azureBgpIp;
    out.push(` neighbor ${peer} remote-as ${bgp.azureAsn}`);
    // A GatewaySubnet peer is not on a connected subnet (loopback to loopback): eBGP needs multihop.
    if (!bgp.apipa) out.push(` neighbor ${peer} ebgp-multihop 255`);
    out.push(` neighbor ${peer} update-source ${bgp.localPeerIp}`);
  }
  out.push(' address-family ipv4 unicast');
  // Only canonical prefixes reach the output: the design's text never does.
  for (const prefix of m.site?.bgp?.advertisedPrefixes ?? []) {
    const canonical = toPrefix(prefix)?.text;
    if (canonical) out.push(`  network ${canonical}`);
  }
  out.push(' exit-address-family');
  return out;
}

/** The comment blocks for a route-based connection (shell, then FRR when BGP runs). */
export function routeBasedSetup(m: DeviceModel, xfrm: readonly XfrmTunnel[], remotePrefixes: readonly string[]): string[] {
  const out = ['# Route-based: each tunnel is an XFRM interface (Linux 4.19+); its CHILD SA carries the interface\'s if_id.'];
  out.push('# If this device already has XFRM interfaces, pick unused names and if_id values here and below.');
  if (m.bgp) {
    out.push(`# BGP: each Azure BGP peer is reached through its own tunnel; FRR peers from ${m.bgp.localPeerIp} (the site's BGP address).`);
    if (m.bgp.apipa) out.push('# APIPA peering: Azure does not initiate BGP from an APIPA address, so this device must (FRR does).');
  } else if (remotePrefixes.length === 0) {
    out.push('# No Azure prefixes known: add routes to the Azure address space through the tunnel interface.');
  }
  out.push(SHELL_BEGIN, ...indent(shellLines(m, xfrm, remotePrefixes)), SHELL_END);
  const frr = frrLines(m, xfrm);
  if (frr.length > 0) out.push(FRR_BEGIN, ...indent(frr), FRR_END);
  return out;
}
