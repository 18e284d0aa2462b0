import type { ReactNode } from 'react';

interface RecordListProps<T> {
  readonly items: readonly T[];
  /** Names an entry for its Remove button (screen readers hear "Remove <name>"). */
  readonly nameOf: (item: T, index: number) => string;
  readonly renderItem: (item: T, index: number) => ReactNode;
  readonly onRemove: (index: number) => void;
  readonly onAdd: () => void;
  readonly addLabel: string;
  readonly canAdd?: boolean;
}

/** An editable list of records (subnets, RADIUS servers, selector policies): each entry's fields, a Remove per entry, one Add. */
export function RecordList<T>({ items, nameOf, renderItem, onRemove, onAdd, addLabel, canAdd = true }: RecordListProps<T>) {
  return (
    <>
      <ol>
        {items.map((item, i) => (
          <li key={i} className="subnet">
            {renderItem(item, i)}
            <button type="button" className="tool" aria-label={`Remove ${nameOf(item, i)}`} onClick={() => onRemove(i)}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="tool" disabled={!canAdd} onClick={onAdd}>
        {addLabel}
      </button>
    </>
  );
}
