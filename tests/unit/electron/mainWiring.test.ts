/**
 * Runs the real main entry (electron/main/index.ts) against a recording fake of the
 * Electron API: checks the wiring the unit tests of each module cannot see (which window
 * options are used, what is registered, which sender is trusted). The real Electron run is
 * tests/electron/smoke.spec.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcRequestSchemas } from '../../../shared/ipc';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const windows: { options: Record<string, unknown>; instance: Record<string, unknown> }[] = [];
  const handlers = new Map<string, Listener>();
  const appEvents = new Map<string, Listener>();
  const menus: unknown[] = [];
  const session = {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };
  class BrowserWindow {
    readonly webContents = {
      mainFrame: { parent: null, url: '' },
      on: vi.fn(),
      send: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      executeJavaScript: vi.fn(async () => false),
    };
    readonly loadFile = vi.fn(async () => undefined);
    readonly loadURL = vi.fn(async () => undefined);
    readonly once = vi.fn();
    readonly on = vi.fn();
    readonly setTitle = vi.fn();
    isDestroyed = (): boolean => false;
    constructor(options: Record<string, unknown>) {
      windows.push({ options, instance: this as unknown as Record<string, unknown> });
    }
  }
  const userData = { dir: '' };
  const module = {
    app: {
      isPackaged: false,
      name: 'Nuage',
      getLocale: () => 'en-US',
      getPath: (name: string) => `${userData.dir}/${name}`,
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: Listener) => appEvents.set(name, listener),
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
    },
    BrowserWindow,
    ipcMain: { handle: (c: string, l: Listener) => handlers.set(c, l), removeHandler: vi.fn() },
    Menu: {
      buildFromTemplate: (t: unknown) => ({ template: t }),
      setApplicationMenu: (m: unknown) => menus.push(m),
    },
    session: { defaultSession: session },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
  return { module, windows, handlers, appEvents, menus, session, userData };
});

vi.mock('electron', () => fake.module);

beforeAll(async () => {
  fake.userData.dir = mkdtempSync(join(tmpdir(), 'nuage-wiring-'));
  await import('../../../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 20));
});

afterAll(() => rmSync(fake.userData.dir, { recursive: true, force: true }));

describe('main entry wiring', () => {
  it('opens one window with secure preferences and the CommonJS preload', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(prefs['preload'])).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(fake.windows[0]?.instance['loadFile']).toHaveBeenCalledWith(
      expect.stringMatching(/renderer[\\/]index\.html$/),
    );
  });

  it('hardens the session and guards every web contents', () => {
    expect(fake.session.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(fake.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(fake.appEvents.has('web-contents-created')).toBe(true);
  });

  it('sets a File / Edit / View menu', () => {
    const last = fake.menus.at(-1) as { template: { label: string }[] };
    expect(last.template.map((m) => m.label)).toEqual(['File', 'Edit', 'View']);
  });

  it('answers every channel, and only for our window’s top frame showing our page', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.keys(ipcRequestSchemas).sort());
    const window = fake.windows[0]?.instance as unknown as { webContents: object };
    const loaded = (fake.windows[0]?.instance['loadFile'] as ReturnType<typeof vi.fn>).mock
      .calls[0]?.[0] as string;
    const ourPage = pathToFileURL(loaded).href;
    const call = (sender: object, frame: object | null) =>
      fake.handlers.get('recent:list')?.({ sender, senderFrame: frame }, {}) as Promise<{
        ok: boolean;
        issues?: { code: string };
      }>;

    expect(await call(window.webContents, { parent: null, url: ourPage })).toEqual({
      ok: true,
      value: { paths: [] },
    });
    for (const [sender, frame] of [
      [{}, { parent: null, url: ourPage }], // another web contents
      [window.webContents, { parent: {}, url: ourPage }], // an iframe
      [window.webContents, { parent: null, url: 'https://evil.example/' }], // navigated away
      [window.webContents, null], // frame gone
    ] as const) {
      const result = await call(sender, frame);
      expect(result.issues?.code).toBe('forbidden');
    }
  });
});
