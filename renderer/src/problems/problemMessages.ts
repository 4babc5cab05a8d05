import type { Messages } from '../cost/messages';

export const problemMessages = {
  tab: { en: 'Problems', fr: 'Problèmes' },
  none: { en: 'No problems found.', fr: 'Aucun problème détecté.' },
  error: { en: 'Error', fr: 'Erreur' },
  warning: { en: 'Warning', fr: 'Avertissement' },
  info: { en: 'Information', fr: 'Information' },
  summary: {
    en: '{errors} errors · {warnings} warnings · {infos} notes',
    fr: '{errors} erreurs · {warnings} avertissements · {infos} notes',
  },
  focus: { en: 'Show on the canvas', fr: 'Montrer sur le canevas' },
} as const satisfies Messages;
