import { useRef } from 'react';
import { useStore } from 'zustand';
import { ACTIONS } from '../actions/actions';
import { useFocusTrap } from '../common/focus-trap';
import { Modal } from '../common/Modal';
import { helpStore, setHelpOpen } from './help-state';
import { shortcutRows } from './shortcut-list';

function ShortcutTable() {
  const ref = useRef<HTMLDivElement>(null);
  useFocusTrap(ref);
  return (
    <div ref={ref} className="shortcuts">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Command</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {shortcutRows(ACTIONS).map((row) => (
            <tr key={row.name}>
              <td>{row.label}</td>
              <td>
                <kbd>{row.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Shortcuts act on the design when focus is not in a text field.</p>
      <div className="dialog-actions">
        <button type="button" className="tool" onClick={() => setHelpOpen(false)}>
          Close
        </button>
      </div>
    </div>
  );
}

/** The list of keyboard shortcuts (opened with ? or the toolbar), made from the actions themselves. */
export function ShortcutsHelp() {
  const open = useStore(helpStore, (s) => s.open);
  if (!open) return null;
  return (
    <Modal labelledBy="shortcuts-title" onClose={() => setHelpOpen(false)}>
      <ShortcutTable />
    </Modal>
  );
}
