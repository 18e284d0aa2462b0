import { checkIpAddress, checkPrefix } from './checks';
import { ListEditor } from './ListEditor';

interface Props {
  /** What the list is, e.g. "Address space"; each entry is labelled "<label> entry N". */
  readonly label: string;
  /** What the list belongs to, read by screen readers before the label (see ListEditor). */
  readonly scope?: string;
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
export function PrefixListEditor({ label, scope, prefixes, onChange, placeholder = '10.0.0.0/24' }: Props) {
  return <ListEditor label={label} scope={scope} entries={prefixes} onChange={onChange} check={checkPrefix} newEntry={placeholder} />;
}

/** Edits a list of IP addresses (DNS or RADIUS servers); text that is no address is never saved. */
export function AddressListEditor({ label, addresses, onChange, placeholder }: { label: string; addresses: readonly string[]; onChange: (a: string[]) => void; placeholder: string }) {
  return <ListEditor label={label} entries={addresses} onChange={(a) => onChange([...a])} check={checkIpAddress} newEntry={placeholder} />;
}
