/**
 * Saving exports and picking templates on either host: Electron through the typed preload API
 * (file:export, file:open with filters), the browser through a download or a hidden file input.
 */
import type { FileFilter } from '../../../shared/ipc';
import { downloadBlob, pickWithHiddenInput } from '../platform/download';
import type { PlatformResult } from '../platform/types';

export interface ExportFile {
  readonly suggestedName: string;
  readonly filters: readonly FileFilter[];
  readonly content: string;
  readonly encoding: 'utf8' | 'base64';
  readonly mime: string;
}

/** The hidden input the export host renders for template imports in the browser. */
export const IMPORT_INPUT_ID = 'nuage-import-file-input';

export const templateFilters: readonly FileFilter[] = [
  { name: 'CloudFormation template', extensions: ['yaml', 'yml', 'json', 'template'] },
];

function download(file: ExportFile): void {
  const bytes =
    file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  downloadBlob(new Blob([bytes], { type: file.mime }), file.suggestedName);
}

/** Saves an export; resolves with the path (Electron) or the downloaded name. */
export async function saveExport(file: ExportFile): Promise<PlatformResult<{ name: string }>> {
  const api = window.nuage;
  if (api?.platform === 'electron') {
    const r = await api['file:export']({
      suggestedName: file.suggestedName,
      filters: file.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      content: file.content,
      encoding: file.encoding,
    });
    if (!r.ok) return { ok: false, cancelled: r.issues.code === 'cancelled', message: r.issues.message };
    return { ok: true, value: { name: r.value.path } };
  }
  download(file);
  return { ok: true, value: { name: file.suggestedName } };
}

/**
 * Asks for a template. Electron returns its text; in the browser the hidden input is clicked
 * and its change handler continues the import, so this resolves with null.
 */
export async function pickTemplate(): Promise<PlatformResult<{ name: string; text: string } | null>> {
  const api = window.nuage;
  if (api?.platform === 'electron') {
    const r = await api['file:open']({
      filters: templateFilters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
    });
    if (!r.ok) return { ok: false, cancelled: r.issues.code === 'cancelled', message: r.issues.message };
    return {
      ok: true,
      value: { name: r.value.path.split(/[\\/]/).pop() ?? r.value.path, text: r.value.text },
    };
  }
  pickWithHiddenInput(IMPORT_INPUT_ID);
  return { ok: true, value: null };
}
