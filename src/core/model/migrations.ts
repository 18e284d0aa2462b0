import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Step-by-step upgrades of older documents: `steps[n]` turns version n into n + 1. Version 1 is the
 * first published schema, so there is nothing to upgrade yet; the loader still checks the version
 * so a file from a newer release is refused with a clear message instead of being misread.
 */
const steps: Record<number, { describe: string; up: (doc: Record<string, unknown>) => Record<string, unknown> }> = {};

export type MigrationResult =
  | { readonly ok: true; readonly value: Record<string, unknown>; readonly applied: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** Upgrades a raw document to the current schema version. */
export function migrate(raw: Record<string, unknown>): MigrationResult {
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `expected a whole schemaVersion ≥ 1 (this release writes ${CURRENT_SCHEMA_VERSION})` };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `schemaVersion ${version} comes from a newer vpn-designer (this one reads up to ${CURRENT_SCHEMA_VERSION})`,
    };
  }
  let doc = raw;
  const applied: string[] = [];
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) return { ok: false, message: `no migration from schemaVersion ${v}` };
    doc = { ...step.up(doc), schemaVersion: v + 1 };
    applied.push(`${v}→${v + 1}: ${step.describe}`);
  }
  return { ok: true, value: doc, applied };
}
