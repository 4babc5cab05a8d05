/**
 * Scenario editing as pure design transforms. Each function returns a new Design (the UI's
 * undo stack records it) and never mutates its input. An operation that cannot apply
 * (unknown id, deleting the last scenario, an empty name) returns the input itself, so a
 * caller can test `next === design` to know nothing changed.
 */
import { NODE_ID_PATTERN, scenarioSchema, type Design, type Scenario } from '../model/design';
import type { Lang } from '../service/types';

/** What a caller may set on a scenario (defaults filled by the schema). */
export type ScenarioPatch = Partial<Omit<Scenario, 'id'>>;

/**
 * A scenario id derived from a name, unique among `taken`: "Black Friday" → "blackFriday",
 * then "blackFriday2", "blackFriday3"...
 *
 * @example
 * scenarioIdFromName('Black Friday', new Set(['blackFriday'])) // 'blackFriday2'
 */
export function scenarioIdFromName(name: string, taken: ReadonlySet<string>): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
  let base = words
    .map((w, i) =>
      i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join('');
  if (!/^[A-Za-z]/.test(base)) base = `scenario${base}`;
  base = base.slice(0, 60);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function scenarioIds(design: Design): Set<string> {
  return new Set(design.scenarios.map((s) => s.id));
}

function uniqueName(name: string, design: Design): string {
  const names = new Set(design.scenarios.map((s) => s.name));
  if (!names.has(name)) return name;
  for (let n = 2; ; n++) if (!names.has(`${name} ${n}`)) return `${name} ${n}`;
}

/** Parses a candidate scenario and checks its loads and overrides name existing nodes. */
function validScenario(design: Design, candidate: unknown): Scenario | null {
  const parsed = scenarioSchema.safeParse(candidate);
  if (!parsed.success) return null;
  const nodeIds = new Set(design.nodes.map((n) => n.id));
  if (!parsed.data.loads.every((l) => nodeIds.has(l.nodeId))) return null;
  return parsed.data;
}

/**
 * Adds a scenario (made active unless `activate: false`). Its id comes from its name.
 *
 * @example
 * const next = createScenario(design, { name: 'Black Friday', loads: [{ nodeId: 'Api', eventsPerMonth: 2e7 }] });
 * next.activeScenarioId // 'blackFriday'
 */
export function createScenario(
  design: Design,
  fields: ScenarioPatch & { readonly name?: string } = {},
  options: { readonly activate?: boolean } = {},
): Design {
  const name = uniqueName((fields.name ?? '').trim() || `Scenario ${design.scenarios.length + 1}`, design);
  const id = scenarioIdFromName(name, scenarioIds(design));
  const scenario = validScenario(design, { ...fields, name, id });
  if (!scenario) return design;
  return {
    ...design,
    scenarios: [...design.scenarios, scenario],
    activeScenarioId: options.activate === false ? (design.activeScenarioId ?? id) : id,
  };
}

/**
 * Copies a scenario (loads, growth, region, overrides...) right after it under a new unique
 * id and the name "<name> (copy)" / "<nom> (copie)", and makes the copy active.
 *
 * @example
 * duplicateScenario(design, 'normal').scenarios.map((s) => s.name) // ['Normal', 'Normal (copy)']
 */
export function duplicateScenario(design: Design, id: string, lang: Lang = 'en'): Design {
  const index = design.scenarios.findIndex((s) => s.id === id);
  const source = design.scenarios[index];
  if (!source) return design;
  const name = uniqueName(`${source.name} (${lang === 'fr' ? 'copie' : 'copy'})`, design);
  const copy: Scenario = {
    ...structuredClone(source),
    id: scenarioIdFromName(name, scenarioIds(design)),
    name,
  };
  const scenarios = [...design.scenarios];
  scenarios.splice(index + 1, 0, copy);
  return { ...design, scenarios, activeScenarioId: copy.id };
}

/**
 * Renames a scenario (the id stays, so references keep working). Blank names are refused.
 *
 * @example
 * renameScenario(design, 'normal', 'Typical month').scenarios[0].name // 'Typical month'
 */
export function renameScenario(design: Design, id: string, name: string): Design {
  const trimmed = name.trim();
  if (trimmed === '' || !design.scenarios.some((s) => s.id === id)) return design;
  return { ...design, scenarios: design.scenarios.map((s) => (s.id === id ? { ...s, name: trimmed } : s)) };
}

/** Whether `deleteScenario` would do something: the scenario exists and is not the last. */
export function canDeleteScenario(design: Design, id: string): boolean {
  return design.scenarios.length > 1 && design.scenarios.some((s) => s.id === id);
}

/**
 * Deletes a scenario. The last scenario cannot be deleted. When the active one goes, the
 * next one (or the previous one, if it was last) becomes active.
 *
 * @example
 * deleteScenario(design, 'peak').scenarios.map((s) => s.id) // ['normal']
 */
export function deleteScenario(design: Design, id: string): Design {
  if (!canDeleteScenario(design, id)) return design;
  const index = design.scenarios.findIndex((s) => s.id === id);
  const scenarios = design.scenarios.filter((s) => s.id !== id);
  const active =
    design.activeScenarioId === id || design.activeScenarioId === undefined
      ? scenarios[Math.min(index, scenarios.length - 1)]?.id
      : design.activeScenarioId;
  return { ...design, scenarios, activeScenarioId: active };
}

/**
 * Puts the scenarios in the given order; `orderedIds` must name each scenario exactly once.
 *
 * @example
 * reorderScenarios(design, ['peak', 'normal']).scenarios[0].id // 'peak'
 */
export function reorderScenarios(design: Design, orderedIds: readonly string[]): Design {
  const byId = new Map(design.scenarios.map((s) => [s.id, s]));
  if (orderedIds.length !== byId.size || new Set(orderedIds).size !== byId.size) return design;
  const scenarios: Scenario[] = [];
  for (const id of orderedIds) {
    const s = byId.get(id);
    if (!s) return design;
    scenarios.push(s);
  }
  return { ...design, scenarios };
}

/**
 * Moves one scenario to a new position (drag and drop in the scenario list).
 *
 * @example
 * moveScenario(design, 'peak', 0).scenarios[0].id // 'peak'
 */
export function moveScenario(design: Design, id: string, toIndex: number): Design {
  const ids = design.scenarios.map((s) => s.id).filter((s) => s !== id);
  if (ids.length === design.scenarios.length) return design;
  ids.splice(Math.max(0, Math.min(toIndex, ids.length)), 0, id);
  return reorderScenarios(design, ids);
}

/**
 * Makes a scenario the active one (the canvas badges and the cost panel follow it).
 *
 * @example
 * setActiveScenario(design, 'peak').activeScenarioId // 'peak'
 */
export function setActiveScenario(design: Design, id: string): Design {
  if (design.activeScenarioId === id || !design.scenarios.some((s) => s.id === id)) return design;
  return { ...design, activeScenarioId: id };
}

/**
 * Changes fields of a scenario (loads, growth, region, free tier, purchase option,
 * overrides). The result is validated with the schema; an invalid patch (negative load,
 * load on an unknown node) is refused and the input returned.
 *
 * @example
 * updateScenario(design, 'normal', { growthPerMonth: 0.05 }).scenarios[0].growthPerMonth // 0.05
 */
export function updateScenario(design: Design, id: string, patch: ScenarioPatch): Design {
  const current = design.scenarios.find((s) => s.id === id);
  if (!current) return design;
  const next = validScenario(design, { ...current, ...patch, id });
  if (!next || (patch.name !== undefined && patch.name.trim() === '')) return design;
  return { ...design, scenarios: design.scenarios.map((s) => (s.id === id ? next : s)) };
}

/** True when `id` is a syntactically valid scenario id. */
export function isScenarioId(id: string): boolean {
  return NODE_ID_PATTERN.test(id);
}
