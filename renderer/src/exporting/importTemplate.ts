/**
 * Import a CloudFormation template: fromTemplate runs first; on failure nothing changes and
 * the issues are shown; on success the document is replaced (after a confirm when dirty) and
 * the import report is shown.
 */
import { fromTemplate } from '../../../shared/cloudformation';
import type { CommandContext } from '../commands';
import { loadDocument } from '../commands/document';
import { localize } from '../cost/messages';
import { isDirty } from '../store/uiStore';
import { exportMessages } from './exportMessages';
import { exportDialogs } from './exportStore';
import { pickTemplate } from './files';

export async function importTemplateText(
  ctx: CommandContext,
  file: { readonly name: string; readonly text: string },
): Promise<boolean> {
  const { design } = ctx.design.getState();
  const result = await fromTemplate(file.text, ctx.catalog, { region: design.region });
  if (!result.ok) {
    exportDialogs.getState().showImport({ kind: 'failed', fileName: file.name, issues: result.issues });
    return false;
  }
  const ui = ctx.ui.getState();
  const current = ctx.design.getState().design;
  if (
    isDirty(current, ui.savedDesign) &&
    !ctx.platform.confirm(localize(ui.lang, exportMessages, 'confirmReplace'))
  )
    return false;
  const imported = result.value.design;
  loadDocument(ctx, imported, null);
  // An imported stack is not saved anywhere yet.
  ctx.ui.getState().markSaved(null, null);
  exportDialogs.getState().showImport({
    kind: 'imported',
    fileName: file.name,
    report: result.value.report,
    counts: {
      nodes: imported.nodes.length,
      connections: imported.connections.length,
      groups: imported.groups.length,
    },
  });
  return true;
}

export async function importTemplate(ctx: CommandContext): Promise<void> {
  const picked = await pickTemplate();
  if (!picked.ok) {
    if (!picked.cancelled) ctx.ui.getState().showToast('error', picked.message, 'import-failed');
    return;
  }
  if (picked.value !== null) await importTemplateText(ctx, picked.value);
}
