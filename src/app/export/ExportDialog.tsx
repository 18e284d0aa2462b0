import { useMemo, useState } from 'react';
import { copyToClipboard } from '../common/clipboard';
import { summarise } from '../../core/export/banner';
import { EXPORT_FORMATS, exportFiles, type ExportFormat, type ExportFormatId } from '../../core/export/files';
import { README_FILE, withReadme } from '../../core/export/readme';
import { Modal } from '../common/Modal';
import { useDesign } from '../store/hooks';
import { defaultFormats, emptyReason } from './export-choices';
import { downloadExportFile, downloadExportZip } from './export-download';
import { CodeView } from './CodeView';
import './export-dialog.css';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const GROUPS: readonly { legend: string; note?: string; test: (f: ExportFormat) => boolean }[] = [
  { legend: 'Deployment templates', test: (f) => f.id === 'arm' || f.id === 'bicep' },
  { legend: 'On-premises devices', note: 'One file per site-to-site connection.', test: (f) => f.id.startsWith('device:') },
  { legend: 'Point-to-site', note: 'Client profiles in a folder per pool.', test: (f) => f.id === 'p2s' },
];

/** Export: choose formats, look at each file highlighted, copy or download it, or download all as a zip with a README. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const doc = useDesign((s) => s.doc);
  const [formats, setFormats] = useState<ReadonlySet<ExportFormatId>>(() => new Set(defaultFormats(doc)));
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [selected, setSelected] = useState('main.bicep');
  const [status, setStatus] = useState('');

  const errors = useMemo(() => summarise(doc, {}).errors, [doc]);
  const exported = useMemo(() => exportFiles(doc, [...formats], { includeSecrets }), [doc, formats, includeSecrets]);
  const files = useMemo(() => withReadme(doc, exported, { includeSecrets }), [doc, exported, includeSecrets]);
  const shown = files.find((f) => f.path === selected) ?? files[0]!;

  const toggle = (id: ExportFormatId, on: boolean) => {
    const next = new Set(formats);
    if (on) next.add(id);
    else next.delete(id);
    setFormats(next);
    setStatus('');
  };

  return (
    <Modal labelledBy="export-title" onClose={onClose} className="export-dialog">
      <div className="export-head">
        <h2 id="export-title">Export</h2>
        <p className="muted">{doc.name || 'Untitled design'}</p>
      </div>
      {errors > 0 ? (
        <p className="export-errors" role="alert">
          <strong>This design has {plural(errors, 'error')}.</strong> The files are exported anyway and say so at the top; fix the errors before
          deploying.
        </p>
      ) : null}
      <div className="export-body">
        <div className="export-side">
          {GROUPS.map((g) => (
            <fieldset key={g.legend} className="export-formats">
              <legend>{g.legend}</legend>
              {g.note ? <p className="muted export-group-note">{g.note}</p> : null}
              {EXPORT_FORMATS.filter(g.test).map((f) => {
                const reason = emptyReason(doc, f.id);
                return (
                  <label key={f.id} className="check">
                    <input type="checkbox" checked={formats.has(f.id)} onChange={(e) => toggle(f.id, e.target.checked)} />
                    {f.id === 'p2s' ? 'Client profiles' : f.label.replace(/ device configuration$/, '')}
                    {reason ? <span className="muted"> ({reason})</span> : null}
                  </label>
                );
              })}
            </fieldset>
          ))}
          <label className="check export-secrets">
            <input type="checkbox" checked={includeSecrets} onChange={(e) => setIncludeSecrets(e.target.checked)} />
            Include pre-shared keys in device configurations
          </label>
          <p className={includeSecrets ? 'warning export-note' : 'muted export-note'}>
            {includeSecrets
              ? 'The device files will hold the keys: keep them safe. Templates never hold secrets.'
              : 'Off: device files hold a placeholder where each key goes.'}
          </p>
          <h3 id="export-files-title" className="export-files-title">
            Files ({files.length})
          </h3>
          <ul className="export-files" aria-labelledby="export-files-title">
            {files.map((f) => (
              <li key={f.path}>
                <button
                  type="button"
                  className="export-file"
                  aria-current={f.path === shown.path ? 'true' : undefined}
                  onClick={() => {
                    setSelected(f.path);
                    setStatus('');
                  }}
                >
                  {f.path}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <section className="export-preview" aria-labelledby="export-preview-title">
          <div className="export-preview-head">
            <h3 id="export-preview-title" className="export-path">
              {shown.path}
            </h3>
            <button
              type="button"
              className="tool"
              onClick={() => void copyToClipboard(shown.content).then((ok) => setStatus(ok ? `Copied ${shown.path} to the clipboard.` : 'Copy failed: select the text and copy it.'))}
            >
              Copy
            </button>
            <button type="button" className="tool" onClick={() => downloadExportFile(doc.name, shown)}>
              Download
            </button>
          </div>
          <CodeView path={shown.path} text={shown.content} />
        </section>
      </div>
      <div className="dialog-actions export-actions">
        <p role="status" className="export-status">
          {status || (exported.length === 0 ? 'Choose at least one format.' : `${plural(exported.length, 'file')} and ${README_FILE}.`)}
        </p>
        <button type="button" className="tool primary" disabled={exported.length === 0} onClick={() => downloadExportZip(doc.name, files)}>
          Download all (.zip)
        </button>
        <button type="button" className="tool" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
