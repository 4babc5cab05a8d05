/**
 * Saves an export (CSV text or PNG) where the user expects it: through Electron's save
 * dialog (`file:export`) in the desktop app, as a download in the browser.
 */
import type {} from '../platform';
import { downloadBlob, downloadUrl } from '../platform/download';

export interface ExportRequest {
  readonly suggestedName: string;
  readonly mime: 'text/csv' | 'image/png';
  /** CSV text, or a PNG as a data URL. */
  readonly content: string;
}

export type ExportOutcome =
  { readonly ok: true; readonly name: string } | { readonly ok: false; readonly message: string };

function dataUrlBase64(dataUrl: string): string {
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

export async function exportFile(request: ExportRequest): Promise<ExportOutcome> {
  const api = window.nuage;
  const isPng = request.mime === 'image/png';
  if (api?.platform === 'electron') {
    const r = await api['file:export']({
      suggestedName: request.suggestedName,
      filters: [isPng ? { name: 'PNG image', extensions: ['png'] } : { name: 'CSV', extensions: ['csv'] }],
      content: isPng ? dataUrlBase64(request.content) : request.content,
      encoding: isPng ? 'base64' : 'utf8',
    });
    return r.ok ? { ok: true, name: r.value.path } : { ok: false, message: r.issues.message };
  }
  if (isPng) downloadUrl(request.content, request.suggestedName);
  else downloadBlob(new Blob([request.content], { type: 'text/csv;charset=utf-8' }), request.suggestedName);
  return { ok: true, name: request.suggestedName };
}

/** Title and legend drawn above the chart (recharts renders its legend outside the SVG). */
export interface PngHeader {
  readonly title: string;
  readonly textColor: string;
  readonly legend: readonly { readonly label: string; readonly color: string }[];
}

const HEADER_HEIGHT = 46;

/**
 * Renders a chart's SVG to a PNG data URL (2× for sharp text) on the chart's own background
 * colour, with its title and legend, so it reads in light and dark.
 */
export async function svgToPng(svg: SVGSVGElement, background: string, header: PngHeader): Promise<string> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const style = getComputedStyle(svg);
  clone.style.fontFamily = style.fontFamily;
  clone.style.fontSize = style.fontSize;
  const text = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await loaded;
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil((height + HEADER_HEIGHT) * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.scale(scale, scale);
  context.fillStyle = background;
  context.fillRect(0, 0, width, height + HEADER_HEIGHT);
  context.fillStyle = header.textColor;
  context.font = `600 14px ${style.fontFamily}`;
  context.textBaseline = 'middle';
  context.fillText(header.title, 12, 14);
  context.font = `12px ${style.fontFamily}`;
  let x = 12;
  for (const item of header.legend) {
    context.fillStyle = item.color;
    context.fillRect(x, 30, 10, 10);
    context.fillText(item.label, x + 14, 35);
    x += 14 + context.measureText(item.label).width + 16;
  }
  context.drawImage(image, 0, HEADER_HEIGHT, width, height);
  return canvas.toDataURL('image/png');
}
