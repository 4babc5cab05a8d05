/** Palette search: accent- and case-insensitive match on names (en, fr), aliases and id. */
import type { ServiceDefinition } from '../../../shared/service/types';

export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .trim();
}

/** Whether every word of the query appears in the service's searchable text. */
export function matchesService(service: ServiceDefinition, query: string): boolean {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeText(
    [service.name.en, service.name.fr, service.id, ...service.aliases].join(' | '),
  );
  return words.every((word) => haystack.includes(word));
}
