/**
 * The one typed contract between main, preload and renderer (types and zod schemas only).
 * Main registers one handler per channel (validated with these schemas); the preload
 * exposes one function per channel on `window.nuage`; the renderer calls only that API.
 */
import { z } from 'zod';
import type { Result } from './result';

/** Commands the native menu sends to the renderer; the renderer's command registry runs them. */
export const menuCommandIds = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.importCloudFormation',
  'file.exportCloudFormationYaml',
  'file.exportCloudFormationJson',
  'file.exportPng',
  'file.exportSvg',
  'file.exportCostCsv',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  'edit.selectAll',
  'view.zoomIn',
  'view.zoomOut',
  'view.fit',
  'view.autoLayout',
] as const;
export type MenuCommandId = (typeof menuCommandIds)[number];

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

/** An error that crossed IPC: a code and a message a user can read. */
export interface IpcError {
  readonly code: 'cancelled' | 'invalid_payload' | 'io_error' | 'invalid_design' | 'forbidden';
  readonly message: string;
}
export type IpcResult<T> = Result<T, IpcError>;

const filePath = z.string().min(1).max(4096);
const fileFilter = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]+$/i)).max(20),
});

/** Request schemas, checked in main before anything runs. */
export const ipcRequestSchemas = {
  /** Shows the open dialog (or opens `path` from the recent list) and returns the text. */
  'file:open': z
    .object({ path: filePath.optional(), filters: z.array(fileFilter).max(10).optional() })
    .strict(),
  /** Writes a design atomically; shows a save dialog when `path` is absent or `saveAs`. */
  'file:saveDesign': z
    .object({
      path: filePath.optional(),
      text: z.string().max(200_000_000),
      saveAs: z.boolean().optional(),
      suggestedName: z.string().max(255).optional(),
    })
    .strict(),
  /** Saves an export (template, CSV, SVG as text; PNG as base64) through a save dialog. */
  'file:export': z
    .object({
      suggestedName: z.string().min(1).max(255),
      filters: z.array(fileFilter).max(10),
      content: z.string().max(200_000_000),
      encoding: z.enum(['utf8', 'base64']),
    })
    .strict(),
  'recent:list': z.object({}).strict(),
  /** Crash recovery: the renderer writes the current document after each change (debounced). */
  'recovery:write': z.object({ text: z.string().max(200_000_000) }).strict(),
  'recovery:read': z.object({}).strict(),
  'recovery:clear': z.object({}).strict(),
  /** Title shows the design name and an unsaved mark; `dirty` also guards closing. */
  'window:setDocumentState': z
    .object({ name: z.string().max(500), dirty: z.boolean(), path: filePath.optional() })
    .strict(),
} as const;

export type IpcChannel = keyof typeof ipcRequestSchemas;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcRequestSchemas)[C]>;

export interface IpcResponses {
  'file:open': IpcResult<{ path: string; text: string }>;
  'file:saveDesign': IpcResult<{ path: string }>;
  'file:export': IpcResult<{ path: string }>;
  'recent:list': IpcResult<{ paths: string[] }>;
  'recovery:write': IpcResult<null>;
  'recovery:read': IpcResult<{ text: string; savedAt: string } | null>;
  'recovery:clear': IpcResult<null>;
  'window:setDocumentState': IpcResult<null>;
}

/** The API the preload exposes as `window.nuage` (one function per channel). */
export type NuageApi = {
  readonly [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponses[C]>;
} & {
  /** Subscribes to native-menu commands; returns the unsubscribe. */
  readonly onMenuCommand: (listener: (command: MenuCommandId) => void) => () => void;
  /**
   * Subscribes to File > Open Recent: the listener receives the chosen path and opens it
   * with 'file:open' { path } (after its own unsaved-changes check). Returns the unsubscribe.
   * Optional so other NuageApi implementations (web mode) need not provide it.
   */
  readonly onOpenRecent?: (listener: (path: string) => void) => () => void;
  readonly platform: 'electron';
};

/** Main -> renderer event channel for menu commands. */
export const MENU_COMMAND_CHANNEL = 'menu:command' as const;
/** Main -> renderer event channel for File > Open Recent (payload: the path). */
export const MENU_OPEN_RECENT_CHANNEL = 'menu:openRecent' as const;
