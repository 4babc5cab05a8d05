/** UI state: selection, panels, viewport, language, file identity. Not part of undo history. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Design } from '../../../shared/model';
import type { Issue } from '../../../shared/result';
import type { Lang } from '../../../shared/service/types';
import type { ClipboardContent } from '../model/clipboard';
import { emptySelection, selectionEquals, type Selection } from '../model/selection';

export interface Toast {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly message: string;
  /** data-testid of the toast element, e.g. 'connection-error'. */
  readonly testId: string;
}

export interface OpenError {
  readonly fileName: string;
  readonly issues: readonly Issue[];
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface UiState {
  readonly selection: Selection;
  /** Active tab of the right sidebar (a registered panel id). */
  readonly sidebarTab: string;
  readonly collapsedCategories: Readonly<Record<string, boolean>>;
  readonly viewport: Viewport;
  readonly lang: Lang;
  /** The design as last opened or saved: the document is dirty when it differs (by reference). */
  readonly savedDesign: Design | null;
  readonly filePath: string | null;
  readonly clipboard: ClipboardContent | null;
  readonly toast: Toast | null;
  readonly openError: OpenError | null;
  /** Increments each time a document is loaded (new, open, restore): the canvas fits the view. */
  readonly documentEpoch: number;
  nextDocument(): void;
  setSelection(selection: Selection): void;
  setSidebarTab(tab: string): void;
  toggleCategory(category: string): void;
  setViewport(viewport: Viewport): void;
  setLang(lang: Lang): void;
  markSaved(design: Design | null, filePath?: string | null): void;
  setClipboard(content: ClipboardContent | null): void;
  showToast(kind: Toast['kind'], message: string, testId?: string): void;
  dismissToast(): void;
  setOpenError(error: OpenError | null): void;
}

export type UiStore = StoreApi<UiState>;

let toastCounter = 0;

export function createUiStore(
  initial: Partial<Pick<UiState, 'lang' | 'savedDesign' | 'filePath'>> = {},
): UiStore {
  return createStore<UiState>()((set, get) => ({
    selection: emptySelection,
    sidebarTab: 'inspector',
    collapsedCategories: {},
    viewport: { x: 0, y: 0, zoom: 1 },
    lang: initial.lang ?? 'en',
    savedDesign: initial.savedDesign ?? null,
    filePath: initial.filePath ?? null,
    clipboard: null,
    toast: null,
    openError: null,
    documentEpoch: 0,
    nextDocument: () => set((s) => ({ documentEpoch: s.documentEpoch + 1 })),
    setSelection: (selection) => {
      if (!selectionEquals(get().selection, selection)) set({ selection });
    },
    setSidebarTab: (sidebarTab) => set({ sidebarTab }),
    toggleCategory: (category) =>
      set((s) => ({
        collapsedCategories: { ...s.collapsedCategories, [category]: !s.collapsedCategories[category] },
      })),
    setViewport: (viewport) => set({ viewport }),
    setLang: (lang) => set({ lang }),
    markSaved: (savedDesign, filePath) =>
      set(filePath === undefined ? { savedDesign } : { savedDesign, filePath }),
    setClipboard: (clipboard) => set({ clipboard }),
    showToast: (kind, message, testId = 'toast') =>
      set({ toast: { id: ++toastCounter, kind, message, testId } }),
    dismissToast: () => set({ toast: null }),
    setOpenError: (openError) => set({ openError }),
  }));
}

/** Whether `design` differs from what was last opened or saved. */
export function isDirty(design: Design, savedDesign: Design | null): boolean {
  return design !== savedDesign;
}
