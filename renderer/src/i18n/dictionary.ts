/** Every UI string in English and French. Keys are grouped by area. */
import type { Lang, Localized } from '../../../shared/service/types';

export const dictionary = {
  'app.untitled': { en: 'Untitled design', fr: 'Conception sans titre' },
  'palette.title': { en: 'Services', fr: 'Services' },
  'palette.search': { en: 'Search services…', fr: 'Rechercher un service…' },
  'palette.noResults': {
    en: 'No service matches “{query}”.',
    fr: 'Aucun service ne correspond à « {query} ».',
  },
  'palette.emptyCatalog': { en: 'The catalog is empty.', fr: 'Le catalogue est vide.' },
  'palette.dragHint': {
    en: 'Drag a service onto the canvas',
    fr: 'Faites glisser un service sur le canevas',
  },
  'palette.retired': { en: 'Retired', fr: 'Retiré' },
  'palette.retiredHint': {
    en: 'AWS retired this service on {date}: it can no longer be created. Instead, {instead}.',
    fr: 'AWS a retiré ce service le {date} : il ne peut plus être créé. À la place, {instead}.',
  },
  'palette.notOffered': { en: 'Not in {region}', fr: 'Absent de {region}' },
  'palette.notOfferedHint': {
    en: 'AWS does not offer this service in {region}: a node of it there is an error.',
    fr: 'AWS ne propose pas ce service dans {region} : un nœud de ce service y est une erreur.',
  },
  'inspector.empty': {
    en: 'Select a service, connection or group to edit it.',
    fr: 'Sélectionnez un service, une connexion ou un groupe pour le modifier.',
  },
  'inspector.multiple': { en: '{count} items selected', fr: '{count} éléments sélectionnés' },
  'inspector.id': { en: 'Logical id', fr: 'Identifiant logique' },
  'inspector.configuration': { en: 'Configuration', fr: 'Configuration' },
  'inspector.usage': { en: 'Usage', fr: 'Utilisation' },
  'inspector.noConfig': { en: 'No settings for this service.', fr: 'Aucun réglage pour ce service.' },
  'inspector.connection': { en: 'Connection', fr: 'Connexion' },
  'inspector.group': { en: 'Group', fr: 'Groupe' },
  'inspector.unknownService': {
    en: 'Service “{service}” is not in the catalog.',
    fr: 'Le service « {service} » n’est pas dans le catalogue.',
  },
  'validation.number': { en: 'Enter a number.', fr: 'Saisissez un nombre.' },
  'validation.min': { en: 'Must be at least {min}.', fr: 'Doit être au moins {min}.' },
  'validation.max': { en: 'Must be at most {max}.', fr: 'Doit être au plus {max}.' },
  'validation.integer': { en: 'Must be a whole number.', fr: 'Doit être un nombre entier.' },
  'validation.pattern': { en: 'Invalid format.', fr: 'Format invalide.' },
  'validation.maxLength': { en: 'At most {max} characters.', fr: 'Au plus {max} caractères.' },
  'open.errorTitle': { en: 'Cannot open “{file}”', fr: 'Impossible d’ouvrir « {file} »' },
  'open.errorIntro': {
    en: 'The file is not a valid Nuage design. Nothing was changed. Problems found:',
    fr: 'Le fichier n’est pas une conception Nuage valide. Rien n’a été modifié. Problèmes :',
  },
  'open.root': { en: '(document)', fr: '(document)' },
  'dialog.close': { en: 'Close', fr: 'Fermer' },
  'confirm.discard': {
    en: 'The current design has unsaved changes. Discard them?',
    fr: 'La conception actuelle a des modifications non enregistrées. Les abandonner ?',
  },
  'recovery.found': {
    en: 'Unsaved work from {time} was recovered.',
    fr: 'Un travail non enregistré du {time} a été récupéré.',
  },
  'recovery.restore': { en: 'Restore', fr: 'Restaurer' },
  'recovery.discard': { en: 'Discard', fr: 'Ignorer' },
  'save.failed': { en: 'Could not save: {message}', fr: 'Enregistrement impossible : {message}' },
  'canvas.empty': {
    en: 'Drag services from the left to start a design.',
    fr: 'Faites glisser des services depuis la gauche pour commencer.',
  },
  'connect.self': {
    en: 'A service cannot connect to itself.',
    fr: 'Un service ne peut pas se connecter à lui-même.',
  },
  'connect.duplicate': {
    en: 'These services are already connected.',
    fr: 'Ces services sont déjà connectés.',
  },
  'status.node': { en: '{count} service', fr: '{count} service' },
  'status.nodes': { en: '{count} services', fr: '{count} services' },
  'status.connection': { en: '{count} connection', fr: '{count} connexion' },
  'status.connections': { en: '{count} connections', fr: '{count} connexions' },
  'status.region': { en: 'Region {region}', fr: 'Région {region}' },
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof dictionary;

/** Looks a message up and fills `{name}` placeholders. */
export function translate(
  lang: Lang,
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  let text: string = dictionary[key][lang];
  if (params)
    for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

/** Whether `count` takes the singular: French uses it for 0 and 1, English for 1 only. */
export function isSingular(lang: Lang, count: number): boolean {
  return count === 1 || (lang === 'fr' && count === 0);
}

/** Singular or plural key by count (see `isSingular`). */
export function pluralKey(lang: Lang, count: number, one: MessageKey, other: MessageKey): MessageKey {
  return isSingular(lang, count) ? one : other;
}
