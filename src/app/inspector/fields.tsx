import { useId, useState, type ReactNode } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** Called once per edit, on blur or Enter, with text that passed `validate`. */
  readonly onCommit: (text: string) => void;
  /** A reason the text cannot be saved; the text then stays in the field, flagged. */
  readonly validate?: (text: string) => string | undefined;
  /** A note about the saved value, shown under the field (e.g. a parse problem). */
  readonly note?: ReactNode;
  readonly type?: 'text' | 'password';
  readonly inputMode?: 'numeric' | 'text';
  readonly hideLabel?: boolean;
}

/** A text input that edits a draft and commits on blur or Enter (one undo step per edit); Escape reverts. */
export function TextField({ label, value, onCommit, validate, note, type = 'text', inputMode, hideLabel }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const shown = draft ?? value;
  const commit = () => {
    if (draft === null) return;
    const problem = validate?.(draft);
    setError(problem);
    if (problem) return;
    setDraft(null);
    if (draft !== value) onCommit(draft);
  };
  const message = error ?? note;
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
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error || note ? true : undefined}
        aria-describedby={message ? `${id}-msg` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(undefined);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
            setError(undefined);
          }
        }}
      />
      {message ? (
        <div id={`${id}-msg`} className="field-problem" role={error ? 'alert' : undefined}>
          {message}
        </div>
      ) : null}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T | '';
  readonly options: readonly T[];
  readonly onChange: (value: T) => void;
  /** A first, empty option (e.g. "not set"). */
  readonly placeholder?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, placeholder }: SelectFieldProps<T>) {
  const id = useId();
  const known = value === '' || options.includes(value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {!known ? <option value={value}>{value} (not offered)</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** A whole-number field in [min, max]; text that is not one stays in the field, flagged. */
export function IntegerField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
  parse?: (text: string) => { ok: true; value: number } | { ok: false; message: string };
}) {
  const { label, value, min, max, onCommit } = props;
  const parse =
    props.parse ??
    ((text: string) => {
      const t = text.trim();
      const n = Number(t);
      return /^\d+$/.test(t) && n >= min && n <= max
        ? ({ ok: true, value: n } as const)
        : ({ ok: false, message: `Enter a whole number from ${min} to ${max}.` } as const);
    });
  return (
    <TextField
      label={label}
      value={String(value)}
      inputMode="numeric"
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
