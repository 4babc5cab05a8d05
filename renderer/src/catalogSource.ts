/** The catalog the app runs with, and the built-in template opened on first start. */
import * as catalogModule from '../../catalog/index';
import { parseDesign, type Design } from '../../shared/model';
import type { Catalog } from '../../shared/service/types';

export const appCatalog: Catalog = catalogModule.catalog;

/**
 * Built-in templates as exported by catalog/index.ts `templates` (an array or a record whose
 * entries are designs or `{ design }` wrappers), parsed with the Design schema; invalid
 * entries are skipped.
 */
export function builtInTemplates(): readonly Design[] {
  const raw = (catalogModule as unknown as Record<string, unknown>)['templates'];
  const entries: unknown[] = Array.isArray(raw)
    ? raw
    : raw && typeof raw === 'object'
      ? Object.values(raw)
      : [];
  const designs: Design[] = [];
  for (const entry of entries) {
    const candidate =
      entry && typeof entry === 'object' && 'design' in entry ? (entry as { design: unknown }).design : entry;
    const parsed = parseDesign(candidate);
    if (parsed.ok) designs.push(parsed.value);
  }
  return designs;
}

/** The fraud-detection template when present, else the first template, else nothing. */
export function startTemplate(templates: readonly Design[] = builtInTemplates()): Design | undefined {
  return templates.find((d) => /fraud|fraude/i.test(d.name)) ?? templates[0];
}
