/**
 * The one application window: secure webPreferences, the document title, and the close
 * guard. Window-scoped listeners live and die with the window.
 */
import { join } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { IpcRequest, MenuCommandId } from '../../shared/ipc';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc';
import { CloseGuard, formatTitle, type CloseAnswer } from './documentState';
import type { MenuLabels } from './menuLabels';

/** Secure defaults, spelled out even where they are Electron's defaults, so a review sees them. */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  };
}

export interface MainWindow {
  readonly window: BrowserWindow;
  readonly send: (command: MenuCommandId) => void;
  readonly setDocumentState: (state: IpcRequest<'window:setDocumentState'>) => void;
  readonly saveFinished: (saved: boolean) => void;
}

export interface MainWindowOptions {
  readonly outDir: string;
  readonly devServerUrl?: string;
  readonly labels: MenuLabels;
  /** The user chose "Don't Save" when closing: the crash-recovery copy is discarded too. */
  readonly onDiscard: () => void;
}

export function createMainWindow(options: MainWindowOptions): MainWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: formatTitle('', false),
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(join(options.outDir, 'preload/index.cjs')),
  });
  const guard = new CloseGuard();

  const send = (command: MenuCommandId): void => {
    if (!window.isDestroyed()) window.webContents.send(MENU_COMMAND_CHANNEL, command);
  };
  const closeNow = (): void => {
    if (!window.isDestroyed()) window.close();
  };

  window.once('ready-to-show', () => window.show());
  // Main owns the title (document name + unsaved mark); the page's <title> must not replace it.
  window.on('page-title-updated', (event) => event.preventDefault());

  window.on('close', (event) => {
    const action = guard.closeRequested();
    if (action === 'close') return;
    event.preventDefault();
    if (action !== 'ask') return;
    void askToSave(window, options.labels).then((answer) => {
      const next = guard.answered(answer);
      if (answer === 'discard') options.onDiscard();
      if (next === 'sendSave') send('file.save');
      else if (next === 'close') closeNow();
    });
  });

  // The document lives in the renderer and its latest copy in the recovery file. If the
  // renderer dies, reloading starts a fresh one that offers that copy back. A renderer that
  // keeps crashing is left alone rather than reloaded in a loop.
  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const now = Date.now();
    crashes.push(now);
    if (crashes.filter((t) => now - t < 60_000).length <= 3) window.reload();
  });

  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadFile(join(options.outDir, 'renderer/index.html'));

  return {
    window,
    send,
    setDocumentState(state) {
      if (window.isDestroyed()) return;
      window.setTitle(formatTitle(state.name, state.dirty));
      if (process.platform === 'darwin') {
        window.setDocumentEdited(state.dirty);
        window.setRepresentedFilename(state.path ?? '');
      }
      if (guard.documentStateChanged(state.dirty) === 'close') closeNow();
    },
    saveFinished(saved) {
      guard.saveFinished(saved);
    },
  };
}

async function askToSave(window: BrowserWindow, labels: MenuLabels): Promise<CloseAnswer> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    buttons: [labels.closeSave, labels.closeDiscard, labels.closeCancel],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: labels.closeMessage,
    detail: labels.closeDetail,
  });
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}
