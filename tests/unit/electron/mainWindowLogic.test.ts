import { describe, expect, it, vi } from 'vitest';
import { menuCommandIds, type MenuCommandId } from '../../../shared/ipc';
import { CloseGuard, formatTitle } from '../../../electron/main/documentState';
import { FOCUSED_TEXT_FIELD_PROBE, routeEditCommand } from '../../../electron/main/editRouting';
import { buildMenuTemplate, type MenuOptions, type TextEditCommand } from '../../../electron/main/menu';
import { labelsForLocale, menuLabels } from '../../../electron/main/menuLabels';
import type { MenuItemConstructorOptions } from 'electron';

function menu(overrides: Partial<MenuOptions> = {}) {
  const send = vi.fn<(c: MenuCommandId) => void>();
  const edit = vi.fn<(c: TextEditCommand) => void>();
  const openRecent = vi.fn<(p: string) => void>();
  const template = buildMenuTemplate({
    platform: 'linux',
    isPackaged: false,
    appName: 'Nuage',
    labels: menuLabels.en,
    recentPaths: [],
    send,
    edit,
    openRecent,
    clearRecent: vi.fn(),
    ...overrides,
  });
  return { template, send, edit, openRecent };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const click = (item: MenuItemConstructorOptions | undefined): void =>
  (item?.click as unknown as () => void | undefined)?.();

describe('native menu', () => {
  it('has File, Edit and View, and an item for every menu command', () => {
    const { template } = menu();
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View']);
    const ids = flatten(template).map((i) => i.id);
    for (const id of menuCommandIds) expect(ids).toContain(id);
  });

  it('sends app commands to the renderer and routes edit commands through the text-field check', () => {
    const { template, send, edit } = menu();
    const items = flatten(template);
    click(items.find((i) => i.id === 'file.save'));
    click(items.find((i) => i.id === 'view.autoLayout'));
    click(items.find((i) => i.id === 'edit.paste'));
    click(items.find((i) => i.id === 'edit.redo.alternate'));
    expect(send.mock.calls).toEqual([['file.save'], ['view.autoLayout']]);
    expect(edit.mock.calls).toEqual([['edit.paste'], ['edit.redo']]);
  });

  it('uses the usual accelerators, with both redo shortcuts', () => {
    const accelerators = Object.fromEntries(flatten(menu().template).map((i) => [i.id, i.accelerator]));
    expect(accelerators).toMatchObject({
      'file.new': 'CmdOrCtrl+N',
      'file.open': 'CmdOrCtrl+O',
      'file.save': 'CmdOrCtrl+S',
      'file.saveAs': 'Shift+CmdOrCtrl+S',
      'edit.undo': 'CmdOrCtrl+Z',
      'edit.redo': 'Shift+CmdOrCtrl+Z',
      'edit.redo.alternate': 'CmdOrCtrl+Y',
      'edit.cut': 'CmdOrCtrl+X',
      'edit.copy': 'CmdOrCtrl+C',
      'edit.paste': 'CmdOrCtrl+V',
      'edit.selectAll': 'CmdOrCtrl+A',
    });
    const values = Object.values(accelerators).filter(Boolean);
    expect(new Set(values).size).toBe(values.length); // no shortcut bound twice
  });

  it('lists recent designs, opens the clicked one, and disables Clear when empty', () => {
    const { template, openRecent } = menu({ recentPaths: ['/d/a.nuage.json', '/d/b.nuage.json'] });
    const items = flatten(template);
    const first = items.find((i) => i.id === 'file.openRecent.0');
    expect(first?.label).toBe('a.nuage.json');
    click(items.find((i) => i.id === 'file.openRecent.1'));
    expect(openRecent).toHaveBeenCalledWith('/d/b.nuage.json');
    const empty = flatten(menu().template);
    expect(empty.find((i) => i.id === 'file.openRecent.none')?.enabled).toBe(false);
    expect(empty.find((i) => i.id === 'file.openRecent.clear')?.enabled).toBe(false);
  });

  it('shows developer tools only when not packaged, and Quit in File except on macOS', () => {
    const dev = flatten(menu().template);
    expect(dev.some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(dev.some((i) => i.role === 'quit')).toBe(true);
    expect(flatten(menu({ isPackaged: true }).template).some((i) => i.role === 'toggleDevTools')).toBe(false);
    const mac = menu({ platform: 'darwin' }).template;
    expect(mac.map((m) => m.role ?? m.label)).toEqual(['appMenu', 'File', 'Edit', 'View', 'windowMenu']);
    expect(flatten(mac.slice(1, 4)).some((i) => i.role === 'quit')).toBe(false);
  });

  it('speaks French on a French system', () => {
    expect(labelsForLocale('fr-CA').save).toBe('Enregistrer');
    expect(labelsForLocale('en-GB').save).toBe('Save');
    const labels = flatten(menu({ labels: labelsForLocale('fr') }).template).map((i) => i.label);
    expect(labels).toContain('Fichier');
    expect(labels).toContain('Exporter CloudFormation YAML…');
  });
});

describe('edit routing', () => {
  function contents(textFieldFocused: boolean | Error) {
    const native = {
      undo: vi.fn(),
      redo: vi.fn(),
      cut: vi.fn(),
      copy: vi.fn(),
      paste: vi.fn(),
      delete: vi.fn(),
      selectAll: vi.fn(),
    };
    const executeJavaScript = vi.fn(async (code: string) => {
      expect(code).toBe(FOCUSED_TEXT_FIELD_PROBE);
      if (textFieldFocused instanceof Error) throw textFieldFocused;
      return textFieldFocused;
    });
    return { ...native, executeJavaScript };
  }

  it('edits natively when a text field has focus', async () => {
    const page = contents(true);
    const send = vi.fn();
    await routeEditCommand(page, 'edit.paste', send);
    await routeEditCommand(page, 'edit.undo', send);
    expect(page.paste).toHaveBeenCalledOnce();
    expect(page.undo).toHaveBeenCalledOnce();
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the command to the renderer otherwise, or when the page cannot answer', async () => {
    for (const state of [false, new Error('Script failed to execute')]) {
      const page = contents(state);
      const send = vi.fn();
      await routeEditCommand(page, 'edit.selectAll', send);
      expect(send).toHaveBeenCalledWith('edit.selectAll');
      expect(page.selectAll).not.toHaveBeenCalled();
    }
  });
});

describe('document title and close guard', () => {
  it('marks unsaved changes in the title', () => {
    expect(formatTitle('Fraud pipeline', true)).toBe('Fraud pipeline• — Nuage');
    expect(formatTitle('Fraud pipeline', false)).toBe('Fraud pipeline — Nuage');
    expect(formatTitle('  ', false)).toBe('Untitled — Nuage');
  });

  it('closes a clean window at once', () => {
    expect(new CloseGuard().closeRequested()).toBe('close');
  });

  it("asks for a dirty window; Cancel keeps it; Don't Save closes", () => {
    const guard = new CloseGuard();
    guard.documentStateChanged(true);
    expect(guard.closeRequested()).toBe('ask');
    expect(guard.closeRequested()).toBe('stay'); // second click while asking
    expect(guard.answered('cancel')).toBe('stay');
    expect(guard.closeRequested()).toBe('ask');
    expect(guard.answered('discard')).toBe('close');
    expect(guard.closeRequested()).toBe('close'); // the programmatic close goes through
  });

  it('Save closes only after the save reached the disk and the renderer reports clean', () => {
    const guard = new CloseGuard();
    guard.documentStateChanged(true);
    guard.closeRequested();
    expect(guard.answered('save')).toBe('sendSave');
    expect(guard.documentStateChanged(true)).toBe('stay');
    guard.saveFinished(true);
    expect(guard.documentStateChanged(false)).toBe('close');
  });

  it('a cancelled or failed save keeps the window open, and a later save does not close it', () => {
    const guard = new CloseGuard();
    guard.documentStateChanged(true);
    guard.closeRequested();
    guard.answered('save');
    guard.saveFinished(false);
    guard.saveFinished(true); // the user saves later, on their own
    expect(guard.documentStateChanged(false)).toBe('stay');
    expect(guard.isDirty).toBe(false);
  });
});
