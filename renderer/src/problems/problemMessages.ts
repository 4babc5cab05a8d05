import type { Messages } from '../cost/messages';

export const problemMessages = {
  tab: { en: 'Problems', fr: 'Problèmes' },
  none: { en: 'No problems found.', fr: 'Aucun problème détecté.' },
  error: { en: 'Error', fr: 'Erreur' },
  warning: { en: 'Warning', fr: 'Avertissement' },
  info: { en: 'Information', fr: 'Information' },
  errorsOne: { en: '{count} error', fr: '{count} erreur' },
  errorsOther: { en: '{count} errors', fr: '{count} erreurs' },
  warningsOne: { en: '{count} warning', fr: '{count} avertissement' },
  warningsOther: { en: '{count} warnings', fr: '{count} avertissements' },
  infosOne: { en: '{count} note', fr: '{count} note' },
  infosOther: { en: '{count} notes', fr: '{count} notes' },
  focus: { en: 'Show on the canvas', fr: 'Montrer sur le canevas' },
} as const satisfies Messages;
