import type { DesignIndex } from '../model/design-index';
import type { TopologyDocument } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';

/** Rule metadata: what the registry, the docs page and the CLI's `explain` show. */
export interface RuleMeta<Id extends string = string> {
  readonly id: Id;
  /** The severities the rule can report; the first is its usual one. */
  readonly severities: readonly [Severity, ...Severity[]];
  /** One line: what the rule checks. */
  readonly title: string;
  /** Where it comes from: the FAQ question, or a facts.md section. */
  readonly source: string;
  readonly docs: {
    /** Why it matters: what Azure does, or what breaks. */
    readonly why: string;
    /** A small example that fires. */
    readonly example: string;
    /** How to fix it. */
    readonly fix: string;
    /** Where sources disagree or leave a gap: the reading this rule takes. */
    readonly reading?: string;
  };
}

/** A safe change the UI can apply in one undo step. */
export interface AutoFix {
  readonly label: string;
  readonly apply: (doc: TopologyDocument) => TopologyDocument;
}

/** A finding, as data: the UI, CLI and tests all read these fields. */
export interface Diagnostic<Id extends string = string> {
  readonly ruleId: Id;
  readonly severity: Severity;
  /** Elements to focus, most relevant first. */
  readonly elementIds: readonly string[];
  /** Plain words naming the elements and values involved. */
  readonly message: string;
  /** A finer sub-case of the rule (e.g. `basic-limits` feature `bgp`), stable like the ID. */
  readonly detail?: string;
  readonly source: string;
  readonly fix?: { readonly hint: string; readonly autofix?: AutoFix };
  /** The values behind the message, for tests and tools (never prose). */
  readonly data?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

/** What a check returns: the rule fills in its ID and source; severity defaults to its usual one. */
export type Finding = Omit<Diagnostic, 'ruleId' | 'source' | 'severity'> & { readonly severity?: Severity };

export interface ValidateOptions {
  /** "Today" for date-based rules (SSTP retirement, SKU deprecations). Defaults to the clock. */
  readonly today?: Date;
}

/** What every check receives: the document, its indexes, shared computations, and today's date. */
export interface RuleContext {
  readonly doc: TopologyDocument;
  readonly index: DesignIndex;
  readonly today: Date;
  /** Computes once per validation and shares the result between rules. */
  memo<T>(key: string, compute: () => T): T;
}

export interface Rule<Id extends string = string> {
  readonly meta: RuleMeta<Id>;
  check(ctx: RuleContext): Iterable<Finding>;
}

/** Declares a rule; keeps its ID as a literal type so the registry can derive the RuleId union. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
