import type { TopologyDocument } from '../model/types';
import { validate } from '../rules/validate';

export interface ExportOptions {
  /** "Today" for the date-based rules behind the error count (defaults to the clock). */
  readonly today?: Date;
}

export interface ValidationSummary {
  readonly errors: number;
  readonly warnings: number;
  /** `ruleId: message` of the first errors. */
  readonly firstErrors: readonly string[];
  /** Set when validation itself failed (a rule threw): the export still goes ahead. */
  readonly failure?: string;
}

/** How many errors are listed in a banner; the count covers them all. */
export const LISTED_ERRORS = 10;

/** Validates the design for the banner of an export. Never throws. */
export function summarise(doc: TopologyDocument, options: ExportOptions): ValidationSummary {
  try {
    const diagnostics = validate(doc, options.today ? { today: options.today } : {});
    const errors = diagnostics.filter((d) => d.severity === 'error');
    return {
      errors: errors.length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      firstErrors: errors.slice(0, LISTED_ERRORS).map((d) => `${d.ruleId}: ${d.message}`),
    };
  } catch (e) {
    return { errors: 0, warnings: 0, firstErrors: [], failure: e instanceof Error ? e.message : String(e) };
  }
}
