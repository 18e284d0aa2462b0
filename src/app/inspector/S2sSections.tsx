import type { NatRule, SiteToSiteConnection } from '../../core/model/types';
import { useDesign } from '../store/hooks';
import { edit } from './edit';
import { CheckField } from './fields';
import { isLinked, setNatLink } from './nat-edit';
import { PrefixListEditor } from './PrefixListEditor';
import { RecordList } from './RecordList';

type Selector = SiteToSiteConnection['trafficSelectorPolicies'][number];
type Patch = (f: (c: SiteToSiteConnection) => SiteToSiteConnection) => void;

const NO_RULES: readonly NatRule[] = [];

/** UsePolicyBasedTrafficSelectors and the custom selector policies (local × remote ranges) of a connection. */
export function TrafficSelectorsSection({ connection, patch }: { connection: SiteToSiteConnection; patch: Patch }) {
  const setPolicy = (i: number, f: (s: Selector) => Selector) =>
    patch((c) => ({ ...c, trafficSelectorPolicies: c.trafficSelectorPolicies.map((s, j) => (j === i ? f(s) : s)) }));
  return (
    <fieldset>
      <legend>Traffic selectors</legend>
      <CheckField
        label="Use policy-based traffic selectors"
        checked={connection.usePolicyBasedTrafficSelectors}
        onChange={(usePolicyBasedTrafficSelectors) => patch((c) => ({ ...c, usePolicyBasedTrafficSelectors }))}
      />
      <RecordList
        items={connection.trafficSelectorPolicies}
        nameOf={(_, i) => `selector ${i + 1}`}
        onRemove={(i) => patch((c) => ({ ...c, trafficSelectorPolicies: c.trafficSelectorPolicies.filter((_, j) => j !== i) }))}
        onAdd={() => patch((c) => ({ ...c, trafficSelectorPolicies: [...c.trafficSelectorPolicies, { localAddressRanges: [], remoteAddressRanges: [] }] }))}
        addLabel="Add selector policy"
        renderItem={(policy, i) => (
          <>
            <PrefixListEditor
              label={`Selector ${i + 1} local (Azure) ranges`}
              prefixes={policy.localAddressRanges}
              onChange={(p) => setPolicy(i, (s) => ({ ...s, localAddressRanges: [...p] }))}
            />
            <PrefixListEditor
              label={`Selector ${i + 1} remote (on-premises) ranges`}
              prefixes={policy.remoteAddressRanges}
              placeholder="192.168.0.0/24"
              onChange={(p) => setPolicy(i, (s) => ({ ...s, remoteAddressRanges: [...p] }))}
            />
          </>
        )}
      />
    </fieldset>
  );
}

/** The NAT rules of the connection's gateway, each linked or not (in the list of its mode). */
export function ConnectionNatLinks({ connection }: { connection: SiteToSiteConnection }) {
  const rules = useDesign((s) => s.doc.gateways.find((g) => g.id === connection.gatewayId)?.natRules ?? NO_RULES);
  return (
    <fieldset>
      <legend>NAT rules</legend>
      {rules.length === 0 ? <p className="field-empty">The gateway has no NAT rules.</p> : null}
      {rules.map((r) => (
        <CheckField
          key={r.id}
          label={`${r.name} (${r.mode === 'IngressSnat' ? 'ingress' : 'egress'})`}
          checked={isLinked(connection, r.id)}
          onChange={(on) => edit((doc) => setNatLink(doc, connection.id, r, on))}
        />
      ))}
    </fieldset>
  );
}
