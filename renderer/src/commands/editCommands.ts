import { copySelection, pasteContent } from '../model/clipboard';
import { deleteItems } from '../model/edits';
import { emptySelection, isEmptySelection } from '../model/selection';
import type { Command, CommandContext } from './types';

const hasSelection = (ctx: CommandContext): boolean => !isEmptySelection(ctx.ui.getState().selection);
const hasSelectedNodes = (ctx: CommandContext): boolean => ctx.ui.getState().selection.nodes.length > 0;

function copy(ctx: CommandContext): void {
  const content = copySelection(ctx.design.getState().design, ctx.ui.getState().selection);
  if (content) ctx.ui.getState().setClipboard(content);
}

function deleteSelection(ctx: CommandContext): void {
  const state = ctx.design.getState();
  state.commit(deleteItems(state.design, ctx.ui.getState().selection));
  ctx.ui.getState().setSelection(emptySelection);
}

export const editCommands: readonly Command[] = [
  {
    id: 'edit.undo',
    label: { en: 'Undo', fr: 'Annuler' },
    shortcuts: ['Mod+Z'],
    glyph: '↶',
    enabled: (ctx) => ctx.design.temporal.getState().pastStates.length > 0,
    run: (ctx) => ctx.design.getState().undo(),
  },
  {
    id: 'edit.redo',
    label: { en: 'Redo', fr: 'Rétablir' },
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    glyph: '↷',
    enabled: (ctx) => ctx.design.temporal.getState().futureStates.length > 0,
    run: (ctx) => ctx.design.getState().redo(),
  },
  {
    id: 'edit.cut',
    label: { en: 'Cut', fr: 'Couper' },
    shortcuts: ['Mod+X'],
    enabled: hasSelectedNodes,
    run: (ctx) => {
      copy(ctx);
      deleteSelection(ctx);
    },
  },
  {
    id: 'edit.copy',
    label: { en: 'Copy', fr: 'Copier' },
    shortcuts: ['Mod+C'],
    enabled: hasSelectedNodes,
    run: copy,
  },
  {
    id: 'edit.paste',
    label: { en: 'Paste', fr: 'Coller' },
    shortcuts: ['Mod+V'],
    enabled: (ctx) => ctx.ui.getState().clipboard !== null,
    run: (ctx) => {
      const clip = ctx.ui.getState().clipboard;
      if (!clip) return;
      const state = ctx.design.getState();
      const pasted = pasteContent(state.design, clip);
      state.commit(pasted.design);
      // Paste again lands further along, like most editors.
      ctx.ui
        .getState()
        .setClipboard(copySelection(pasted.design, { ...emptySelection, nodes: pasted.nodeIds }));
      ctx.ui.getState().setSelection({ ...emptySelection, nodes: pasted.nodeIds });
    },
  },
  {
    id: 'edit.delete',
    label: { en: 'Delete', fr: 'Supprimer' },
    shortcuts: ['Delete', 'Backspace'],
    glyph: '✕',
    enabled: hasSelection,
    run: deleteSelection,
  },
  {
    id: 'edit.selectAll',
    label: { en: 'Select all', fr: 'Tout sélectionner' },
    shortcuts: ['Mod+A'],
    run: (ctx) => {
      const { design } = ctx.design.getState();
      ctx.ui.getState().setSelection({
        nodes: design.nodes.map((n) => n.id),
        groups: design.groups.map((g) => g.id),
        connections: design.connections.map((c) => c.id),
      });
    },
  },
];
