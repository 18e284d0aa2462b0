import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../core/testing/examples';
import { DesignBuilder } from '../../core/testing/builders';
import { defaultFormats, emptyReason, suggestedVendors } from './export-choices';
import { exportFileName, exportZipName } from './export-download';

const example = (name: string) => loadExamples().find((e) => e.name === name)!.doc;

describe('export choices', () => {
  it('suggests the device exporters the connected sites name', () => {
    expect(suggestedVendors(example('hub-two-branches-p2s'))).toEqual(['cisco-iosxe', 'fortigate']);
    const b = new DesignBuilder('d');
    const { gatewayId } = b.hub({ name: 'hub', region: 'westeurope', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
    const asa = b.site({ name: 'a', gatewayIpAddress: '198.51.100.1', addressPrefixes: ['192.168.1.0/24'], device: { vendor: 'Cisco', platform: 'ASA 5506' } });
    const ios = b.site({ name: 'b', gatewayIpAddress: '198.51.100.2', addressPrefixes: ['192.168.2.0/24'], device: { vendor: 'Cisco', platform: 'IOS-XE' } });
    b.site({ name: 'unconnected', gatewayIpAddress: '198.51.100.3', addressPrefixes: ['192.168.3.0/24'], device: { vendor: 'Juniper', platform: 'SRX' } });
    b.s2s(gatewayId, asa, { name: 'ca' });
    b.s2s(gatewayId, ios, { name: 'cb' });
    expect(suggestedVendors(b.build())).toEqual(['cisco-asa', 'cisco-iosxe']);
  });

  it('starts with both templates, the suggested devices, and P2S profiles when there are pools', () => {
    const hub = example('hub-two-branches-p2s');
    expect(defaultFormats(hub)).toEqual(['arm', 'bicep', ...suggestedVendors(hub).map((v) => `device:${v}`), 'p2s']);
    const noPools = new DesignBuilder('d').build();
    expect(defaultFormats(noPools)).toEqual(['arm', 'bicep']);
  });

  it('says why a format would produce nothing', () => {
    const empty = new DesignBuilder('d').build();
    expect(emptyReason(empty, 'device:panos')).toBe('no site-to-site connection');
    expect(emptyReason(empty, 'p2s')).toBe('no point-to-site pool');
    expect(emptyReason(empty, 'bicep')).toBeUndefined();
    expect(emptyReason(example('hub-two-branches-p2s'), 'device:panos')).toBeUndefined();
  });

  it('names downloads after the design, safely', () => {
    expect(exportFileName('Hub: "west"', 'p2s-x/OpenVPN/vpnconfig.ovpn')).toBe('Hub- -west-p2s-x-OpenVPN-vpnconfig.ovpn');
    expect(exportZipName('')).toBe('design-export.zip');
    expect(exportZipName('../..')).toBe('design-export.zip');
  });
});
