/**
 * What each IPC channel does, with every dependency passed in (dialogs, stores, the window),
 * so vitest runs the real logic against a temp directory and fake dialogs.
 *
 * File access rule: main reads or overwrites only paths the user picked in a dialog during
 * this session or that are in the recent list. A compromised renderer cannot name any other
 * file.
 */
import { basename, extname, join, resolve } from 'node:path';
import type { FileFilter, IpcError, IpcRequest, IpcResult } from '../../shared/ipc';
import { parseDesignText } from '../../shared/model/parse';
import { fail, ok } from '../../shared/result';
import { writeFileAtomic } from './files/atomicWrite';
import { MAX_OPEN_BYTES, readTextFile } from './files/readText';
import type { RecentList } from './files/recentList';
import type { RecoveryStore } from './files/recovery';
import { isMissing } from './files/recovery';
import type { IpcHandlers } from './ipc';

export const DESIGN_EXTENSION = '.nuage.json';
export const DESIGN_FILTERS: readonly FileFilter[] = [
  { name: 'Nuage design', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

export interface Dialogs {
  /** Resolves to the chosen path, or null when the user cancelled. */
  showOpen(options: { filters: readonly FileFilter[]; defaultPath?: string }): Promise<string | null>;
  showSave(options: { filters: readonly FileFilter[]; defaultPath: string }): Promise<string | null>;
}

export interface HandlerDeps {
  readonly dialogs: Dialogs;
  readonly recent: RecentList;
  readonly recovery: RecoveryStore;
  /** Where save dialogs start when the document has no path yet. */
  readonly defaultDirectory: () => string;
  readonly setDocumentState: (state: IpcRequest<'window:setDocumentState'>) => void;
  /** Called after the recent list changed (the native menu rebuilds Open Recent). */
  readonly onRecentChanged?: (paths: readonly string[]) => void;
  /** Called after each 'file:saveDesign' with whether the design reached the disk. */
  readonly onSaveOutcome?: (saved: boolean) => void;
  readonly readText?: (path: string) => Promise<string>;
  readonly writeAtomic?: (path: string, data: string | Uint8Array) => Promise<void>;
}

/** Paths the user chose through a dialog in this session. */
export class PathAllowList {
  private readonly paths = new Set<string>();
  allow(path: string): void {
    this.paths.add(resolve(path));
  }
  has(path: string): boolean {
    return this.paths.has(resolve(path));
  }
}

export function createHandlers(deps: HandlerDeps, allowList = new PathAllowList()): IpcHandlers {
  const readText = deps.readText ?? readTextFile;
  const writeAtomic = deps.writeAtomic ?? writeFileAtomic;

  const isPermitted = async (path: string): Promise<boolean> =>
    allowList.has(path) || (await deps.recent.list()).includes(resolve(path));

  const remember = async (path: string): Promise<void> => {
    allowList.allow(path);
    deps.onRecentChanged?.(await deps.recent.add(path));
  };

  const saveDesign = async (request: IpcRequest<'file:saveDesign'>): Promise<IpcResult<{ path: string }>> => {
    // Validate first: a document the app could not open again never reaches the disk.
    if (Buffer.byteLength(request.text, 'utf8') > MAX_OPEN_BYTES) {
      return fail({
        code: 'invalid_design',
        message: `Design not saved: (document): larger than ${MAX_OPEN_BYTES / (1024 * 1024)} MB, it could not be opened again`,
      });
    }
    const parsed = parseDesignText(request.text);
    if (!parsed.ok) {
      const first = parsed.issues[0];
      const where = first?.path ? first.path : '(document)';
      return fail({
        code: 'invalid_design',
        message: `Design not saved: ${where}: ${first?.message ?? 'invalid design'}`,
      });
    }
    let target: string;
    if (request.path !== undefined && request.saveAs !== true) {
      if (!(await isPermitted(request.path))) return forbidden('file:saveDesign', request.path);
      target = resolve(request.path);
    } else {
      const name = request.suggestedName ?? parsed.value.name;
      const defaultPath =
        request.path !== undefined
          ? resolve(request.path)
          : join(deps.defaultDirectory(), withDesignExtension(safeFileName(name)));
      const chosen = await deps.dialogs.showSave({ filters: DESIGN_FILTERS, defaultPath });
      if (chosen === null) return cancelled();
      target = withDesignExtension(resolve(chosen));
    }
    await writeAtomic(target, request.text);
    await remember(target);
    return ok({ path: target });
  };

  return {
    'file:open': async (request) => {
      let path: string;
      if (request.path !== undefined) {
        if (!(await isPermitted(request.path))) return forbidden('file:open', request.path);
        path = resolve(request.path);
      } else {
        const chosen = await deps.dialogs.showOpen({ filters: request.filters ?? DESIGN_FILTERS });
        if (chosen === null) return cancelled();
        path = resolve(chosen);
      }
      let text: string;
      try {
        text = await readText(path);
      } catch (error) {
        if (!isMissing(error)) throw error;
        deps.onRecentChanged?.(await deps.recent.remove(path));
        return fail({ code: 'io_error', message: `file:open: ${path} no longer exists / n'existe plus` });
      }
      allowList.allow(path);
      // Open Recent lists designs only: an imported CloudFormation template is opened with
      // the same channel but would not reopen as a design.
      if (looksLikeDesign(text)) await remember(path);
      return ok({ path, text });
    },

    'file:saveDesign': async (request) => {
      try {
        const result = await saveDesign(request);
        deps.onSaveOutcome?.(result.ok);
        return result;
      } catch (error) {
        deps.onSaveOutcome?.(false);
        throw error;
      }
    },

    'file:export': async (request) => {
      if (request.encoding === 'base64' && !isBase64(request.content)) {
        return fail({ code: 'invalid_payload', message: 'file:export: content: not valid base64' });
      }
      const defaultPath = join(deps.defaultDirectory(), safeFileName(request.suggestedName));
      const chosen = await deps.dialogs.showSave({ filters: request.filters, defaultPath });
      if (chosen === null) return cancelled();
      const target = resolve(chosen);
      const data = request.encoding === 'base64' ? Buffer.from(request.content, 'base64') : request.content;
      await writeAtomic(target, data);
      return ok({ path: target });
    },

    'recent:list': async () => ok({ paths: await deps.recent.list() }),

    'recovery:write': async (request) => {
      await deps.recovery.write(request.text);
      return ok(null);
    },
    'recovery:read': async () => ok(await deps.recovery.read()),
    'recovery:clear': async () => {
      await deps.recovery.clear();
      return ok(null);
    },

    'window:setDocumentState': (request) => {
      deps.setDocumentState(request);
      return ok(null);
    },
  };
}

function cancelled(): IpcResult<never> {
  return fail({ code: 'cancelled', message: 'Cancelled by the user' });
}

function forbidden(channel: string, path: string): IpcResult<never> {
  const error: IpcError = {
    code: 'forbidden',
    message: `${channel}: ${path} was not chosen in a file dialog or the recent list`,
  };
  return fail(error);
}

/** Keeps only a file name: a suggested name never steers the dialog into another folder. */
export function safeFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[<>:"|?*]/g, '')
    .split('')
    .filter((c) => c.charCodeAt(0) >= 32)
    .join('')
    .trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'Untitled' : cleaned;
}

/** Adds `.nuage.json` unless the name already ends in `.json`. */
export function withDesignExtension(path: string): string {
  return extname(path).toLowerCase() === '.json' ? path : `${path}${DESIGN_EXTENSION}`;
}

function looksLikeDesign(text: string): boolean {
  // Cheap pre-check so a 50 MB template is not JSON-parsed twice on the main thread.
  if (!text.trimStart().startsWith('{') || !text.includes('"schemaVersion"')) return false;
  return parseDesignText(text).ok;
}

function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}
