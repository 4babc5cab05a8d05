import type { ConnectionKind } from '../../../shared/model';
import type { Localized } from '../../../shared/service/types';

/** Display names of connection kinds (English keeps the document's words). */
export const kindNames: Readonly<Record<ConnectionKind, Localized>> = {
  invoke: { en: 'invoke', fr: 'appel' },
  stream: { en: 'stream', fr: 'flux' },
  read: { en: 'read', fr: 'lecture' },
  write: { en: 'write', fr: 'écriture' },
  publish: { en: 'publish', fr: 'publication' },
  subscribe: { en: 'subscribe', fr: 'abonnement' },
  trigger: { en: 'trigger', fr: 'déclenchement' },
  encrypt: { en: 'encrypt', fr: 'chiffrement' },
  log: { en: 'log', fr: 'journaux' },
  monitor: { en: 'monitor', fr: 'surveillance' },
  route: { en: 'route', fr: 'routage' },
  deploy: { en: 'deploy', fr: 'déploiement' },
  train: { en: 'train', fr: 'entraînement' },
};
