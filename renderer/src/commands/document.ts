/** Document lifecycle shared by commands and the shell: new, open (from text), save. */
import { parseDesignText, serializeDesign, type Design } from '../../../shared/model';
import { translate } from '../i18n/dictionary';
import { emptyDesign } from '../model/edits';
import { fileSlug } from '../model/fileSlug';
import { emptySelection } from '../model/selection';
import type { OpenedFile } from '../platform/types';
import { isDirty } from '../store/uiStore';
import type { CommandContext } from './types';

function confirmDiscard(ctx: CommandContext): boolean {
  const { design } = ctx.design.getState();
  const ui = ctx.ui.getState();
  if (!isDirty(design, ui.savedDesign)) return true;
  return ctx.platform.confirm(translate(ui.lang, 'confirm.discard'));
}

/** Replaces the document, clearing history and selection, and marks it clean. */
export function loadDocument(ctx: CommandContext, design: Design, path: string | null): void {
  ctx.design.getState().replace(design);
  const ui = ctx.ui.getState();
  ui.setSelection(emptySelection);
  ui.markSaved(design, path);
  ui.setOpenError(null);
  ui.nextDocument();
}

export function newDocument(ctx: CommandContext): boolean {
  if (!confirmDiscard(ctx)) return false;
  loadDocument(ctx, emptyDesign(translate(ctx.ui.getState().lang, 'app.untitled')), null);
  return true;
}

/**
 * Opens a design from file text. On a parse failure nothing changes and the issues are shown;
 * returns whether the document was replaced.
 */
export function openDesignText(ctx: CommandContext, file: OpenedFile): boolean {
  const parsed = parseDesignText(file.text);
  if (!parsed.ok) {
    ctx.ui.getState().setOpenError({ fileName: file.name, issues: parsed.issues });
    return false;
  }
  if (!confirmDiscard(ctx)) return false;
  loadDocument(ctx, parsed.value, file.path ?? null);
  return true;
}

export async function openDocument(ctx: CommandContext): Promise<void> {
  const picked = await ctx.platform.pickDesign();
  if (!picked.ok) {
    if (!picked.cancelled) ctx.ui.getState().showToast('error', picked.message, 'open-failed');
    return;
  }
  if (picked.value !== null) openDesignText(ctx, picked.value);
}

/** A file name from the design name: 'Fraud detection' -> 'fraud-detection.nuage.json'. */
export function suggestedFileName(name: string): string {
  return `${fileSlug(name)}.nuage.json`;
}

export async function saveDocument(ctx: CommandContext, saveAs: boolean): Promise<boolean> {
  const { design } = ctx.design.getState();
  const ui = ctx.ui.getState();
  const result = await ctx.platform.saveDesign(serializeDesign(design), {
    path: ui.filePath,
    saveAs,
    suggestedName: suggestedFileName(design.name),
  });
  if (!result.ok) {
    if (!result.cancelled)
      ui.showToast('error', translate(ui.lang, 'save.failed', { message: result.message }), 'save-error');
    return false;
  }
  ctx.ui.getState().markSaved(design, result.value.path ?? ui.filePath);
  await ctx.platform.recovery?.clear();
  return true;
}
