/**
 * The native menu as data. Every app item sends a MenuCommandId to the renderer, whose
 * command registry runs it (the same commands the toolbar and keyboard use). Item ids are
 * the command ids, so tests and code can find an item with `getMenuItemById('file.save')`.
 */
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommandId } from '../../shared/ipc';
import type { MenuLabels } from './menuLabels';

/** Edit commands that mean "edit the text" when a text field has focus. */
export const textEditCommands = [
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  'edit.selectAll',
] as const satisfies readonly MenuCommandId[];
export type TextEditCommand = (typeof textEditCommands)[number];

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
  readonly appName: string;
  readonly labels: MenuLabels;
  readonly recentPaths: readonly string[];
  /** Sends an app command to the focused window's renderer. */
  readonly send: (command: MenuCommandId) => void;
  /** Edit commands go through a router that lets a focused text field edit natively. */
  readonly edit: (command: TextEditCommand) => void;
  readonly openRecent: (path: string) => void;
  readonly clearRecent: () => void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { labels: l, platform, send, edit } = options;
  const mac = platform === 'darwin';
  const command = (id: MenuCommandId, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(id),
  });
  const editItem = (id: TextEditCommand, label: string, accelerator: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator,
    click: () => edit(id),
  });

  const recentItems: MenuItemConstructorOptions[] =
    options.recentPaths.length === 0
      ? [{ id: 'file.openRecent.none', label: l.noRecent, enabled: false }]
      : options.recentPaths.map((path, index) => ({
          id: `file.openRecent.${index}`,
          label: basename(path),
          sublabel: path,
          toolTip: path,
          click: () => options.openRecent(path),
        }));

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: l.file,
    submenu: [
      command('file.new', l.new, 'CmdOrCtrl+N'),
      command('file.open', l.open, 'CmdOrCtrl+O'),
      {
        id: 'file.openRecent',
        label: l.openRecent,
        submenu: [
          ...recentItems,
          { type: 'separator' },
          {
            id: 'file.openRecent.clear',
            label: l.clearRecent,
            enabled: options.recentPaths.length > 0,
            click: options.clearRecent,
          },
        ],
      },
      { type: 'separator' },
      command('file.save', l.save, 'CmdOrCtrl+S'),
      command('file.saveAs', l.saveAs, 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      command('file.importCloudFormation', l.importCloudFormation, 'CmdOrCtrl+I'),
      command('file.exportCloudFormationYaml', l.exportCloudFormationYaml, 'CmdOrCtrl+E'),
      command('file.exportCloudFormationJson', l.exportCloudFormationJson, 'Shift+CmdOrCtrl+E'),
      command('file.exportPng', l.exportPng),
      command('file.exportSvg', l.exportSvg),
      command('file.exportCostCsv', l.exportCostCsv),
      // macOS keeps Quit in the application menu.
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l.quit } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    id: 'edit',
    label: l.edit,
    submenu: [
      editItem('edit.undo', l.undo, 'CmdOrCtrl+Z'),
      editItem('edit.redo', l.redo, 'Shift+CmdOrCtrl+Z'),
      // Second redo shortcut (Windows/Linux habit): a hidden item still owns its accelerator.
      {
        id: 'edit.redo.alternate',
        label: l.redo,
        accelerator: 'CmdOrCtrl+Y',
        visible: false,
        acceleratorWorksWhenHidden: true,
        click: () => edit('edit.redo'),
      },
      { type: 'separator' },
      editItem('edit.cut', l.cut, 'CmdOrCtrl+X'),
      editItem('edit.copy', l.copy, 'CmdOrCtrl+C'),
      editItem('edit.paste', l.paste, 'CmdOrCtrl+V'),
      editItem('edit.delete', l.delete, mac ? 'Backspace' : 'Delete'),
      { type: 'separator' },
      editItem('edit.selectAll', l.selectAll, 'CmdOrCtrl+A'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: l.view,
    submenu: [
      command('view.zoomIn', l.zoomIn, 'CmdOrCtrl+='),
      // Same command on the Plus key (numeric keypad and layouts where = needs Shift).
      {
        id: 'view.zoomIn.alternate',
        label: l.zoomIn,
        accelerator: 'CmdOrCtrl+Plus',
        visible: false,
        acceleratorWorksWhenHidden: true,
        click: () => send('view.zoomIn'),
      },
      command('view.zoomOut', l.zoomOut, 'CmdOrCtrl+-'),
      command('view.fit', l.fit, 'CmdOrCtrl+0'),
      { type: 'separator' },
      command('view.autoLayout', l.autoLayout, 'Shift+CmdOrCtrl+L'),
      ...(options.isPackaged
        ? []
        : [
            { type: 'separator' } as const,
            { id: 'view.toggleDevTools', role: 'toggleDevTools', label: l.toggleDevTools } as const,
          ]),
    ],
  };

  const template: MenuItemConstructorOptions[] = [file, editMenu, view];
  if (mac) {
    template.unshift({ label: options.appName, role: 'appMenu' });
    template.push({ label: l.window, role: 'windowMenu' });
  }
  return template;
}
