import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../testing/fixtures';
import { createDesignStore } from '../store/design-store';
import { skusFor } from './GatewayInspector';
import { setSiteAddress } from './SiteInspector';
import { findElement, moveItem, parseAsn, updateSite, updateVnet } from './update';

describe('inspector document edits', () => {
  it('finds an element of any kind by id', () => {
    const doc = sampleDesign();
    expect(findElement(doc, 'vnet-hub')?.kind).toBe('vnet');
    expect(findElement(doc, 'gw-hub')?.kind).toBe('gateway');
    expect(findElement(doc, 'site-1')?.kind).toBe('site');
    expect(findElement(doc, 'p2s-1')?.kind).toBe('p2s');
    expect(findElement(doc, 'cn-1')?.kind).toBe('connection');
    expect(findElement(doc, 'nope')).toBeUndefined();
  });

  it('replaces one element without touching the input document', () => {
    const doc = sampleDesign();
    const next = updateSite(doc, 'site-1', (s) => ({ ...s, addressPrefixes: ['10.0.5.0/24'] }));
    expect(next.sites.find((s) => s.id === 'site-1')?.addressPrefixes).toEqual(['10.0.5.0/24']);
    expect(doc.sites.find((s) => s.id === 'site-1')?.addressPrefixes).toEqual(['192.168.1.0/24']);
    expect(next.vnets).toBe(doc.vnets);
  });

  it('returns the same document when the element is missing or unchanged', () => {
    const doc = sampleDesign();
    expect(updateVnet(doc, 'nope', (v) => ({ ...v, name: 'x' }))).toBe(doc);
    expect(updateVnet(doc, 'vnet-hub', (v) => v)).toBe(doc);
  });

  it('records each committed edit as one undo step', () => {
    const store = createDesignStore(sampleDesign());
    const rename = (name: string) => store.getState().commit(updateVnet(store.getState().doc, 'vnet-hub', (v) => ({ ...v, name })));
    rename('a');
    rename('b');
    store.getState().undo();
    expect(store.getState().doc.vnets.find((v) => v.id === 'vnet-hub')?.name).toBe('a');
  });

  it('moves list items up and down, ignoring moves out of range', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    const list = ['a'];
    expect(moveItem(list, 0, -1)).toBe(list);
  });

  it('accepts ASNs from 0 to 4294967295 and flags anything else', () => {
    expect(parseAsn('65010')).toEqual({ ok: true, value: 65010 });
    expect(parseAsn('4294967295')).toEqual({ ok: true, value: 4_294_967_295 });
    expect(parseAsn('70000000000').ok).toBe(false);
    expect(parseAsn('-1').ok).toBe(false);
    expect(parseAsn('6.5').ok).toBe(false);
    expect(parseAsn('').ok).toBe(false);
  });

  it('offers only the SKUs that exist in a generation', () => {
    expect(skusFor('Generation1')).toContain('VpnGw1AZ');
    expect(skusFor('Generation1')).not.toContain('VpnGw4AZ');
    expect(skusFor('Generation2')).toContain('VpnGw5AZ');
    expect(skusFor('Generation2')).not.toContain('VpnGw1AZ');
  });

  it("stores a site's address as an IP or an FQDN, never both", () => {
    const site = sampleDesign().sites[0]!;
    const byName = setSiteAddress(site, 'vpn.example.com');
    expect(byName.fqdn).toBe('vpn.example.com');
    expect(byName.gatewayIpAddress).toBeUndefined();
    const byIp = setSiteAddress(byName, ' 198.51.100.7 ');
    expect(byIp.gatewayIpAddress).toBe('198.51.100.7');
    expect(byIp.fqdn).toBeUndefined();
  });
});
