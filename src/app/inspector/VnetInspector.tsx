import { AZURE_REGIONS } from '../../core/model/regions';
import type { VirtualNetwork } from '../../core/model/types';
import { edit } from './edit';
import { CheckField, SelectField, TextField } from './fields';
import { MaintenanceWindowFields } from './MaintenanceWindowFields';
import { AddressListEditor, PrefixListEditor } from './PrefixListEditor';
import { SubnetsSection } from './SubnetsSection';
import { updateVnet } from './update';

const CLOUDS = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'] as const;

export function VnetInspector({ vnet }: { vnet: VirtualNetwork }) {
  const patch = (f: (v: VirtualNetwork) => VirtualNetwork) => edit((doc) => updateVnet(doc, vnet.id, f));
  return (
    <>
      <TextField label="Name" value={vnet.name} onCommit={(name) => patch((v) => ({ ...v, name }))} />
      <TextField label="Region" value={vnet.region} suggestions={AZURE_REGIONS[vnet.cloud]} onCommit={(region) => patch((v) => ({ ...v, region: region.trim() }))} />
      <SelectField label="Cloud" value={vnet.cloud} options={CLOUDS} onChange={(cloud) => patch((v) => ({ ...v, cloud }))} />
      <PrefixListEditor label="Address space" prefixes={vnet.addressSpace} onChange={(addressSpace) => patch((v) => ({ ...v, addressSpace: [...addressSpace] }))} />
      <SubnetsSection vnet={vnet} patch={patch} />
      <AddressListEditor label="DNS servers" addresses={vnet.dnsServers} placeholder="10.0.0.4" onChange={(dnsServers) => patch((v) => ({ ...v, dnsServers }))} />
      <CheckField
        label="ExpressRoute gateway coexists"
        checked={vnet.expressRouteCoexistence}
        onChange={(expressRouteCoexistence) => patch((v) => ({ ...v, expressRouteCoexistence }))}
      />
      {vnet.expressRouteCoexistence || vnet.expressRouteMaintenanceWindow ? (
        <MaintenanceWindowFields
          title="ExpressRoute maintenance window"
          value={vnet.expressRouteMaintenanceWindow}
          region={vnet.region}
          onChange={(w) => patch(({ expressRouteMaintenanceWindow: _w, ...v }) => (w ? { ...v, expressRouteMaintenanceWindow: w } : v))}
        />
      ) : null}
    </>
  );
}
