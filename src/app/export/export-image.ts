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

/** What draws a line: the properties the canvas's CSS gives the lines and their markers. */
const SVG_PAINT = ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-opacity', 'fill', 'fill-opacity', 'opacity', 'visibility'];

/**
 * html-to-image copies an SVG whole and gives only its root the computed style, so the lines would lose
 * the colours and widths canvas.css gives them. Until the export is done, each element inside an SVG
 * carries its computed paint inline; the returned function puts the elements back as they were.
 */
function inlineSvgPaint(root: Element): () => void {
  const restore: (() => void)[] = [];
  for (const el of root.querySelectorAll('svg *')) {
    const computed = getComputedStyle(el);
    const before = el.getAttribute('style');
    const paint = SVG_PAINT.map((p) => `${p}: ${computed.getPropertyValue(p)}`).join('; ');
    el.setAttribute('style', before ? `${before}; ${paint}` : paint);
    restore.push(() => (before === null ? el.removeAttribute('style') : el.setAttribute('style', before)));
  }
  return () => restore.forEach((r) => r());
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
    // The resolved colour (a light-dark() pair would be resolved again inside the image, by the system's theme).
    backgroundColor: getComputedStyle(viewport.closest('.react-flow') ?? document.documentElement).backgroundColor || undefined,
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
  const restore = inlineSvgPaint(viewport);
  try {
    if (format === 'png') {
      blob = await toBlob(viewport, { ...options, pixelRatio: PNG_PIXEL_RATIO });
    } else {
      const url = await toSvg(viewport, options);
      blob = new Blob([decodeURIComponent(url.slice(url.indexOf(',') + 1))], { type: 'image/svg+xml' });
    }
  } finally {
    restore();
  }
  if (!blob) throw new Error('the browser could not draw the picture');
  downloadBlob(blob, designFileName(doc.name, format));
}
