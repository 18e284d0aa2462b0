import type { TopologyDocument } from '../../core/model/types';
import { designFileName, downloadBlob } from '../files/save-file';
import { imageFrame, type NodeBox } from './image-frame';

export type ImageFormat = 'png' | 'svg';

/** PNGs are drawn at twice the canvas resolution, sharp on high-density screens and in documents. */
export const PNG_PIXEL_RATIO = 2;

/** Each node where the design puts it, at the size the canvas drew it. */
function nodeBoxes(doc: TopologyDocument): NodeBox[] {
  const boxes: NodeBox[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node[data-id]')) {
    const id = el.dataset.id!;
    const position = doc.layout.positions[id];
    if (position) boxes.push({ id, position, width: el.offsetWidth, height: el.offsetHeight });
  }
  return boxes;
}

/**
 * Downloads the diagram as `<design name>.png` or `.svg`: the canvas's nodes and lines (not the
 * controls or the mini map) on the canvas background of the current theme. html-to-image copies the
 * drawing into an SVG image (a data: URL, which the CSP allows) and, for PNG, paints that on a canvas.
 */
export async function exportImage(doc: TopologyDocument, format: ImageFormat): Promise<void> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  const boxes = nodeBoxes(doc);
  if (!viewport || boxes.length === 0) throw new Error('there is nothing on the canvas to export');
  const { toBlob, toSvg } = await import('html-to-image');
  const frame = imageFrame(boxes);
  const options = {
    backgroundColor: getComputedStyle(document.documentElement).getPropertyValue('--canvas-bg').trim() || undefined,
    width: frame.width,
    height: frame.height,
    // The app uses system fonts only: nothing to embed, and nothing to fetch.
    skipFonts: true,
    style: {
      width: `${frame.width}px`,
      height: `${frame.height}px`,
      transform: `translate(${frame.viewport.x}px, ${frame.viewport.y}px) scale(${frame.viewport.zoom})`,
    },
  };
  let blob: Blob | null;
  if (format === 'png') {
    blob = await toBlob(viewport, { ...options, pixelRatio: PNG_PIXEL_RATIO });
  } else {
    const url = await toSvg(viewport, options);
    blob = new Blob([decodeURIComponent(url.slice(url.indexOf(',') + 1))], { type: 'image/svg+xml' });
  }
  if (!blob) throw new Error('the browser could not draw the picture');
  downloadBlob(blob, designFileName(doc.name, format));
}
