import { DEFAULT_DEPLOYMENT, resourceGroupNameFor } from './deployment';
import { CURRENT_SCHEMA_VERSION } from './schema';

type RawDocument = Readonly<Record<string, unknown>>;

interface Step {
  /** Turns a raw document of version n into version n + 1 (schemaVersion is set by `migrate`). Pure: never changes its input. */
  readonly up: (doc: RawDocument) => Record<string, unknown>;
  /** What the step did to this document, for the import notice; `after` is its result. */
  readonly describe: (after: RawDocument) => string;
}

/** The design name as version 1 read it (the schema's default when absent or not text). */
const nameOf = (doc: RawDocument): string => (typeof doc.name === 'string' ? doc.name : 'Untitled design');

/**
 * Version 1 had no deployment target: its exports put a site that no gateway connects to in the first
 * VNet's region, and the naming rule assumed one resource group per region. Version 2 states the target
 * in `deployment`; the step fills it in so an upgraded design exports as it did: the location is that
 * first VNet's region, the resource group is named after the design. A `deployment` key in a version 1
 * file meant nothing (the loader dropped it), so it is replaced.
 */
function addDeploymentTarget(doc: RawDocument): Record<string, unknown> {
  const vnets = Array.isArray(doc.vnets) ? (doc.vnets as unknown[]) : [];
  const first = vnets[0];
  const region = typeof first === 'object' && first !== null ? (first as Record<string, unknown>).region : undefined;
  return {
    ...doc,
    deployment: {
      resourceGroup: resourceGroupNameFor(nameOf(doc)),
      location: typeof region === 'string' ? region : DEFAULT_DEPLOYMENT.location,
    },
  };
}

function deploymentOf(doc: RawDocument): { resourceGroup: string; location: string } {
  return doc.deployment as { resourceGroup: string; location: string };
}

/** `steps[n]` turns version n into n + 1. Version 1 is the first published schema. */
const steps: Readonly<Record<number, Step>> = {
  1: {
    up: addDeploymentTarget,
    describe: (after) => {
      const { resourceGroup, location } = deploymentOf(after);
      return `set the deployment target to resource group "${resourceGroup}" (named after the design), with location "${location}" (the first VNet's region) for sites no gateway connects to`;
    },
  },
};

export type MigrationResult =
  | { readonly ok: true; readonly value: Record<string, unknown>; readonly applied: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** A schemaVersion as a message shows it (a long or odd value cut short). */
function shown(version: unknown): string {
  const text = JSON.stringify(version) ?? String(version);
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/** Upgrades a raw document to the current schema version. Pure: the input is never changed. */
export function migrate(raw: RawDocument): MigrationResult {
  const version = raw.schemaVersion;
  if (version === undefined) {
    return { ok: false, message: `schemaVersion is missing: a vpn-designer document says which version it is (this release writes ${CURRENT_SCHEMA_VERSION})` };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      message: `schemaVersion ${shown(version)} is not a version vpn-designer ever wrote: expected a whole number from 1 to ${CURRENT_SCHEMA_VERSION}`,
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `schemaVersion ${version} comes from a newer vpn-designer (this one reads up to ${CURRENT_SCHEMA_VERSION})`,
    };
  }
  let doc: Record<string, unknown> = { ...raw };
  const applied: string[] = [];
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) return { ok: false, message: `no migration from schemaVersion ${v}` };
    doc = { ...step.up(doc), schemaVersion: v + 1 };
    applied.push(`${v}→${v + 1}: ${step.describe(doc)}`);
  }
  return { ok: true, value: doc, applied };
}
