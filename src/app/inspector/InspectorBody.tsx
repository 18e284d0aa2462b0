import { ConnectionInspector } from './ConnectionInspector';
import { ConnectToSection } from './ConnectToSection';
import { DesignInspector } from './DesignInspector';
import { GatewayInspector } from './GatewayInspector';
import { P2sInspector } from './P2sInspector';
import { SiteInspector } from './SiteInspector';
import { VnetInspector } from './VnetInspector';
import type { Inspected } from './update';
import './inspector.css';

/** The fields of one element, by kind, or of the design itself (loaded apart from the main chunk: see Inspector.tsx). */
export function InspectorBody({ item }: { item: Inspected | null }) {
  if (!item) return <DesignInspector />;
  if (item.kind === 'connection') return <ConnectionInspector connection={item.el} />;
  return (
    <>
      <ConnectToSection elementId={item.el.id} />
      <ElementFields item={item} />
    </>
  );
}

function ElementFields({ item }: { item: Exclude<Inspected, { kind: 'connection' }> }) {
  switch (item.kind) {
    case 'vnet':
      return <VnetInspector vnet={item.el} />;
    case 'gateway':
      return <GatewayInspector gateway={item.el} />;
    case 'site':
      return <SiteInspector site={item.el} />;
    case 'p2s':
      return <P2sInspector p2s={item.el} />;
  }
}
