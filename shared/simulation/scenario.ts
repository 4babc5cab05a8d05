import type { Design, EntryLoad, Scenario } from '../model/design';
import type { SimulationOptions } from './types';

/** Seconds in the 730-hour billing month. */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
/** Peak events per second default to the monthly average times this factor. */
export const DEFAULT_PEAK_FACTOR = 3;

/**
 * The scenario a run uses: the one asked for, else the design's active scenario, else the
 * first; null when the design has none (zero load).
 *
 * @example
 * pickScenario(design, 'blackFriday')?.name // 'Black Friday'
 */
export function pickScenario(design: Design, scenarioId?: string): Scenario | null {
  const wanted = scenarioId ?? design.activeScenarioId;
  if (wanted !== undefined) {
    const found = design.scenarios.find((s) => s.id === wanted);
    if (found) return found;
    if (scenarioId !== undefined) return null;
  }
  return design.scenarios[0] ?? null;
}

/** The region a scenario is priced in: its own, else the design's. */
export function scenarioRegion(design: Design, scenario: Scenario | null): string {
  return scenario?.region ?? design.region;
}

export interface ResolvedEntryLoad {
  readonly eventsPerMonth: number;
  readonly peakPerSecond: number;
  readonly payloadBytes: number;
  readonly responseBytes: number;
}

/**
 * One entry load after range case, load factor and growth: events x loadFactor x
 * (1 + growth)^monthIndex; the low/high case takes the range figure when given.
 *
 * @example
 * resolveEntryLoad({ nodeId: 'Api', eventsPerMonth: 1e6, payloadBytes: 1024 }, scenario, { loadFactor: 2 })
 * // { eventsPerMonth: 2e6, peakPerSecond: 2e6 / 2_628_000 * 3, ... }
 */
export function resolveEntryLoad(
  load: EntryLoad,
  scenario: Scenario,
  options: SimulationOptions = {},
): ResolvedEntryLoad {
  const base =
    options.loadCase === 'low'
      ? (load.range?.low ?? load.eventsPerMonth)
      : options.loadCase === 'high'
        ? (load.range?.high ?? load.eventsPerMonth)
        : load.eventsPerMonth;
  const growth = Math.pow(1 + scenario.growthPerMonth, options.monthIndex ?? 0);
  const scale = (options.loadFactor ?? 1) * growth;
  const peakScale = load.eventsPerMonth > 0 ? base / load.eventsPerMonth : 1;
  const peak =
    load.peakPerSecond !== undefined
      ? load.peakPerSecond * peakScale
      : (base / SECONDS_PER_MONTH) * DEFAULT_PEAK_FACTOR;
  return {
    eventsPerMonth: Math.max(0, base * scale),
    peakPerSecond: Math.max(0, peak * scale),
    payloadBytes: load.payloadBytes,
    responseBytes: load.responseBytes ?? 0,
  };
}
