import { newDocument, openDocument, saveDocument } from './document';
import type { Command } from './types';

export const fileCommands: readonly Command[] = [
  {
    id: 'file.new',
    label: { en: 'New', fr: 'Nouveau' },
    shortcuts: ['Mod+N'],
    run: (ctx) => void newDocument(ctx),
  },
  {
    id: 'file.open',
    label: { en: 'Open…', fr: 'Ouvrir…' },
    shortcuts: ['Mod+O'],
    run: (ctx) => openDocument(ctx),
  },
  {
    id: 'file.save',
    label: { en: 'Save', fr: 'Enregistrer' },
    shortcuts: ['Mod+S'],
    run: async (ctx) => void (await saveDocument(ctx, false)),
  },
  {
    id: 'file.saveAs',
    label: { en: 'Save as…', fr: 'Enregistrer sous…' },
    shortcuts: ['Mod+Shift+S'],
    run: async (ctx) => void (await saveDocument(ctx, true)),
  },
];
