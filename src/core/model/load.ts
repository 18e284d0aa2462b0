import type * as z from 'zod/mini';
import { migrate } from './migrations';
import { CURRENT_SCHEMA_VERSION, topologyDocumentSchema } from './schema';
import type { TopologyDocument } from './types';

/** Why a document could not be loaded: the JSON path and the problem, in one line. */
export interface LoadError {
  /** JSON path such as `$.connections[3].gatewayId`. */
  readonly path: string;
  readonly message: string;
}

export type LoadResult =
  | { readonly ok: true; readonly doc: TopologyDocument; readonly migrations: readonly string[] }
  | { readonly ok: false; readonly error: LoadError };

/** Formats a path of keys and indexes as `$.a[0].b`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(String(key))}]`;
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'too_big') return `too large (at most ${String(issue.maximum)})`;
  if (issue.code === 'too_small') return `too small (at least ${String(issue.minimum)})`;
  if (issue.code === 'invalid_union') return 'is not one of the allowed shapes (check "kind")';
  // zod/mini loads no locale, so issues without a message of their own (the HH:MM regex has one) say
  // only "Invalid input"; the one other issue this schema can raise is worded as zod's English locale does
  if (issue.code === 'invalid_key') return `Invalid key in ${issue.origin}`;
  return issue.message;
}

/**
 * Loads untrusted JSON (already parsed) into a document: version check and migrations, the schema
 * (which drops unknown fields), then referential checks (unique IDs, references that resolve).
 */
export function loadDocument(input: unknown): LoadResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: { path: '$', message: 'expected a JSON object (a vpn-designer document)' } };
  }
  const migrated = migrate(input as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, error: { path: '$.schemaVersion', message: migrated.message } };
  const parsed = topologyDocumentSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: { path: formatPath(issue.path), message: describeIssue(issue) } };
  }
  const refError = checkReferences(parsed.data);
  if (refError) return { ok: false, error: refError };
  return { ok: true, doc: parsed.data, migrations: migrated.applied };
}

/** Parses JSON text and loads it; a syntax error is reported like any other load error. */
export function loadDocumentText(text: string): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { path: '$', message: `not valid JSON (${(e as Error).message})` } };
  }
  return loadDocument(value);
}

function checkReferences(doc: TopologyDocument): LoadError | undefined {
  const seen = new Map<string, string>();
  const claim = (id: string, path: string): LoadError | undefined => {
    const prior = seen.get(id);
    if (prior !== undefined) return { path, message: `id "${id}" is already used at ${prior}` };
    seen.set(id, path);
    return undefined;
  };
  const groups = [
    ['vnets', doc.vnets],
    ['gateways', doc.gateways],
    ['sites', doc.sites],
    ['p2sConfigurations', doc.p2sConfigurations],
    ['connections', doc.connections],
  ] as const;
  for (const [key, list] of groups) {
    for (let i = 0; i < list.length; i++) {
      const err = claim(list[i]!.id, `$.${key}[${i}].id`);
      if (err) return err;
    }
  }
  for (let g = 0; g < doc.gateways.length; g++) {
    const rules = doc.gateways[g]!.natRules;
    for (let r = 0; r < rules.length; r++) {
      const err = claim(rules[r]!.id, `$.gateways[${g}].natRules[${r}].id`);
      if (err) return err;
    }
  }
  const vnets = new Set(doc.vnets.map((v) => v.id));
  const gateways = new Set(doc.gateways.map((g) => g.id));
  const sites = new Set(doc.sites.map((s) => s.id));
  const missing = (path: string, what: string, id: string): LoadError => ({ path, message: `no ${what} has id "${id}"` });
  for (let i = 0; i < doc.gateways.length; i++) {
    const g = doc.gateways[i]!;
    if (!vnets.has(g.vnetId)) return missing(`$.gateways[${i}].vnetId`, 'VNet', g.vnetId);
  }
  for (let i = 0; i < doc.p2sConfigurations.length; i++) {
    const p = doc.p2sConfigurations[i]!;
    if (!gateways.has(p.gatewayId)) return missing(`$.p2sConfigurations[${i}].gatewayId`, 'gateway', p.gatewayId);
    for (let j = 0; j < p.usersAtSiteIds.length; j++) {
      const s = p.usersAtSiteIds[j]!;
      if (!sites.has(s)) return missing(`$.p2sConfigurations[${i}].usersAtSiteIds[${j}]`, 'site', s);
    }
  }
  for (let i = 0; i < doc.connections.length; i++) {
    const c = doc.connections[i]!;
    const at = `$.connections[${i}]`;
    if (c.kind === 's2s') {
      if (!gateways.has(c.gatewayId)) return missing(`${at}.gatewayId`, 'gateway', c.gatewayId);
      if (!sites.has(c.siteId)) return missing(`${at}.siteId`, 'site', c.siteId);
    } else if (c.kind === 'vnet2vnet') {
      if (!gateways.has(c.gatewayId)) return missing(`${at}.gatewayId`, 'gateway', c.gatewayId);
      if (!gateways.has(c.remoteGatewayId)) return missing(`${at}.remoteGatewayId`, 'gateway', c.remoteGatewayId);
    } else {
      if (!vnets.has(c.vnetId)) return missing(`${at}.vnetId`, 'VNet', c.vnetId);
      if (!vnets.has(c.remoteVnetId)) return missing(`${at}.remoteVnetId`, 'VNet', c.remoteVnetId);
    }
  }
  return undefined;
}

export { CURRENT_SCHEMA_VERSION };
