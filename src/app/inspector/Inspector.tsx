import { ConnectionInspector } from './ConnectionInspector';
import { GatewayInspector } from './GatewayInspector';
import { P2sInspector } from './P2sInspector';
import { SiteInspector } from './SiteInspector';
import { VnetInspector } from './VnetInspector';
import { findElement, type Inspected } from './update';
import { useDesign } from '../store/hooks';
import './inspector.css';

const TITLE: Record<Inspected['kind'], string> = {
  vnet: 'Virtual network',
  gateway: 'VPN gateway',
  site: 'Local network gateway',
  p2s: 'Point-to-site configuration',
  connection: 'Connection',
};

function Body({ item }: { item: Inspected }) {
  switch (item.kind) {
    case 'vnet':
      return <VnetInspector vnet={item.el} />;
    case 'gateway':
      return <GatewayInspector gateway={item.el} />;
    case 'site':
      return <SiteInspector site={item.el} />;
    case 'p2s':
      return <P2sInspector p2s={item.el} />;
    case 'connection':
      return <ConnectionInspector connection={item.el} />;
  }
}

/** The selected element's properties (one element selected), edited through the store: one undo step per edit. */
export function Inspector() {
  const selected = useDesign((s) => (s.selection.size === 1 ? [...s.selection][0]! : null));
  // Both selectors return stable values (a string, an element of the document), as useDesign requires.
  const kind = useDesign((s) => (selected ? findElement(s.doc, selected)?.kind : undefined));
  const el = useDesign((s) => (selected ? findElement(s.doc, selected)?.el : undefined));
  if (!kind || !el) return null;
  const item = { kind, el } as Inspected;
  const title = item.kind === 'connection' && item.el.kind === 'peering' ? 'Peering' : TITLE[item.kind];
  return (
    <aside className="panel inspector" aria-label="Inspector">
      <div className="panel-head">
        <h2>{title}</h2>
        <p className="panel-summary">{item.el.id}</p>
      </div>
      {/* Keyed by element: drafts and toggles never carry over to another element. */}
      <form className="panel-body inspector-body" key={item.el.id} onSubmit={(e) => e.preventDefault()}>
        <Body item={item} />
      </form>
    </aside>
  );
}
