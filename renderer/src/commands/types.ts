import type { Catalog, Localized } from '../../../shared/service/types';
import type { Platform } from '../platform/types';
import type { DesignStore } from '../store/designStore';
import type { UiStore } from '../store/uiStore';

/** Canvas view operations; the canvas attaches React Flow's once it is ready. */
export interface ViewControls {
  zoomIn(): void;
  zoomOut(): void;
  fitView(): void;
  /** Connects the controls to an implementation; returns the detach function. */
  attach(implementation: Omit<ViewControls, 'attach'>): () => void;
}

/** View controls that do nothing until the canvas attaches React Flow's. */
export function createViewControls(): ViewControls {
  let current: Omit<ViewControls, 'attach'> | null = null;
  return {
    zoomIn: () => current?.zoomIn(),
    zoomOut: () => current?.zoomOut(),
    fitView: () => current?.fitView(),
    attach(implementation) {
      current = implementation;
      return () => {
        if (current === implementation) current = null;
      };
    },
  };
}

/** Everything a command may touch. Tests build one with fresh stores and a fake platform. */
export interface CommandContext {
  readonly design: DesignStore;
  readonly ui: UiStore;
  readonly catalog: Catalog;
  readonly platform: Platform;
  readonly view: ViewControls;
}

/**
 * A user operation. Toolbar, keyboard, context menu, native menu and tests all dispatch
 * commands by id through the registry.
 */
export interface Command {
  /** Dotted id; ids of native-menu commands equal shared/ipc.ts MenuCommandId values. */
  readonly id: string;
  readonly label: Localized;
  /** Keyboard shortcuts like 'Mod+Shift+Z' (Mod = Ctrl, or Cmd on macOS), 'Delete'. */
  readonly shortcuts?: readonly string[];
  /** Toolbar glyph (a short text symbol). */
  readonly glyph?: string;
  /** Whether the command can run now; absent = always. */
  enabled?(ctx: CommandContext): boolean;
  run(ctx: CommandContext): void | Promise<void>;
}
