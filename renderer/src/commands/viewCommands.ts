import { autoLayout } from './autoLayout';
import type { Command } from './types';

export const viewCommands: readonly Command[] = [
  {
    id: 'view.zoomIn',
    label: { en: 'Zoom in', fr: 'Zoom avant' },
    shortcuts: ['Mod+='],
    glyph: '+',
    run: (ctx) => ctx.view.zoomIn(),
  },
  {
    id: 'view.zoomOut',
    label: { en: 'Zoom out', fr: 'Zoom arrière' },
    shortcuts: ['Mod+-'],
    glyph: '−',
    run: (ctx) => ctx.view.zoomOut(),
  },
  {
    id: 'view.fit',
    label: { en: 'Fit to window', fr: 'Ajuster à la fenêtre' },
    shortcuts: ['Mod+0'],
    glyph: '⤢',
    run: (ctx) => ctx.view.fitView(),
  },
  {
    id: 'view.autoLayout',
    label: { en: 'Auto layout', fr: 'Disposition automatique' },
    shortcuts: ['Mod+Shift+L'],
    glyph: '⇶',
    enabled: (ctx) => ctx.design.getState().design.nodes.length > 0,
    run: async (ctx) => {
      await autoLayout(ctx);
      ctx.view.fitView();
    },
  },
  {
    id: 'view.language',
    label: { en: 'Français', fr: 'English' },
    run: (ctx) => {
      const ui = ctx.ui.getState();
      ui.setLang(ui.lang === 'en' ? 'fr' : 'en');
    },
  },
];
