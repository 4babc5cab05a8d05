/**
 * Diagram export: the React Flow viewport rendered to PNG or SVG with html-to-image, framed
 * on all nodes (not on the current view). The export host attaches the React Flow instance.
 */
import { getNodesBounds, getViewportForBounds, type ReactFlowInstance } from '@xyflow/react';
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
  const viewport = getViewportForBounds(bounds, width, height, 0.05, 2, 0);
  const options = {
    backgroundColor: getComputedStyle(document.body).getPropertyValue('--bg').trim() || '#ffffff',
    width,
    height,
    imagePlaceholder: TRANSPARENT_PIXEL,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
    },
  };
  try {
    if (format === 'png') {
      const url = await toPng(viewportElement, { ...options, pixelRatio: 2 });
      return { ok: true, content: url.slice(url.indexOf(',') + 1) };
    }
    const url = await toSvg(viewportElement, options);
    return { ok: true, content: decodeURIComponent(url.slice(url.indexOf(',') + 1)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
