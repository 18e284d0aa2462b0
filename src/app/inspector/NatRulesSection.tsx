import { useMemo } from 'react';
import type { NatRule, SiteToSiteConnection, VpnGateway } from '../../core/model/types';
import { useDesign } from '../store/hooks';
import { edit } from './edit';
import { CheckField, scoped, SelectField, TextField } from './fields';
import { instancesOf } from './gateway-parts';
import { addNatRule, isLinked, removeNatRule, setNatLink, setNatRuleMode, updateNatRule } from './nat-edit';
import { PrefixListEditor } from './PrefixListEditor';

const TYPES: readonly NatRule['type'][] = ['Static', 'Dynamic'];
const MODES: readonly NatRule['mode'][] = ['IngressSnat', 'EgressSnat'];
const MODE_LABEL: Record<NatRule['mode'], string> = { IngressSnat: 'Ingress', EgressSnat: 'Egress' };

/** The gateway's NAT rules as a table (name, type, mode), each with its mappings, instance and connection links. */
export function NatRulesSection({ gateway, patch }: { gateway: VpnGateway; patch: (f: (g: VpnGateway) => VpnGateway) => void }) {
  const connections = useDesign((s) => s.doc.connections);
  const links = useMemo(() => connections.filter((c): c is SiteToSiteConnection => c.kind === 's2s' && c.gatewayId === gateway.id), [connections, gateway.id]);
  const onRule = (id: string, f: (r: NatRule) => NatRule) => edit((doc) => updateNatRule(doc, gateway.id, id, f));
  return (
    <fieldset className="nat-rules">
      <legend>NAT rules</legend>
      <CheckField
        label="BGP route translation for NAT"
        checked={gateway.enableBgpRouteTranslationForNat}
        onChange={(on) => patch((g) => ({ ...g, enableBgpRouteTranslationForNat: on }))}
      />
      {gateway.natRules.length === 0 ? (
        <p className="field-empty">None yet.</p>
      ) : (
        <table className="nat-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Mode</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          {gateway.natRules.map((rule, i) => (
            <tbody key={rule.id}>
              <tr>
                <td>
                  <TextField label={`NAT rule ${i + 1} name`} hideLabel value={rule.name} onCommit={(name) => onRule(rule.id, (r) => ({ ...r, name }))} />
                </td>
                <td>
                  <SelectField label={`${rule.name} type`} hideLabel value={rule.type} options={TYPES} onChange={(type) => onRule(rule.id, (r) => ({ ...r, type }))} />
                </td>
                <td>
                  <SelectField
                    label={`${rule.name} mode`}
                    hideLabel
                    value={rule.mode}
                    options={MODES}
                    optionLabel={(m) => MODE_LABEL[m]}
                    onChange={(mode) => edit((doc) => setNatRuleMode(doc, gateway.id, rule.id, mode))}
                  />
                </td>
                <td>
                  <button type="button" className="tool" aria-label={`Remove NAT rule ${rule.name}`} onClick={() => edit((doc) => removeNatRule(doc, gateway.id, rule.id))}>
                    ✕
                  </button>
                </td>
              </tr>
              <tr className="nat-detail">
                <td colSpan={4}>
                  <NatRuleDetails gateway={gateway} rule={rule} links={links} onRule={(f) => onRule(rule.id, f)} />
                </td>
              </tr>
            </tbody>
          ))}
        </table>
      )}
      <button type="button" className="tool" onClick={() => edit((doc) => addNatRule(doc, gateway.id).doc)}>
        Add NAT rule
      </button>
    </fieldset>
  );
}

function NatRuleDetails({
  gateway,
  rule,
  links,
  onRule,
}: {
  gateway: VpnGateway;
  rule: NatRule;
  links: readonly SiteToSiteConnection[];
  onRule: (f: (r: NatRule) => NatRule) => void;
}) {
  const linkedCount = links.filter((c) => isLinked(c, rule.id)).length;
  return (
    <details>
      <summary>
        <span className="visually-hidden">Mappings and links of {rule.name}: </span>
        {rule.internalMappings.join(', ') || 'no internal mapping'} → {rule.externalMappings.join(', ') || 'no external mapping'} · {linkedCount} link
        {linkedCount === 1 ? '' : 's'}
      </summary>
      <div className="nat-detail-body">
        <PrefixListEditor label="Internal mappings" scope={rule.name} prefixes={rule.internalMappings} onChange={(p) => onRule((r) => ({ ...r, internalMappings: [...p] }))} />
        <PrefixListEditor
          label="External mappings"
          scope={rule.name}
          prefixes={rule.externalMappings}
          placeholder="100.64.0.0/24"
          onChange={(p) => onRule((r) => ({ ...r, externalMappings: [...p] }))}
        />
        <SelectField
          label={scoped(rule.name, 'IP configuration')}
          value={rule.ipConfigurationId ?? ''}
          placeholder="Not pinned (both instances)"
          options={instancesOf(gateway)}
          onChange={(id) => onRule(({ ipConfigurationId: _i, ...r }) => (id ? { ...r, ipConfigurationId: id } : r))}
        />
        <fieldset>
          <legend>{scoped(rule.name, 'Connections (NAT links)')}</legend>
          {links.length === 0 ? <p className="field-empty">No site-to-site connection on this gateway.</p> : null}
          {links.map((c) => (
            <CheckField
              key={c.id}
              label={scoped(`${rule.name} on`, c.name)}
              checked={isLinked(c, rule.id)}
              onChange={(on) => edit((doc) => setNatLink(doc, c.id, rule, on))}
            />
          ))}
        </fieldset>
      </div>
    </details>
  );
}
