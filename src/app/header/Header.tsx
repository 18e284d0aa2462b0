import { useEffect, useState } from 'react';
import { loadDocumentText } from '../../core/model/load';
import { newDesign, openDocument, redo, runAction, showShortcuts, undo, zoomToFit, type Action } from '../actions/actions';
import { autoLayout } from '../actions/auto-layout';
import { exportPng, exportSvg } from '../actions/export-actions';
import { FileButtons } from '../files/FileButtons';
import { CopyLinkButton } from '../share/CopyLinkButton';
import { ExportButton } from '../export/ExportButton';
import { DesignTitle } from './DesignTitle';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import { fetchExample, fetchExampleList, type ExampleEntry } from '../examples';
import { designStore, useDesign } from '../store/hooks';

/** A toolbar button for an action; `short` is a compact face (an icon, a file type) whose accessible name stays the label. */
function ActionButton({ action, enabled = true, short }: { action: Action; enabled?: boolean; short?: string }) {
  const title = action.shortcut ? `${action.label} (${action.shortcut.label})` : action.label;
  return (
    <button
      type="button"
      className="tool"
      disabled={!enabled}
      title={title}
      aria-label={short ? action.label : undefined}
      aria-keyshortcuts={action.shortcut?.aria}
      onClick={() => runAction(designStore, action)}
    >
      {short ?? action.label}
    </button>
  );
}

/** The top bar: the design's name, opening designs, and undo/redo. */
export function Header() {
  const [examples, setExamples] = useState<ExampleEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const canUndo = useDesign((s) => s.past.length > 0);
  const canRedo = useDesign((s) => s.future.length > 0);

  useEffect(() => {
    fetchExampleList().then(setExamples, (e: Error) => setError(e.message));
  }, []);

  const open = async (file: string) => {
    setError(null);
    try {
      const result = loadDocumentText(await fetchExample(file));
      if (result.ok) openDocument(designStore, result.doc);
      else setError(`${file}: ${result.error.path}: ${result.error.message}`);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <header className="topbar">
      <h1 className="brand">vpn-designer</h1>
      <DesignTitle />
      <div className="toolbar" role="group" aria-label="Design commands">
        <select
          aria-label="Open example"
          className="tool"
          value=""
          onChange={(e) => {
            if (e.target.value) void open(e.target.value);
          }}
        >
          <option value="" disabled>
            Open example…
          </option>
          {examples.map((x) => (
            <option key={x.file} value={x.file}>
              {x.title}
            </option>
          ))}
        </select>
        <ActionButton action={newDesign} />
        <FileButtons />
        <CopyLinkButton />
        <ExportButton />
        <ActionButton action={undo} enabled={canUndo} short="↶" />
        <ActionButton action={redo} enabled={canRedo} short="↷" />
        <ActionButton action={zoomToFit} />
        <ActionButton action={autoLayout} />
        <ActionButton action={exportPng} short="PNG" />
        <ActionButton action={exportSvg} short="SVG" />
        <ActionButton action={showShortcuts} short="?" />
        <ThemeSwitch />
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </header>
  );
}
