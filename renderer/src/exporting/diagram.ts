/**
 * Diagram export: the React Flow viewport rendered to PNG or SVG with html-to-image, framed
 * on all nodes (not on the current view). The export host attaches the React Flow instance.
 */
import { getNodesBounds, type ReactFlowInstance } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

let flow: ReactFlowInstance | null = null;

/** Called by the export host (inside the ReactFlowProvider); returns the detach function. */
export function attachDiagramSource(instance: ReactFlowInstance): () => void {
  flow = instance;
  return () => {
    if (flow === instance) flow = null;
  };
}

const PADDING = 40;
/** Used for an icon html-to-image cannot fetch (file:// pages in Electron): a transparent pixel. */
const TRANSPARENT_PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
const MAX_SIDE = 8000;

export type DiagramFormat = 'png' | 'svg';

/** The diagram as file content (PNG: base64, SVG: text), or an error message. */
export async function renderDiagram(
  format: DiagramFormat,
): Promise<{ ok: true; content: string } | { ok: false; message: string }> {
  const viewportElement = document.querySelector<HTMLElement>('.react-flow__viewport');
  const nodes = flow?.getNodes() ?? [];
  if (!flow || !viewportElement || nodes.length === 0) return { ok: false, message: 'empty' };
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width + 2 * PADDING, bounds.height + 2 * PADDING));
  const width = Math.round((bounds.width + 2 * PADDING) * scale);
  const height = Math.round((bounds.height + 2 * PADDING) * scale);
  const x = (PADDING - bounds.x) * scale;
  const y = (PADDING - bounds.y) * scale;
  const options = {
    backgroundColor: getComputedStyle(document.body).getPropertyValue('--bg').trim() || '#ffffff',
    width,
    height,
    imagePlaceholder: TRANSPARENT_PIXEL,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${x}px, ${y}px) scale(${scale})`,
    },
  };
  await Promise.all(
    [...viewportElement.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)),
  );
  const restore = inlineSvgPaint(viewportElement);
  try {
    if (format === 'png') {
      const url = await toPng(viewportElement, { ...options, pixelRatio: 2 });
      return { ok: true, content: url.slice(url.indexOf(',') + 1) };
    }
    const url = await toSvg(viewportElement, options);
    return { ok: true, content: decodeURIComponent(url.slice(url.indexOf(',') + 1)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    restore();
  }
}

const PAINT = ['stroke', 'stroke-width', 'stroke-dasharray', 'fill', 'opacity'] as const;

/**
 * React Flow paints edges with CSS variables, which the cloned SVG loses: copy the resolved
 * paint of every SVG shape into its inline style for the capture, then put it back.
 */
function inlineSvgPaint(root: HTMLElement): () => void {
  const saved: [SVGElement, string | null][] = [];
  for (const element of root.querySelectorAll<SVGElement>(
    'svg path, svg rect, svg text, svg polyline, svg circle',
  )) {
    saved.push([element, element.getAttribute('style')]);
    const computed = getComputedStyle(element);
    for (const property of PAINT) element.style.setProperty(property, computed.getPropertyValue(property));
  }
  return () => {
    for (const [element, style] of saved)
      if (style === null) element.removeAttribute('style');
      else element.setAttribute('style', style);
  };
}
