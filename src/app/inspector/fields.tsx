import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { cancelTyping, endTyping, typing } from './edit';

/** A label whose `scope` (e.g. "Public IP 2") is read by screen readers but not shown, where a group already shows it. */
export function scoped(scope: string, label: string): ReactNode {
  return (
    <>
      {/* The space stays outside the hidden span: accessible names drop trailing space inside it. */}
      <span className="visually-hidden">{scope}</span> {label}
    </>
  );
}

interface TextFieldProps {
  readonly label: ReactNode;
  readonly value: string;
  /**
   * Called with text that passed `validate`: as a live draft while typing (debounced), and once more on
   * blur or Enter. All calls of one typing session make one undo step.
   */
  readonly onCommit: (text: string) => void;
  /** A reason the text cannot be saved; the text then stays in the field, flagged, and is never saved. */
  readonly validate?: (text: string) => string | undefined;
  /** A note about the saved value, shown under the field (e.g. a parse problem). */
  readonly note?: ReactNode;
  readonly type?: 'text' | 'password';
  readonly inputMode?: 'numeric' | 'decimal' | 'text';
  readonly hideLabel?: boolean;
  /** Suggestions offered while typing (a datalist); any text is still accepted. */
  readonly suggestions?: readonly string[];
  readonly placeholder?: string;
}

/** How long typing pauses before the draft reaches the document (and the diagnostics). */
export const LIVE_DRAFT_DELAY_MS = 250;

/**
 * A text input whose draft reaches the document live (debounced) so diagnostics follow the typing, and
 * whose whole edit is one undo step, recorded on blur or Enter. Escape reverts to the value before typing.
 * Ctrl+Z in the field is the browser's own undo of the typing (the app's shortcuts skip text fields).
 */
export function TextField({ label, value, onCommit, validate, note, type = 'text', inputMode, hideLabel, suggestions, placeholder }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const session = useRef(false);
  const latest = useRef({ onCommit, validate });
  latest.current = { onCommit, validate };

  /** Sends a draft to the document; a draft that fails `validate` is not sent, and its reason is returned. */
  const push = (text: string): string | undefined => {
    const problem = latest.current.validate?.(text);
    if (problem) return problem;
    session.current = true;
    typing(() => latest.current.onCommit(text));
    return undefined;
  };
  const finish = (keep: boolean) => {
    clearTimeout(timer.current);
    if (session.current) (keep ? endTyping : cancelTyping)();
    session.current = false;
  };
  // Leaving the inspector mid-typing (another selection) keeps what was typed so far, as one step.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (session.current) endTyping();
    },
    [],
  );

  const shown = draft ?? value;
  const commit = () => {
    if (draft === null) return;
    const problem = validate?.(draft);
    setError(problem);
    if (problem) {
      // Earlier valid drafts of this session are not what was meant: take them back.
      finish(false);
      return;
    }
    clearTimeout(timer.current);
    push(draft);
    finish(true);
    setDraft(null);
  };
  const message = error ?? note;
  const listId = suggestions ? `${id}-list` : undefined;
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        value={shown}
        placeholder={placeholder}
        list={listId}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error || note ? true : undefined}
        aria-describedby={message ? `${id}-msg` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          setError(undefined);
          clearTimeout(timer.current);
          // A pause in typing sends the draft, or flags it where typed when it cannot be saved.
          timer.current = setTimeout(() => setError(push(text)), LIVE_DRAFT_DELAY_MS);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            e.stopPropagation();
            finish(false);
            setDraft(null);
            setError(undefined);
          }
        }}
      />
      {suggestions ? (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      {message ? (
        <div id={`${id}-msg`} className="field-problem" role={error ? 'alert' : undefined}>
          {message}
        </div>
      ) : null}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  readonly label: ReactNode;
  readonly value: T | '';
  readonly options: readonly T[];
  readonly onChange: (value: T) => void;
  /** A first, empty option (e.g. "not set"). */
  readonly placeholder?: string;
  readonly hideLabel?: boolean;
  /** Option text per value, when it differs from the value. */
  readonly optionLabel?: (value: T) => string;
}

export function SelectField<T extends string>({ label, value, options, onChange, placeholder, hideLabel, optionLabel }: SelectFieldProps<T>) {
  const id = useId();
  const known = value === '' || options.includes(value);
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {!known ? <option value={value}>{value} (not offered)</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel ? optionLabel(o) : o}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({ label, checked, onChange }: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** Parses a number as typed: whole unless `decimal`, within [min, max]; or the reason it is not one. */
export function parseNumber(text: string, min: number, max: number, decimal = false): { ok: true; value: number } | { ok: false; message: string } {
  const t = text.trim();
  const n = Number(t);
  const shape = decimal ? /^\d+(\.\d+)?$/ : /^\d+$/;
  return shape.test(t) && n >= min && n <= max
    ? { ok: true, value: n }
    : { ok: false, message: `Enter a ${decimal ? 'number' : 'whole number'} from ${min} to ${max}.` };
}

/** A number field in [min, max] (whole unless `decimal`); text that is not one stays in the field, flagged. */
export function IntegerField(props: {
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
  parse?: (text: string) => { ok: true; value: number } | { ok: false; message: string };
  decimal?: boolean;
  note?: ReactNode;
}) {
  const { label, value, min, max, onCommit, decimal, note } = props;
  const parse = props.parse ?? ((text: string) => parseNumber(text, min, max, decimal));
  return (
    <TextField
      label={label}
      value={String(value)}
      inputMode={decimal ? 'decimal' : 'numeric'}
      note={note}
      validate={(t) => {
        const r = parse(t);
        return r.ok ? undefined : r.message;
      }}
      onCommit={(t) => {
        const r = parse(t);
        if (r.ok) onCommit(r.value);
      }}
    />
  );
}
