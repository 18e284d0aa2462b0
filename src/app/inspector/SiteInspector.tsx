import type { LocalSite } from '../../core/model/types';
import { edit } from './edit';
import { CheckField, IntegerField, TextField } from './fields';
import { PrefixListEditor } from './PrefixListEditor';
import { parseAsn, updateSite } from './update';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Vendors and platforms the device exports know, offered while typing (any text is kept). */
const DEVICE_VENDORS = ['Cisco', 'Fortinet', 'Juniper', 'Palo Alto Networks', 'strongSwan'];
const DEVICE_PLATFORMS = ['ASA', 'IOS-XE', 'FortiGate', 'SRX', 'PAN-OS', 'Linux'];

/** One field for the device's address: an IPv4 address goes to gatewayIpAddress, anything else to fqdn. */
export function setSiteAddress(site: LocalSite, text: string): LocalSite {
  const t = text.trim();
  const { gatewayIpAddress: _ip, fqdn: _fqdn, ...rest } = site;
  if (!t) return rest;
  return IPV4.test(t) ? { ...rest, gatewayIpAddress: t } : { ...rest, fqdn: t };
}

export function SiteInspector({ site }: { site: LocalSite }) {
  const patch = (f: (s: LocalSite) => LocalSite) => edit((doc) => updateSite(doc, site.id, f));
  return (
    <>
      <TextField label="Name" value={site.name} onCommit={(name) => patch((s) => ({ ...s, name }))} />
      <TextField label="Gateway IP address or FQDN" value={site.gatewayIpAddress ?? site.fqdn ?? ''} onCommit={(t) => patch((s) => setSiteAddress(s, t))} />
      <PrefixListEditor label="Address prefixes" prefixes={site.addressPrefixes} onChange={(p) => patch((s) => ({ ...s, addressPrefixes: [...p] }))} />
      <CheckField label="Device behind NAT (NAT-T)" checked={site.behindNat} onChange={(behindNat) => patch((s) => ({ ...s, behindNat }))} />
      <fieldset>
        <legend>Device</legend>
        <TextField
          label="Vendor"
          value={site.device.vendor}
          suggestions={DEVICE_VENDORS}
          onCommit={(vendor) => patch((s) => ({ ...s, device: { ...s.device, vendor: vendor.trim() } }))}
        />
        <TextField
          label="Platform"
          value={site.device.platform}
          suggestions={DEVICE_PLATFORMS}
          onCommit={(platform) => patch((s) => ({ ...s, device: { ...s.device, platform: platform.trim() } }))}
        />
      </fieldset>
      <CheckField
        label="BGP"
        checked={site.bgp !== undefined}
        onChange={(on) =>
          patch(({ bgp: _bgp, ...s }) => (on ? { ...s, bgp: { asn: 65010, peerIp: '', advertisedPrefixes: [] } } : s))
        }
      />
      {site.bgp ? (
        <>
          <IntegerField
            label="BGP ASN"
            value={site.bgp.asn}
            min={0}
            max={4_294_967_295}
            parse={parseAsn}
            onCommit={(asn) => patch((s) => (s.bgp ? { ...s, bgp: { ...s.bgp, asn } } : s))}
          />
          <TextField
            label="BGP peer IP"
            value={site.bgp.peerIp}
            onCommit={(peerIp) => patch((s) => (s.bgp ? { ...s, bgp: { ...s.bgp, peerIp: peerIp.trim() } } : s))}
          />
          <PrefixListEditor
            label="BGP advertised prefixes"
            prefixes={site.bgp.advertisedPrefixes}
            placeholder={site.addressPrefixes[0] ?? '192.168.0.0/24'}
            onChange={(p) => patch((s) => (s.bgp ? { ...s, bgp: { ...s.bgp, advertisedPrefixes: [...p] } } : s))}
          />
        </>
      ) : null}
    </>
  );
}
