/** State of the export and import dialogs (view state: not part of the document or history). */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ImportReport } from '../../../shared/cloudformation';
import type { Issue } from '../../../shared/result';

export type TemplateFormat = 'yaml' | 'json';

export type ImportOutcome =
  | { readonly kind: 'failed'; readonly fileName: string; readonly issues: readonly Issue[] }
  | {
      readonly kind: 'imported';
      readonly fileName: string;
      readonly report: ImportReport;
      readonly counts: { readonly nodes: number; readonly connections: number; readonly groups: number };
    };

export interface ExportDialogState {
  /** The export dialog is open with this format. */
  readonly exportFormat: TemplateFormat | null;
  readonly importOutcome: ImportOutcome | null;
  /** The toolbar's export menu is open. */
  readonly menuOpen: boolean;
  /** Where the menu opens (under the toolbar button). */
  readonly menuAnchor: { readonly left: number; readonly top: number };
  setMenuOpen(open: boolean, anchor?: { readonly left: number; readonly top: number }): void;
  openExport(format: TemplateFormat): void;
  closeExport(): void;
  showImport(outcome: ImportOutcome | null): void;
}

export const exportDialogs = createStore<ExportDialogState>()((set) => ({
  exportFormat: null,
  importOutcome: null,
  menuOpen: false,
  menuAnchor: { left: 8, top: 48 },
  setMenuOpen: (menuOpen, anchor) => set(anchor ? { menuOpen, menuAnchor: anchor } : { menuOpen }),
  openExport: (exportFormat) => set({ exportFormat, menuOpen: false }),
  closeExport: () => set({ exportFormat: null }),
  showImport: (importOutcome) => set({ importOutcome }),
}));

export function useExportDialogs<T>(selector: (state: ExportDialogState) => T): T {
  return useStore(exportDialogs, selector);
}
