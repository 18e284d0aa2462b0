import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import type { Diagnostic, Severity } from '../../core/rules/types';
import { focusElements } from '../design/focus';
import { RuleExplanation } from './RuleExplanation';
import { diagnosticsOf } from '../store/derived';
import { findingKeys, sameFinding } from './finding-keys';
import { designStore, useDesign } from '../store/hooks';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const LABEL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information' };

/** Selects a finding's elements and brings them into view. */
const focusDiagnostic = (d: Diagnostic) => focusElements(designStore.getState(), d.elementIds);

const matches = (d: Diagnostic, needle: string) =>
  d.ruleId.toLowerCase().includes(needle) || d.message.toLowerCase().includes(needle) || (d.fix?.hint.toLowerCase().includes(needle) ?? false);

/** Applies a finding's automatic fix to the current document as one undo step. */
function applyFix(d: Diagnostic): void {
  const autofix = d.fix?.autofix;
  if (!autofix) return;
  const state = designStore.getState();
  state.commit(autofix.apply(state.doc));
}

const DiagnosticItem = memo(function DiagnosticItem({ d }: { d: Diagnostic }) {
  const autofix = d.fix?.autofix;
  return (
    <li className={`diag sev-${d.severity}`} data-rule={d.ruleId}>
      <button type="button" className="diag-button" onClick={() => focusDiagnostic(d)}>
        <code className="rule-id">{d.ruleId}</code>
        <span className="message">{d.message}</span>
        {d.fix ? <span className="fix">{d.fix.hint}</span> : null}
      </button>
      <div className="diag-actions">
        {autofix ? (
          <button type="button" className="tool diag-fix" onClick={() => applyFix(d)}>
            Fix: {autofix.label}
          </button>
        ) : null}
        <RuleExplanation ruleId={d.ruleId} />
      </div>
    </li>
  );
}, (a, b) => sameFinding(a.d, b.d));

/** The findings of the current design, grouped by severity, with a filter; a click shows the elements involved. */
export function DiagnosticsPanel() {
  const diagnostics = useDesign((s) => diagnosticsOf(s.doc));
  const [filter, setFilter] = useState('');
  const needle = useDeferredValue(filter.trim().toLowerCase());
  const shown = useMemo(() => (needle ? diagnostics.filter((d) => matches(d, needle)) : diagnostics), [diagnostics, needle]);
  const filterId = useId();

  return (
    <aside className="panel diagnostics" aria-label="Diagnostics">
      <div className="panel-head">
        <h2>Diagnostics</h2>
        <p className="panel-summary" aria-live="polite">
          {ORDER.map((s) => `${diagnostics.filter((d) => d.severity === s).length} ${LABEL[s].toLowerCase()}`).join(' · ')}
        </p>
        <label htmlFor={filterId} className="visually-hidden">
          Filter diagnostics
        </label>
        <input
          id={filterId}
          type="search"
          className="filter"
          placeholder="Filter by rule, message or fix"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        {needle ? (
          <p className="panel-summary">
            Showing {shown.length} of {diagnostics.length}
          </p>
        ) : null}
      </div>
      {diagnostics.length === 0 ? (
        <p className="empty">No findings: Azure would accept this design as drawn.</p>
      ) : (
        <div className="panel-body">
          {ORDER.map((severity) => {
            const items = shown.filter((d) => d.severity === severity);
            if (items.length === 0) return null;
            const keys = findingKeys(items);
            return (
              <section key={severity} aria-label={LABEL[severity]}>
                <h3 className={`sev-${severity}`}>
                  {LABEL[severity]} <span className="count">{items.length}</span>
                </h3>
                <ul>
                  {items.map((d, i) => (
                    <DiagnosticItem key={keys[i]} d={d} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </aside>
  );
}
