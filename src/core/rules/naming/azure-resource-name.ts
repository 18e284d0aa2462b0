import type { Finding } from '../types';
import { defineRule } from '../types';
import { resourceGroupProblems } from './resource-group';

/**
 * Azure's naming rules per resource type (facts §8; the same pattern as Azure's naming-rules page for
 * Microsoft.Network). Every type here allows letters, digits, `_`, `.` and `-`, must start with a
 * letter or digit and must end with a letter, digit or `_`; only the length differs.
 */
const NAME_RULES = {
  vnet: { label: 'VNet', resource: 'Microsoft.Network/virtualNetworks', min: 2, max: 64 },
  subnet: { label: 'subnet', resource: 'Microsoft.Network/virtualNetworks/subnets', min: 1, max: 80 },
  gateway: { label: 'gateway', resource: 'Microsoft.Network/virtualNetworkGateways', min: 1, max: 80 },
  site: { label: 'site (local network gateway)', resource: 'Microsoft.Network/localNetworkGateways', min: 1, max: 80 },
  connection: { label: 'connection', resource: 'Microsoft.Network/connections', min: 1, max: 80 },
  peering: { label: 'peering', resource: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings', min: 1, max: 80 },
  natRule: { label: 'NAT rule', resource: 'Microsoft.Network/virtualNetworkGateways/natRules', min: 1, max: 80 },
  p2s: { label: 'P2S configuration', resource: 'vpnClientConfiguration (a gateway child, treated like one)', min: 1, max: 80 },
} as const;

type Kind = keyof typeof NAME_RULES;

/** ASCII only: Azure's "alphanumerics" for network resources are A–Z, a–z, 0–9. */
const ALLOWED = /^[A-Za-z0-9_.-]$/;
const START = /^[A-Za-z0-9]$/;
const END = /^[A-Za-z0-9_]$/;

/**
 * A name quoted for a message: JSON escaping handles quotes, backslashes, newlines and lone surrogates;
 * invisible and format characters JSON leaves raw (bidi overrides, zero-width spaces, U+2028…) are
 * escaped as \\uXXXX too, so a name can never reorder or hide the text around it. `JSON.parse` of the
 * result gives the name back.
 */
const q = (name: string): string =>
  JSON.stringify(name).replace(/[\p{C}\p{Zl}\p{Zp}]/gu, (c) =>
    Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );

/** A name Azure would accept, derived from the given one; undefined when nothing sensible is left. */
function suggestion(name: string, kind: Kind): string | undefined {
  const { min, max } = NAME_RULES[kind];
  const chars = Array.from(name).map((c) => (ALLOWED.test(c) ? c : '-'));
  let s = chars.join('').replace(/-{2,}/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  s = s.slice(0, max).replace(/[.-]+$/, '');
  return s.length >= min && s !== name ? s : undefined;
}

/** Short labels for messages. */
const SHORT: Record<Kind, string> = {
  vnet: 'VNet',
  subnet: 'subnet',
  gateway: 'gateway',
  site: 'site',
  connection: 'connection',
  peering: 'peering',
  natRule: 'NAT rule',
  p2s: 'P2S configuration',
};

/** A valid name of the shared charset and first/last-character rules: the fast path for the common case. */
const VALID = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;

interface Named {
  readonly kind: Kind;
  readonly name: string;
  /** The element to focus (a subnet has no id of its own: its VNet). */
  readonly elementId: string;
  /** The parent of a child resource (a subnet's VNet, a NAT rule's gateway), for messages. */
  readonly parent?: { readonly kind: Kind; readonly name: string };
  /** The Azure region of a top-level resource whose duplicates are judged per region. */
  readonly region?: string;
}

/** How to name an element in a message, e.g. `subnet "app" of VNet "hub"` (built only when reported). */
function whatOf(n: Named): string {
  const own = `${SHORT[n.kind]} ${q(n.name)}`;
  return n.parent ? `${own} of ${SHORT[n.parent.kind]} ${q(n.parent.name)}` : own;
}

/** True for the common case of a name with nothing to report (checked before building a generator). */
function isValid(kind: Kind, name: string): boolean {
  const rule = NAME_RULES[kind];
  return name.length >= rule.min && name.length <= rule.max && VALID.test(name);
}

/** The format problems of one name, one finding per problem. */
function* formatProblems(n: Named): Generator<Finding> {
  const rule = NAME_RULES[n.kind];
  const what = whatOf(n);
  const chars = Array.from(n.name);
  const hint = (text: string): Finding['fix'] => {
    const s = suggestion(n.name, n.kind);
    return { hint: s ? `${text} For example ${q(s)}.` : text };
  };
  const base = { kind: n.kind, name: n.name, resource: rule.resource };
  if (chars.length < rule.min || chars.length > rule.max) {
    yield {
      elementIds: [n.elementId],
      message: `${what} has ${chars.length} characters; Azure takes ${rule.min}–${rule.max} for a ${rule.label} name.`,
      detail: 'length',
      data: { ...base, length: chars.length, min: rule.min, max: rule.max },
      fix: hint(`Use a name of ${rule.min}–${rule.max} characters.`),
    };
  }
  const bad = [...new Set(chars.filter((c) => !ALLOWED.test(c)))];
  if (bad.length > 0) {
    yield {
      elementIds: [n.elementId],
      message: `${what} contains ${bad.length === 1 ? 'a character' : 'characters'} Azure does not allow in a name: ${bad.slice(0, 10).map(q).join(', ')}${bad.length > 10 ? ` and ${bad.length - 10} more` : ''}. Only letters, digits, "_", "." and "-" are allowed.`,
      detail: 'characters',
      data: { ...base, characters: bad },
      fix: hint('Use only letters, digits, "_", "." and "-".'),
    };
  }
  // A first or last character that is not allowed at all is already reported above.
  const first = chars[0];
  if (first !== undefined && ALLOWED.test(first) && !START.test(first)) {
    yield {
      elementIds: [n.elementId],
      message: `${what} starts with ${q(first)}; Azure names must start with a letter or digit.`,
      detail: 'start',
      data: { ...base, character: first },
      fix: hint('Start the name with a letter or digit.'),
    };
  }
  const last = chars[chars.length - 1];
  if (last !== undefined && ALLOWED.test(last) && !END.test(last)) {
    yield {
      elementIds: [n.elementId],
      message: `${what} ends with ${q(last)}; Azure names must end with a letter, digit or "_".`,
      detail: 'end',
      data: { ...base, character: last },
      fix: hint('End the name with a letter, digit or "_".'),
    };
  }
}

/**
 * One place where names must be unique: design-wide per type, or inside one parent (VNet or gateway).
 * Names are grouped by their lower-cased form; the table is built only once a second name arrives,
 * so the many one-child scopes cost nothing.
 */
class Scope {
  private first: Named | undefined;
  private table: Map<string, Named[]> | undefined;

  constructor(
    readonly parent?: { readonly kind: Kind; readonly name: string },
    /** The element to focus instead of the duplicates themselves (subnets: their VNet). */
    readonly focus?: string,
    /** True for top-level types whose duplicates are judged per region (VNets, gateways, connections). */
    readonly regional = false,
  ) {}

  add(n: Named): void {
    if (n.name.length === 0) return; // empty names are left to 'length'
    if (!this.first) {
      this.first = n;
      return;
    }
    if (!this.table) this.table = new Map([[this.first.name.toLowerCase(), [this.first]]]);
    const key = n.name.toLowerCase();
    const g = this.table.get(key);
    if (g) g.push(n);
    else this.table.set(key, [n]);
  }

  /** Groups of two or more names that Azure sees as one. */
  *groups(): Generator<Named[]> {
    for (const g of this.table?.values() ?? []) if (g.length > 1) yield g;
  }
}

/** Azure compares region names without case or spaces ("West Europe" is westeurope). */
const regionKey = (region: string | undefined): string => (region ?? '').toLowerCase().replace(/\s+/g, '');

/** The same-name items split by region, in order of first appearance. */
function byRegion(items: readonly Named[]): Named[][] {
  const out = new Map<string, Named[]>();
  for (const n of items) {
    const key = regionKey(n.region);
    const list = out.get(key);
    if (list) list.push(n);
    else out.set(key, [n]);
  }
  return [...out.values()];
}

const regionLabel = (n: Named): string => (n.region ? n.region : 'unknown region');

/** The duplicate findings of some scopes; two peerings between the same two VNets appear in both VNets' scopes and are reported once. */
function* duplicateFindings(scopes: readonly Scope[]): Generator<Finding> {
  const reported = new Set<string>();
  for (const scope of scopes) {
    for (const items of scope.groups()) {
      const ids = items.map((n) => n.elementId);
      if (items[0]!.kind === 'peering') {
        const key = [...ids].sort().join('\u0000');
        if (reported.has(key)) continue;
        reported.add(key);
      }
      const { kind, name } = items[0]!;
      const label = NAME_RULES[kind].label;
      if (!scope.regional) {
        const where = scope.parent ? `in ${SHORT[scope.parent.kind]} ${q(scope.parent.name)} ` : '';
        const names = [...new Set(items.map((n) => n.name))];
        yield {
          elementIds: scope.focus ? [scope.focus] : [...new Set(ids)],
          message: `${items.length} ${label} names ${where}are the same to Azure, which ignores case: ${names.slice(0, 5).map(q).join(', ')}.`,
          detail: 'duplicate',
          data: { kind, name, names },
          fix: { hint: `Give each ${label} ${where}a different name.` },
        };
        continue;
      }
      const regions = byRegion(items);
      for (const same of regions) {
        if (same.length < 2) continue;
        const region = regionLabel(same[0]!);
        const names = [...new Set(same.map((n) => n.name))];
        yield {
          elementIds: [...new Set(same.map((n) => n.elementId))],
          message: `${same.length} ${label} names in region ${q(region)} are the same to Azure, which ignores case: ${names.slice(0, 5).map(q).join(', ')}. Resources of one region are taken to share a resource group, where names must be unique.`,
          detail: 'duplicate',
          data: { kind, name, names, region: same[0]!.region ?? '' },
          fix: { hint: `Give each ${label} in region ${q(region)} a different name.` },
        };
      }
      if (regions.length > 1) {
        const names = [...new Set(items.map((n) => n.name))];
        const regionNames = regions.map((r) => regionLabel(r[0]!));
        yield {
          severity: 'warning',
          elementIds: [...new Set(ids)],
          message: `${items.length} ${label} names in ${regions.length} regions (${regionNames.slice(0, 5).map(q).join(', ')}) are the same to Azure, which ignores case: ${names.slice(0, 5).map(q).join(', ')}. This deploys only if each region's ${label} goes into a different resource group.`,
          detail: 'duplicate-across-regions',
          data: { kind, name, names, regions: regionNames },
          fix: { hint: `Deploy each region's ${label} into its own resource group, or give them different names (e.g. with a region suffix).` },
        };
      }
    }
  }
}

export default defineRule({
  meta: {
    id: 'naming/azure-resource-name',
    severities: ['error', 'warning'],
    title: 'A name Azure refuses for its resource type (length, characters, first or last character), or a duplicate name.',
    source: 'facts §8 (ARM resource shapes; peering name rules)',
    docs: {
      why: 'Deploying fails when a name breaks the rules of its resource type. Gateways, connections, local network gateways, peerings, subnets and NAT rules take 1–80 characters, VNets 2–64; all allow only letters, digits, "_", "." and "-", must start with a letter or digit and end with a letter, digit or "_". Two resources of one type cannot share a name in the same resource group (or parent resource), and Azure compares names without case.',
      example: 'Gateway `hub gw` (space), VNet `x` (too short), connection `to-branch-` (ends with "-"), or two sites `Branch` and `branch`.',
      fix: 'Rename the element: keep to the allowed characters and length, start with a letter or digit, end with a letter, digit or "_", and keep names unique per type.',
      reading:
        "Details: 'length', 'characters', 'start', 'end', 'duplicate' (error), 'duplicate-across-regions' (warning), 'resource-group' (error: the design's deployment resource group is a name Azure refuses, 1–90 letters, digits, \"_\", \"-\", \".\", \"(\" or \")\", not ending in \".\"; the autofix names it after the design). 'Letters' means ASCII letters; a name with other characters is reported once under 'characters' (and 'start'/'end' only for '.' or '-' in those places). The design names one resource group, its deployment target (the export deploys into it); for duplicates the designer still takes the resources of one region to share a resource group (the usual layout of a regional hub, deployed per region). So VNets, gateways and connections (S2S and VNet-to-VNet) with one name in the same region are an error, and in different regions a warning: valid only when they go into different resource groups. A VNet's region is its own; a gateway's and a connection's are those of their (local gateway's) VNet. Sites have no region field and are treated as one group: duplicate site names are an error. Peerings must be unique among the peerings of each VNet they join, subnets within their VNet and NAT rules within their gateway. P2S configuration names follow the gateway child rules (1–80) and are not checked for duplicates.",
    },
  },
  *check(ctx): Iterable<Finding> {
    const { doc, index } = ctx;
    const vnets = new Scope(undefined, undefined, true);
    const gateways = new Scope(undefined, undefined, true);
    const sites = new Scope();
    const connections = new Scope(undefined, undefined, true);
    const gatewayRegion = (gatewayId: string): string | undefined => {
      const g = index.gatewayById.get(gatewayId);
      return g ? index.vnetById.get(g.vnetId)?.region : undefined;
    };
    const scopes: Scope[] = [vnets, gateways, sites, connections];
    for (const v of doc.vnets) {
      const n: Named = { kind: 'vnet', name: v.name, elementId: v.id, region: v.region };
      if (!isValid(n.kind, n.name)) yield* formatProblems(n);
      vnets.add(n);
      const parent = { kind: 'vnet' as const, name: v.name };
      if (v.subnets.length > 0) {
        const subnets = new Scope(parent, v.id);
        scopes.push(subnets);
        for (const s of v.subnets) {
          const sn: Named = { kind: 'subnet', name: s.name, elementId: v.id, parent };
          if (!isValid(sn.kind, sn.name)) yield* formatProblems(sn);
          subnets.add(sn);
        }
      }
      // Peerings are children of each VNet they join: unique among that VNet's peerings.
      const joined = index.peeringsByVnet.get(v.id);
      if (joined && joined.length > 1) {
        const peerings = new Scope(parent);
        scopes.push(peerings);
        for (const p of joined) peerings.add({ kind: 'peering', name: p.name, elementId: p.id });
      }
    }
    for (const g of doc.gateways) {
      const n: Named = { kind: 'gateway', name: g.name, elementId: g.id, region: index.vnetById.get(g.vnetId)?.region };
      if (!isValid(n.kind, n.name)) yield* formatProblems(n);
      gateways.add(n);
      if (g.natRules.length === 0) continue;
      const parent = { kind: 'gateway' as const, name: g.name };
      const rules = new Scope(parent);
      scopes.push(rules);
      for (const r of g.natRules) {
        const rn: Named = { kind: 'natRule', name: r.name, elementId: r.id, parent };
        if (!isValid(rn.kind, rn.name)) yield* formatProblems(rn);
        rules.add(rn);
      }
    }
    for (const s of doc.sites) {
      const n: Named = { kind: 'site', name: s.name, elementId: s.id };
      if (!isValid(n.kind, n.name)) yield* formatProblems(n);
      sites.add(n);
    }
    for (const p of doc.p2sConfigurations) if (!isValid('p2s', p.name)) yield* formatProblems({ kind: 'p2s', name: p.name, elementId: p.id });
    for (const c of doc.connections) {
      if (c.kind === 'peering') {
        if (!isValid('peering', c.name)) yield* formatProblems({ kind: 'peering', name: c.name, elementId: c.id });
      } else {
        const n: Named = { kind: 'connection', name: c.name, elementId: c.id, region: gatewayRegion(c.gatewayId) };
        if (!isValid(n.kind, n.name)) yield* formatProblems(n);
        connections.add(n);
      }
    }
    yield* duplicateFindings(scopes);
    yield* resourceGroupProblems(doc);
  },
});
