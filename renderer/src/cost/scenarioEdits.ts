/**
 * Pure edits of a design's scenarios made by the cost panel and the load editor. Each returns
 * a new design (the caller commits it as one undoable step) or the same design when nothing
 * changes.
 */
import type { Design, EntryLoad, Scenario } from '../../../shared/model';
import type { Catalog } from '../../../shared/service/types';

export function activeScenario(design: Design): Scenario | undefined {
  return design.scenarios.find((s) => s.id === design.activeScenarioId);
}

/** The region the estimate uses: the active scenario's, else the design's. */
export function effectiveRegion(design: Design): string {
  return activeScenario(design)?.region ?? design.region;
}

function updateActive(design: Design, update: (s: Scenario) => Scenario): Design {
  const current = activeScenario(design);
  if (!current) return design;
  const next = update(current);
  if (next === current) return design;
  return { ...design, scenarios: design.scenarios.map((s) => (s === current ? next : s)) };
}

export function setActiveScenario(design: Design, scenarioId: string): Design {
  if (design.activeScenarioId === scenarioId || !design.scenarios.some((s) => s.id === scenarioId))
    return design;
  return { ...design, activeScenarioId: scenarioId };
}

/**
 * Sets the region priced: the active scenario's when it overrides the design's region,
 * else the design's own region.
 */
export function setRegion(design: Design, region: string): Design {
  if (effectiveRegion(design) === region) return design;
  const scenario = activeScenario(design);
  if (scenario?.region !== undefined) return updateActive(design, (s) => ({ ...s, region }));
  return { ...design, region };
}

export function setFreeTier(design: Design, freeTier: boolean): Design {
  return updateActive(design, (s) => (s.freeTier === freeTier ? s : { ...s, freeTier }));
}

export function setGrowth(design: Design, growthPerMonth: number): Design {
  return updateActive(design, (s) => (s.growthPerMonth === growthPerMonth ? s : { ...s, growthPerMonth }));
}

/** Nodes that can take a load: entry-point services, and any node the scenario already loads. */
export function entryNodes(design: Design, catalog: Catalog): Design['nodes'] {
  const loaded = new Set(activeScenario(design)?.loads.map((l) => l.nodeId) ?? []);
  return design.nodes.filter((n) => loaded.has(n.id) || catalog[n.service]?.entryPoint === true);
}

export type LoadPatch = Partial<Omit<EntryLoad, 'nodeId'>>;

const sameLoad = (a: EntryLoad, b: EntryLoad): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes the active scenario's load at an entry node (adding it when absent). A patch value
 * of `undefined` removes that optional field (peak, response size, range).
 */
export function setEntryLoad(design: Design, nodeId: string, patch: LoadPatch): Design {
  return updateActive(design, (s) => {
    const current = s.loads.find((l) => l.nodeId === nodeId);
    const base: EntryLoad = current ?? { nodeId, eventsPerMonth: 0, payloadBytes: 1024 };
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete merged[key];
      else merged[key] = value;
    }
    const next = merged as unknown as EntryLoad;
    if (current && sameLoad(current, next)) return s;
    const loads = current ? s.loads.map((l) => (l === current ? next : l)) : [...s.loads, next];
    return { ...s, loads };
  });
}
