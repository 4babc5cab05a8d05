/**
 * Cost-versus-traffic curve: the entry loads of one scenario multiplied by factors on a log
 * axis (0.1× to 100× by default), with the thresholds met along the way.
 */
import type { Design } from '../model/design';
import { estimateDesign } from '../pricing';
import { simulateInOrder } from '../simulation/simulate';
import type { CostReport } from '../pricing/types';
import type { Catalog, Lang, PriceBook } from '../service/types';
import { amountsAt } from './breakdown';
import {
  reportState,
  toEvent,
  transitions,
  type CurveEvent,
  type ReportState,
  type Transition,
} from './events';
import { logSpace, roundUsd } from './money';

export interface CurvePoint {
  readonly factor: number;
  readonly totalMonthlyUsd: number;
  readonly byCategory: Readonly<Record<string, number>>;
  readonly byService: Readonly<Record<string, number>>;
  readonly byNode: Readonly<Record<string, number>>;
}

export interface LoadSweep {
  readonly scenarioId: string;
  readonly currency: 'USD';
  readonly points: readonly CurvePoint[];
  /** Thresholds along the curve, by increasing factor (`at` is the load factor). */
  readonly events: readonly CurveEvent[];
}

export interface SweepOptions {
  readonly scenarioId?: string;
  /** Load factors, positive; default 40 points log-spaced from 0.1 to 100. */
  readonly factors?: readonly number[];
  readonly lang?: Lang;
  /** Bisection steps locating each event between two points (default 10; 0 = at the point). */
  readonly refineSteps?: number;
}

/** The default sweep: 40 factors from 0.1× to 100×, evenly spaced on a log axis (1× included). */
export const defaultSweepFactors: readonly number[] = logSpace(0.1, 100, 40);

/** A point of the curve from one report. */
export function curvePoint(factor: number, report: CostReport): CurvePoint {
  return {
    factor,
    totalMonthlyUsd: roundUsd(report.totalMonthlyUsd),
    byCategory: amountsAt(report, 'category'),
    byService: amountsAt(report, 'service'),
    byNode: amountsAt(report, 'node'),
  };
}

/**
 * Sweeps the entry load of a scenario. Each point is exactly `estimateDesign` at that
 * `loadFactor`; events are located between points by bisection on the log axis.
 *
 * Throws on a scenario id the design does not have: ids come from the design, so that is a
 * caller bug, not an expected failure.
 *
 * @example
 * const s = sweepLoad(design, catalog, priceBooks, { scenarioId: 'normal' });
 * s.points[13] // { factor: 1, totalMonthlyUsd: 412.3, byCategory: { ml: 280.3, … }, … }
 * s.events[0]  // { kind: 'freeTierExhausted', at: 0.42, meter: 'lambda.requests', message: 'Free tier of Lambda requests used up' }
 */
export function sweepLoad(
  design: Design,
  catalog: Catalog,
  priceBooks: Readonly<Record<string, PriceBook>>,
  options: SweepOptions = {},
): LoadSweep {
  const scenarioId = options.scenarioId ?? design.activeScenarioId ?? design.scenarios[0]?.id;
  if (scenarioId === undefined || !design.scenarios.some((s) => s.id === scenarioId))
    throw new Error(`No scenario "${scenarioId ?? ''}" to sweep`);
  const factors = [...(options.factors ?? defaultSweepFactors)].sort((a, b) => a - b);
  if (factors.some((f) => !(f > 0) || !Number.isFinite(f)))
    throw new Error('Load factors must be positive numbers');
  const lang = options.lang ?? 'en';
  const steps = options.refineSteps ?? 10;

  const cache = new Map<number, { report: CostReport; state: ReportState }>();
  const at = (factor: number): { report: CostReport; state: ReportState } => {
    let hit = cache.get(factor);
    if (!hit) {
      const report = estimateDesign(design, catalog, priceBooks, { scenarioId, loadFactor: factor });
      hit = { report, state: reportState(report, priceBooks) };
      cache.set(factor, hit);
    }
    return hit;
  };
  const structural = new Set(at(0).state.problems.keys());
  const labels = new Map(design.nodes.map((n) => [n.id, n.label]));

  // Sizing comes from the simulation alone: capacity steps are located with a simulation,
  // several times cheaper than a full estimate (they are most of the events).
  const sizingCache = new Map<number, ReportState>();
  const sizingAt = (factor: number, timeBilled: ReadonlySet<string>): ReportState => {
    let hit = sizingCache.get(factor);
    if (!hit) {
      // Without id-keyed records: the design-order arrays hold each node's sizing.
      const { sim, order } = simulateInOrder(design, catalog, { scenarioId, loadFactor: factor }, false);
      const sizing = new Map<string, number>();
      const add = (id: string, nodeSizing: Readonly<Record<string, number>>): void => {
        if (timeBilled.has(id)) for (const [k, v] of Object.entries(nodeSizing)) sizing.set(`${id}/${k}`, v);
      };
      if (order) order.nodes.forEach((node, i) => add(node.id, order.nodeSizing[i]!));
      else for (const [id, usage] of Object.entries(sim.nodes)) add(id, usage.sizing);
      hit = { meters: new Map(), sizing, problems: new Map() };
      sizingCache.set(factor, hit);
    }
    return hit;
  };

  const points = factors.map((f) => curvePoint(f, at(f).report));
  const events: CurveEvent[] = [];
  /** Bisects on the log axis for the first factor in (lo, hi] where `t` shows. */
  const locate = (t: Transition, lo: number, hi: number, stateAt: (f: number) => ReportState): number => {
    for (let k = 0; k < steps; k++) {
      const mid = Math.sqrt(lo * hi);
      if (t.reached(stateAt(mid))) hi = mid;
      else lo = mid;
    }
    return hi;
  };
  const record = (t: Transition, x: number, state: ReportState): void =>
    void events.push(toEvent(t, Number(x.toPrecision(5)), state, lang));
  const full = (f: number): ReportState => at(f).state;
  for (let i = 1; i < factors.length; i++) {
    const f0 = factors[i - 1] as number;
    const f1 = factors[i] as number;
    const timeBilled = new Set([...at(f1).state.sizing.keys()].map((k) => k.split('/')[0] as string));
    const sized = (f: number): ReportState => sizingAt(f, timeBilled);
    for (const t of transitions(full(f0), full(f1), catalog, labels, structural)) {
      if (t.kind !== 'capacityStep') {
        const x = locate(t, f0, f1, full);
        record(t, x, full(x));
        continue;
      }
      // Several capacity steps can fall between two points (instances 9 → 10 → 11): find each.
      let step: Transition | undefined = t;
      let x = f0;
      for (let guard = 0; step && guard < 1000; guard++) {
        x = locate(step, x, f1, sized);
        record(step, x, sized(x));
        if (steps === 0) break;
        step = transitions(sized(x), sized(f1), catalog, labels).find(
          (n) => n.kind === 'capacityStep' && n.subject === t.subject,
        );
      }
    }
  }
  events.sort((a, b) => a.at - b.at || a.kind.localeCompare(b.kind));
  return { scenarioId, currency: 'USD', points, events };
}

/** One row of a multi-scenario curve chart: the factor and one total per scenario id. */
export type CurveRow = { readonly factor: number } & Readonly<Record<string, number>>;

/**
 * Merges the sweeps of several scenarios into chart rows (one per factor, one key per
 * scenario id), for a line chart with one line per scenario on a log x axis.
 *
 * @example
 * curveRows([sweepLoad(d, c, p, { scenarioId: 'normal' }), sweepLoad(d, c, p, { scenarioId: 'peak' })])
 * // [{ factor: 0.1, normal: 19.58, peak: 24 }, …, { factor: 100, normal: 1280.73, peak: 12000.5 }]
 */
export function curveRows(sweeps: readonly LoadSweep[]): CurveRow[] {
  const rows = new Map<number, Record<string, number>>();
  for (const s of sweeps)
    for (const p of s.points) {
      const row = rows.get(p.factor) ?? { factor: p.factor };
      row[s.scenarioId] = p.totalMonthlyUsd;
      rows.set(p.factor, row);
    }
  return [...rows.values()].sort((a, b) => (a['factor'] ?? 0) - (b['factor'] ?? 0)) as CurveRow[];
}
