import type { ReactNode } from 'react';
import type { EntryCheck } from './checks';
import { scoped, TextField } from './fields';
import { moveItem } from './update';

/** "Custom DNS servers" → "custom DNS servers"; a leading acronym ("BGP advertised…") stays as it is. */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

export interface ListEditorProps {
  /** What the list is, e.g. "Address space"; each entry is labelled "<label> entry N". */
  readonly label: string;
  /** What the list belongs to (e.g. a NAT rule's name): read by screen readers before the label, not shown. */
  readonly scope?: string;
  readonly entries: readonly string[];
  /** Called once per edit with the whole new list. */
  readonly onChange: (entries: readonly string[]) => void;
  /** What an entry as typed is (see EntryCheck): flagged where typed, rejected text never saved. */
  readonly check: (text: string) => EntryCheck;
  /** The value a new entry starts with. */
  readonly newEntry: string;
  /** The add button's text; "Add to <label>" by default. */
  readonly addLabel?: string;
}

/**
 * Edits a list of short values (prefixes, addresses): one field per entry with move and remove buttons.
 * An entry that does not pass `check` is flagged where typed, with the value it probably meant and a
 * button to use it.
 */
export function ListEditor({ label: shownLabel, scope, entries, onChange, check, newEntry, addLabel }: ListEditorProps) {
  const label = scope ? `${scope} ${shownLabel}` : shownLabel;
  const set = (i: number, text: string) => onChange(entries.map((p, j) => (j === i ? text.trim() : p)));
  return (
    <fieldset className="prefix-list">
      <legend>{scope ? scoped(scope, shownLabel) : shownLabel}</legend>
      {entries.length === 0 ? <p className="field-empty">None yet.</p> : null}
      <ol>
        {entries.map((entry, i) => {
          const saved = check(entry);
          const n = i + 1;
          return (
            // Entries are plain strings that may repeat: keyed by position (a field shows the saved value between edits).
            <li key={i}>
              <div className="prefix-row">
                <TextField
                  label={`${label} entry ${n}`}
                  hideLabel
                  value={entry}
                  onCommit={(t) => set(i, t)}
                  validate={(t) => {
                    const r = check(t);
                    return !r.ok && r.reject ? r.message : undefined;
                  }}
                  note={saved.ok ? undefined : <EntryNote problem={saved} onUse={(t) => set(i, t)} />}
                />
                <div className="row-tools">
                  <button type="button" className="tool" aria-label={`Move ${label} entry ${n} up`} disabled={i === 0} onClick={() => onChange(moveItem(entries, i, i - 1))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="tool"
                    aria-label={`Move ${label} entry ${n} down`}
                    disabled={i === entries.length - 1}
                    onClick={() => onChange(moveItem(entries, i, i + 1))}
                  >
                    ↓
                  </button>
                  <button type="button" className="tool" aria-label={`Remove ${label} entry ${n}`} onClick={() => onChange(entries.filter((_, j) => j !== i))}>
                    ✕
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="tool" onClick={() => onChange([...entries, newEntry])}>
        {addLabel ?? (scope ? scoped(`${scope}:`, `Add to ${lowerFirst(shownLabel)}`) : `Add to ${lowerFirst(shownLabel)}`)}
      </button>
    </fieldset>
  );
}

/** What is wrong with a saved entry, and the value it was probably meant to be with a button to use it. */
export function EntryNote({ problem, onUse }: { problem: Exclude<EntryCheck, { ok: true }>; onUse: (suggestion: string) => void }): ReactNode {
  const { message, suggestion } = problem;
  return (
    <>
      {message}
      {suggestion ? (
        <>
          {' '}
          Did you mean <code className="suggestion">{suggestion}</code>?{' '}
          <button type="button" className="tool" onClick={() => onUse(suggestion)}>
            Use {suggestion}
          </button>
        </>
      ) : null}
    </>
  );
}
