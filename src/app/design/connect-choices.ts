import type { TopologyDocument } from '../../core/model/types';
import { planConnection, type ConnectPlan } from './connect';

type OkPlan = Extract<ConnectPlan, { ok: true }>;

/** The kinds of element a connection can be drawn between. */
export type ConnectableKind = 'gateway' | 'site' | 'vnet' | 'p2s';

/** An element the selected one can connect to: its id and what connecting would create. */
export interface OfferedChoice {
  readonly id: string;
  readonly label: string;
}

/** Elements the selected one cannot connect to: one named element, or several sharing the same reason. */
export interface RefusedChoice {
  readonly label: string;
  readonly reason: string;
}

export interface ChoiceGroup {
  readonly kind: ConnectableKind;
  readonly title: string;
  readonly offered: readonly OfferedChoice[];
  readonly refused: readonly RefusedChoice[];
}

const GROUPS: readonly { kind: ConnectableKind; title: string; plural: string; list: (doc: TopologyDocument) => readonly { id: string; name: string }[] }[] = [
  { kind: 'gateway', title: 'VPN gateways', plural: 'gateways', list: (d) => d.gateways },
  { kind: 'site', title: 'On-premises sites', plural: 'sites', list: (d) => d.sites },
  { kind: 'vnet', title: 'VNets', plural: 'VNets', list: (d) => d.vnets },
  { kind: 'p2s', title: 'P2S pools', plural: 'P2S pools', list: (d) => d.p2sConfigurations },
];

/** Names in the order people expect (gw-2 before gw-10). */
const collator = new Intl.Collator(undefined, { numeric: true });
const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);

const displayName = (e: { id: string; name: string }) => e.name || e.id;

/** What carrying out a plan creates, said from the side of the element it is offered to (`other` is the far end). */
export function describePlan(doc: TopologyDocument, plan: OkPlan, other: { id: string; name: string }): string {
  const otherName = displayName(other);
  switch (plan.kind) {
    case 's2s':
      return `Site-to-site connection to ${otherName}`;
    case 'vnet2vnet':
      return plan.directions.length === 2
        ? `VNet-to-VNet connections with ${otherName} (both directions)`
        : `VNet-to-VNet connection with ${otherName} (the missing direction)`;
    case 'peering':
      return `Peering with ${otherName}`;
    case 'p2s': {
      const from = doc.gateways.find((g) => g.id === doc.p2sConfigurations.find((p) => p.id === plan.p2sId)?.gatewayId);
      const moved = from ? ` (moves it from ${displayName(from)})` : '';
      return other.id === plan.p2sId ? `Attach P2S pool ${otherName}${moved}` : `Move the pool to ${otherName}${from ? ` (from ${displayName(from)})` : ''}`;
    }
  }
}

/**
 * What the element `fromId` can connect to, by kind, as `planConnection` judges each pair: the ones it
 * accepts say what they would create, the ones it refuses say why. Refusals shared by several elements
 * (e.g. "two sites do not connect") are said once for all of them, so a large design lists its few
 * possible links, not hundreds of identical refusals. Groups with something to offer come first.
 */
export function connectChoices(doc: TopologyDocument, fromId: string): readonly ChoiceGroup[] {
  const groups = GROUPS.map(({ kind, title, plural, list }) => {
    const offered: OfferedChoice[] = [];
    const refusedBy = new Map<string, string[]>();
    for (const el of list(doc)) {
      if (el.id === fromId) continue;
      const plan = planConnection(doc, fromId, el.id);
      if (plan.ok) offered.push({ id: el.id, label: describePlan(doc, plan, el) });
      else {
        const names = refusedBy.get(plan.reason);
        if (names) names.push(displayName(el));
        else refusedBy.set(plan.reason, [displayName(el)]);
      }
    }
    const refused = [...refusedBy].map(([reason, names]) => ({ label: names.length === 1 ? names[0]! : `${names.length} ${plural}`, reason }));
    return { kind, title, offered: offered.sort(byLabel), refused: refused.sort(byLabel) };
  }).filter((g) => g.offered.length + g.refused.length > 0);
  return [...groups.filter((g) => g.offered.length > 0), ...groups.filter((g) => g.offered.length === 0)];
}
