import { parsePrefix } from '../../core/net/prefix';
import { moveItem, sentence } from './update';
import { TextField } from './fields';

interface Props {
  /** What the list is, e.g. "Address space"; each entry is labelled "<label> entry N". */
  readonly label: string;
  readonly prefixes: readonly string[];
  /** Called once per edit with the whole new list. */
  readonly onChange: (prefixes: readonly string[]) => void;
  /** The prefix a new entry starts with. */
  readonly placeholder?: string;
}

/**
 * Edits a list of CIDR prefixes. Text is saved as typed (so address/invalid-cidr reports it in the
 * diagnostics too); an entry that does not parse is flagged where typed, with Azure's normalized form
 * and a button to apply it when there is one.
 */
export function PrefixListEditor({ label, prefixes, onChange, placeholder = '10.0.0.0/24' }: Props) {
  const set = (i: number, text: string) => onChange(prefixes.map((p, j) => (j === i ? text.trim() : p)));
  return (
    <fieldset className="prefix-list">
      <legend>{label}</legend>
      {prefixes.length === 0 ? <p className="field-empty">None yet.</p> : null}
      <ol>
        {prefixes.map((prefix, i) => {
          const parsed = parsePrefix(prefix);
          const n = i + 1;
          return (
            // Entries are plain strings that may repeat: keyed by position (a field shows the saved value between edits).
            <li key={i}>
              <div className="prefix-row">
                <TextField
                  label={`${label} entry ${n}`}
                  hideLabel
                  value={prefix}
                  onCommit={(t) => set(i, t)}
                  note={
                    parsed.ok ? undefined : (
                      <>
                        {sentence(parsed.message)}
                        {parsed.suggestion ? (
                          <>
                            {' '}
                            Did you mean <code className="suggestion">{parsed.suggestion}</code>?{' '}
                            <button type="button" className="tool" onClick={() => set(i, parsed.suggestion!)}>
                              Use {parsed.suggestion}
                            </button>
                          </>
                        ) : null}
                      </>
                    )
                  }
                />
                <div className="row-tools">
                  <button type="button" className="tool" aria-label={`Move ${label} entry ${n} up`} disabled={i === 0} onClick={() => onChange(moveItem(prefixes, i, i - 1))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="tool"
                    aria-label={`Move ${label} entry ${n} down`}
                    disabled={i === prefixes.length - 1}
                    onClick={() => onChange(moveItem(prefixes, i, i + 1))}
                  >
                    ↓
                  </button>
                  <button type="button" className="tool" aria-label={`Remove ${label} entry ${n}`} onClick={() => onChange(prefixes.filter((_, j) => j !== i))}>
                    ✕
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="tool" onClick={() => onChange([...prefixes, placeholder])}>
        Add to {label.toLowerCase()}
      </button>
    </fieldset>
  );
}
