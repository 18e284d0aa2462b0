import type { VpnGateway } from '../../core/model/types';
import { checkAzureApipa, nextFreeApipa } from './checks';
import { CheckField, IntegerField } from './fields';
import { instancesOf, withApipa } from './gateway-parts';
import { ListEditor } from './ListEditor';
import { parseAsn } from './update';

/** The gateway's BGP: on/off, ASN, and custom APIPA BGP addresses per instance (IP configuration). */
export function GatewayBgpSection({ gateway, patch }: { gateway: VpnGateway; patch: (f: (g: VpnGateway) => VpnGateway) => void }) {
  const all = gateway.bgp.customApipa.flatMap((c) => c.addresses);
  return (
    <fieldset>
      <legend>BGP</legend>
      <CheckField label="BGP enabled" checked={gateway.bgp.enabled} onChange={(enabled) => patch((g) => ({ ...g, bgp: { ...g.bgp, enabled } }))} />
      {gateway.bgp.enabled ? (
        <>
          <IntegerField label="BGP ASN" value={gateway.bgp.asn} min={0} max={4_294_967_295} parse={parseAsn} onCommit={(asn) => patch((g) => ({ ...g, bgp: { ...g.bgp, asn } }))} />
          {instancesOf(gateway).map((instance) => (
            <ListEditor
              key={instance}
              label={`Custom APIPA addresses (${instance})`}
              entries={gateway.bgp.customApipa.find((c) => c.ipConfigurationId === instance)?.addresses ?? []}
              onChange={(addresses) => patch((g) => withApipa(g, instance, addresses))}
              check={(t) => checkAzureApipa(t, all)}
              newEntry={nextFreeApipa(all) ?? '169.254.21.1'}
              addLabel={`Add APIPA address to ${instance}`}
            />
          ))}
        </>
      ) : null}
    </fieldset>
  );
}
