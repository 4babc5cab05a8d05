/**
 * Main process entry: thin wiring of the window, the menu, the session hardening and the
 * IPC handlers. The logic lives in plain modules (handlers, files/, documentState) that
 * vitest tests without Electron.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { MENU_OPEN_RECENT_CHANNEL } from '../../shared/ipc';
import { routeEditCommand } from './editRouting';
import { createRecentList } from './files/recentList';
import { createRecoveryStore } from './files/recovery';
import { createHandlers, type Dialogs } from './handlers';
import { registerIpcHandlers, type SenderCheck } from './ipc';
import { buildMenuTemplate } from './menu';
import { labelsForLocale } from './menuLabels';
import { guardAllWebContents, hardenSession, isAppUrl } from './security';
import { createMainWindow, type MainWindow } from './window';

// out/main/index.js -> out/
const outDir = fileURLToPath(new URL('..', import.meta.url));
const rendererFileUrl = pathToFileURL(join(outDir, 'renderer/index.html')).href;
// electron-vite dev sets this; a packaged app never trusts it.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

let mainWindow: MainWindow | undefined;

const currentWindow = (): BrowserWindow | undefined =>
  mainWindow && !mainWindow.window.isDestroyed() ? mainWindow.window : undefined;

/** Only our window's top frame, showing our page, may call main. */
const isTrustedSender: SenderCheck = (event) => {
  const window = currentWindow();
  const frame = event.senderFrame;
  return (
    window !== undefined &&
    event.sender === window.webContents &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url, rendererFileUrl, devServerUrl)
  );
};

const dialogs: Dialogs = {
  async showOpen({ filters, defaultPath }) {
    const options: Electron.OpenDialogOptions = {
      properties: ['openFile'],
      filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      ...(defaultPath ? { defaultPath } : {}),
    };
    const window = currentWindow();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async showSave({ filters, defaultPath }) {
    const options: Electron.SaveDialogOptions = {
      defaultPath,
      filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = currentWindow();
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};

function start(): void {
  const labels = labelsForLocale(app.getLocale());
  const recent = createRecentList(join(app.getPath('userData'), 'recent.json'));
  const recovery = createRecoveryStore(join(app.getPath('userData'), 'recovery.nuage.json'));

  const setMenu = (recentPaths: readonly string[]): void => {
    const send = (command: Parameters<MainWindow['send']>[0]): void => mainWindow?.send(command);
    const template = buildMenuTemplate({
      platform: process.platform,
      isPackaged: app.isPackaged,
      appName: app.name,
      labels,
      recentPaths,
      send,
      edit: (command) => {
        const window = currentWindow();
        if (window) void routeEditCommand(window.webContents, command, send);
      },
      openRecent: (path) => currentWindow()?.webContents.send(MENU_OPEN_RECENT_CHANNEL, path),
      clearRecent: () => void recent.clear().then(setMenu),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  hardenSession(session.defaultSession, devServerUrl);
  guardAllWebContents(app, (url) => void shell.openExternal(url));
  registerIpcHandlers(
    ipcMain,
    createHandlers({
      dialogs,
      recent,
      recovery,
      defaultDirectory: () => app.getPath('documents'),
      setDocumentState: (state) => mainWindow?.setDocumentState(state),
      onRecentChanged: setMenu,
      onSaveOutcome: (saved) => mainWindow?.saveFinished(saved),
    }),
    isTrustedSender,
  );

  const openWindow = (): void => {
    mainWindow = createMainWindow({
      outDir,
      ...(devServerUrl ? { devServerUrl } : {}),
      labels,
      // Only an explicit discard removes the copy here; after a save the renderer clears it.
      onDiscard: () => void recovery.clear().catch(() => undefined),
    });
  };

  setMenu([]);
  void recent.list().then(setMenu);
  openWindow();

  app.on('activate', () => {
    if (!currentWindow()) openWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  // A second launch focuses the running window: two windows would share one recovery file.
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(start);
}
