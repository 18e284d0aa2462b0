import { useState, type ReactNode } from 'react';
import { ruleById } from '../../core/rules/registry';

/** Rule docs are Markdown-light: `code` spans are the only markup they use inline. */
export function withCode(text: string): ReactNode[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/**
 * A finding's explanation: what the rule checks, its source (the FAQ question or facts section), why it
 * matters, how to fix it and the reading taken where sources differ. Rendered only once opened.
 */
export function RuleExplanation({ ruleId }: { ruleId: string }) {
  const [open, setOpen] = useState(false);
  const meta = ruleById(ruleId)?.meta;
  if (!meta) return null;
  return (
    <details className="diag-explain" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Explain <span className="visually-hidden">{ruleId}</span>
      </summary>
      {open ? (
        <div className="diag-explain-body">
          <p className="diag-explain-title">{withCode(meta.title)}</p>
          <p>
            <strong>Source.</strong> {meta.source}
          </p>
          <p>
            <strong>Why.</strong> {withCode(meta.docs.why)}
          </p>
          <p>
            <strong>Fix.</strong> {withCode(meta.docs.fix)}
          </p>
          {meta.docs.reading ? (
            <p>
              <strong>Reading.</strong> {withCode(meta.docs.reading)}
            </p>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
