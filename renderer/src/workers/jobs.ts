/**
 * The analyses as step generators over shared/scenarios: each step is a bounded piece of
 * work (one curve point, a few threshold intervals, one sensitivity input), so a runner can
 * report progress, yield to its event loop and stop between steps. Run by the worker and,
 * when no worker can start, by the main thread: the same code either way.
 */
import type { Design } from '../../../shared/model';
import { estimateDesign } from '../../../shared/pricing';
import {
  curvePoint,
  defaultSweepFactors,
  projectMonths,
  sensitivitySteps,
  sweepLoad,
  type CurveEvent,
  type CurvePoint,
  type LoadSweep,
} from '../../../shared/scenarios';
import type { Catalog, Lang, PriceBook } from '../../../shared/service/types';
import type { AnalysisJob, JobEvent } from './protocol';

type PriceBooks = Readonly<Record<string, PriceBook>>;

export interface StepOptions {
  /**
   * Curve intervals whose thresholds are located per step (default 5). Each step re-prices
   * its two end points and zero load, so fewer intervals per step mean shorter steps and
   * more total work: the main-thread fallback uses 1, the worker the default.
   */
  readonly intervalsPerStep?: number;
}

/** Consecutive index ranges [a, b] covering 0..n-1 with `size` intervals each (shared ends). */
export function intervalChunks(n: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  const step = Math.max(1, Math.floor(size));
  for (let a = 0; a < n - 1; a += step) out.push([a, Math.min(a + step, n - 1)]);
  return out;
}

/**
 * A load sweep in steps: first every point of every scenario (a partial result: the curves
 * without thresholds), then the thresholds interval by interval. The result equals
 * `sweepLoad` with the default factors: points are `estimateDesign` at each factor, and
 * thresholds come from `sweepLoad` over consecutive slices of the factors, which locates
 * exactly the events between the slice's points.
 */
export function* sweepSteps(
  design: Design,
  catalog: Catalog,
  priceBooks: PriceBooks,
  scenarioIds: readonly string[],
  lang: Lang,
  options: StepOptions = {},
): Generator<JobEvent, void, void> {
  const factors = defaultSweepFactors;
  const chunks = intervalChunks(factors.length, options.intervalsPerStep ?? 5);
  const pointCount = scenarioIds.length * factors.length;
  const chunkCount = scenarioIds.length * chunks.length;
  // The bar advances by work, in estimates: a point is one; a slice of intervals re-prices
  // its two ends and zero load, then bisects (about four estimates per interval, measured
  // on the fraud template and a 1000-node design).
  const chunkWork = ([a, b]: [number, number]): number => 3 + 4 * (b - a);
  const total = pointCount + scenarioIds.length * chunks.reduce((sum, c) => sum + chunkWork(c), 0);
  let done = 0;
  let chunksDone = 0;
  const points = new Map<string, CurvePoint[]>();
  for (const scenarioId of scenarioIds) {
    const list: CurvePoint[] = [];
    points.set(scenarioId, list);
    for (const factor of factors) {
      list.push(
        curvePoint(factor, estimateDesign(design, catalog, priceBooks, { scenarioId, loadFactor: factor })),
      );
      done++;
      yield {
        type: 'progress',
        progress: { phase: 'points', done, total, phaseDone: done, phaseTotal: pointCount },
      };
    }
  }
  const sweeps = (events: ReadonlyMap<string, readonly CurveEvent[]>): LoadSweep[] =>
    scenarioIds.map((scenarioId) => ({
      scenarioId,
      currency: 'USD',
      points: points.get(scenarioId) ?? [],
      events: events.get(scenarioId) ?? [],
    }));
  yield { type: 'partial', result: { kind: 'sweep', sweeps: sweeps(new Map()), refined: false } };
  const events = new Map<string, CurveEvent[]>();
  for (const scenarioId of scenarioIds) {
    const found: CurveEvent[] = [];
    for (const [a, b] of chunks) {
      const slice = factors.slice(a, b + 1);
      found.push(...sweepLoad(design, catalog, priceBooks, { scenarioId, lang, factors: slice }).events);
      done += chunkWork([a, b]);
      yield {
        type: 'progress',
        progress: { phase: 'events', done, total, phaseDone: ++chunksDone, phaseTotal: chunkCount },
      };
    }
    // The order sweepLoad gives its events (intervals in order, then this stable sort).
    found.sort((x, y) => x.at - y.at || x.kind.localeCompare(y.kind));
    events.set(scenarioId, found);
  }
  yield { type: 'result', result: { kind: 'sweep', sweeps: sweeps(events), refined: true } };
}

/** The steps of any analysis job. */
export function* jobSteps(
  job: AnalysisJob,
  catalog: Catalog,
  priceBooks: PriceBooks,
  options: StepOptions = {},
): Generator<JobEvent, void, void> {
  switch (job.kind) {
    case 'sweep':
      yield* sweepSteps(job.design, catalog, priceBooks, job.scenarioIds, job.lang, options);
      return;
    case 'sensitivity': {
      const { scenarioId, lang, delta } = job;
      const steps = sensitivitySteps(job.design, catalog, priceBooks, { scenarioId, lang, delta });
      for (let next = steps.next(); ; next = steps.next()) {
        if (next.done) {
          yield { type: 'result', result: { kind: 'sensitivity', sensitivity: next.value } };
          return;
        }
        const { done, total } = next.value;
        yield {
          type: 'progress',
          progress: { phase: 'inputs', done, total, phaseDone: done, phaseTotal: total },
        };
      }
    }
    case 'projection': {
      const { scenarioId, lang, months } = job;
      const months0 = { phase: 'months', done: 0, total: 1, phaseDone: 0, phaseTotal: months } as const;
      yield { type: 'progress', progress: months0 };
      const projection = projectMonths(job.design, catalog, priceBooks, { scenarioId, lang, months });
      yield { type: 'progress', progress: { ...months0, done: 1, phaseDone: months } };
      yield { type: 'result', result: { kind: 'projection', projection } };
    }
  }
}

export interface DriveOptions {
  /** True once the job's result is no longer wanted: the runner stops before the next step. */
  readonly cancelled: () => boolean;
  /** Gives the event loop a turn (messages, input, painting). */
  readonly pause: () => Promise<void>;
  /** Work this long (ms) between pauses; progress is reported at each pause. */
  readonly sliceMs: number;
  readonly now?: () => number;
}

/**
 * Runs steps to the end, starting with a pause and pausing every `sliceMs`, reporting the latest progress at each pause
 * and partial or final results at once. Resolves true when finished, false when cancelled
 * (nothing is emitted after a cancellation is seen).
 */
export async function drive(
  steps: Iterator<JobEvent, void, void>,
  emit: (event: JobEvent) => void,
  options: DriveOptions,
): Promise<boolean> {
  const now = options.now ?? (() => performance.now());
  // Never work in the caller's turn: a run's first report comes after it has returned.
  await options.pause();
  let sliceStart = now();
  let pending: JobEvent | null = null;
  for (;;) {
    if (options.cancelled()) return false;
    const next = steps.next();
    if (next.done) return true;
    if (next.value.type === 'progress') pending = next.value;
    else {
      if (pending) emit(pending);
      pending = null;
      emit(next.value);
    }
    if (now() - sliceStart >= options.sliceMs) {
      if (pending) emit(pending);
      pending = null;
      await options.pause();
      sliceStart = now();
    }
  }
}
