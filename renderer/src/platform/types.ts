/** What the renderer needs from its host: Electron (IPC via window.nuage) or a browser. */
import type { MenuCommandId } from '../../../shared/ipc';

export type PlatformResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly cancelled: boolean; readonly message: string };

export interface OpenedFile {
  readonly name: string;
  readonly text: string;
  readonly path?: string;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  /**
   * Asks the user for a design file. On the web the chosen file arrives through the hidden
   * file input instead (its change handler opens it), so this resolves with `null`.
   */
  pickDesign(): Promise<PlatformResult<OpenedFile | null>>;
  /** Writes the design text; returns the path written (web: the downloaded file name). */
  saveDesign(
    text: string,
    options: { readonly path: string | null; readonly saveAs: boolean; readonly suggestedName: string },
  ): Promise<PlatformResult<{ path: string | null; name: string }>>;
  setDocumentState(state: { name: string; dirty: boolean; path: string | null }): void;
  /** Crash recovery (Electron only). */
  readonly recovery?: {
    write(text: string): Promise<void>;
    read(): Promise<{ text: string; savedAt: string } | null>;
    clear(): Promise<void>;
  };
  onMenuCommand?(listener: (command: MenuCommandId) => void): () => void;
  confirm(message: string): boolean;
}
