import { notify } from '../notices/notices';
import type { DesignStore } from '../store/design-store';
import type { Action, State } from './actions';

type Format = 'png' | 'svg';

/** The picture export (and html-to-image with it) loads on first use. */
function exportAs(store: DesignStore, format: Format): void {
  const doc = store.getState().doc;
  import('../export/export-image')
    .then((m) => m.exportImage(doc, format))
    .catch((e: unknown) => notify('error', `The ${format.toUpperCase()} export failed: ${e instanceof Error ? e.message : String(e)}`));
}

const hasNodes = (s: State) => s.doc.vnets.length + s.doc.sites.length > 0;

export const exportPng: Action = {
  name: 'exportPng',
  label: 'Export PNG',
  recordsHistory: false,
  enabled: hasNodes,
  perform: (store) => exportAs(store, 'png'),
};

export const exportSvg: Action = {
  name: 'exportSvg',
  label: 'Export SVG',
  recordsHistory: false,
  enabled: hasNodes,
  perform: (store) => exportAs(store, 'svg'),
};
