import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { NuageApi } from '../../shared/ipc';
import { FOCUSED_TEXT_FIELD_PROBE } from '../../electron/main/editRouting';
import { findElectronBinary } from './electronBinary';

const binary = findElectronBinary();
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

test.describe('desktop app smoke', () => {
  test.skip(!binary.ok, binary.ok ? '' : binary.reason);

  let app: ElectronApplication;
  let page: Page;
  const pageErrors: Error[] = [];

  test.beforeAll(async () => {
    if (!binary.ok) return;
    // Always the built renderer, never a dev server.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
      ),
    );
    app = await electron.launch({
      executablePath: binary.path,
      // Chromium refuses to start as root without this (CI containers); it does not change
      // the renderer's sandbox webPreference checked below.
      args: [projectRoot, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env,
    });
    page = await app.firstWindow();
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one window titled for Nuage', async () => {
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => w.getTitle()),
    );
    expect(windows).toHaveLength(1);
    expect(windows[0]).toMatch(/ — Nuage$/); // `<design name>[•] — Nuage`, set by main
    expect(pageErrors).toEqual([]);
  });

  test('runs the renderer isolated and sandboxed', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      // Undocumented in electron.d.ts but long-standing: the preferences the page really got.
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
        { getLastWebPreferences(): Electron.WebPreferences | null } | undefined;
      const prefs = contents?.getLastWebPreferences();
      return {
        contextIsolation: prefs?.contextIsolation,
        sandbox: prefs?.sandbox,
        nodeIntegration: prefs?.nodeIntegration,
        webSecurity: prefs?.webSecurity,
      };
    });
    expect(preferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
  });

  test('enforces the Content-Security-Policy (no eval)', async () => {
    const verdict = await page.evaluate(() => {
      try {
        return String((0, eval)('"eval ran"'));
      } catch {
        return 'blocked';
      }
    });
    expect(verdict).toBe('blocked');
  });

  test('exposes the typed preload API and validates payloads in main', async () => {
    const result = await page.evaluate(async () => {
      const nuage = (window as unknown as { nuage: NuageApi }).nuage;
      const bad = nuage['recent:list'] as unknown as (request: unknown) => Promise<unknown>;
      return {
        platform: nuage.platform,
        recent: await nuage['recent:list']({}),
        malformed: await bad({ sneaky: true }),
      };
    });
    expect(result.platform).toBe('electron');
    expect(result.recent.ok).toBe(true);
    expect(result.malformed).toEqual({
      ok: false,
      issues: { code: 'invalid_payload', message: 'recent:list: sneaky: unexpected field' },
    });
  });

  test('has File, Edit and View menus wired to the menu commands', async () => {
    const menu = await app.evaluate(({ Menu }) => {
      const root = Menu.getApplicationMenu();
      return {
        labels: root?.items.map((item) => item.label) ?? [],
        save: root?.getMenuItemById('file.save')?.accelerator ?? null,
        undo: root?.getMenuItemById('edit.undo')?.accelerator ?? null,
      };
    });
    expect(menu.labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
    expect(menu).toMatchObject({ save: 'CmdOrCtrl+S', undo: 'CmdOrCtrl+Z' });
  });

  test('the Edit menu can tell a focused text field from the canvas (probe runs under the CSP)', async () => {
    const probe = (): Promise<unknown> =>
      app.evaluate(
        ({ BrowserWindow }, code) => BrowserWindow.getAllWindows()[0]?.webContents.executeJavaScript(code),
        FOCUSED_TEXT_FIELD_PROBE,
      );
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await probe()).toBe(false);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.setAttribute('data-testid', 'smoke-probe-input');
      document.body.append(input);
      input.focus();
    });
    expect(await probe()).toBe(true);
    await page.evaluate(() => document.querySelector('[data-testid="smoke-probe-input"]')?.remove());
  });
});
