import type { Diagnostic, Severity } from '../core/rules/types';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const LABEL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information' };

/** Diagnostics grouped by severity, each with its rule ID, message and fix hint. */
export function DiagnosticsList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  if (diagnostics.length === 0) return <p className="empty">No findings: Azure would accept this design as drawn.</p>;
  return (
    <div className="diagnostics">
      {ORDER.map((severity) => {
        const items = diagnostics.filter((d) => d.severity === severity);
        if (items.length === 0) return null;
        return (
          <section key={severity} aria-label={LABEL[severity]}>
            <h3 className={`sev-${severity}`}>
              {LABEL[severity]} <span className="count">{items.length}</span>
            </h3>
            <ul>
              {items.map((d, i) => (
                <li key={`${d.ruleId}-${i}`} className={`diag sev-${severity}`} data-rule={d.ruleId}>
                  <code className="rule-id">{d.ruleId}</code>
                  <span className="message">{d.message}</span>
                  {d.fix ? <span className="fix">{d.fix.hint}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
