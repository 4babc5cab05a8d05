/**
 * The analysis worker's message protocol: plain, structured-cloneable data only (a Design
 * and options in, results out). The worker and the main-thread fallback run the same jobs.
 */
import type { Design } from '../../../shared/model';
import type { LoadSweep, Projection, Sensitivity } from '../../../shared/scenarios';
import type { Lang } from '../../../shared/service/types';

/** A long analysis of one design. */
export type AnalysisJob =
  | {
      readonly kind: 'sweep';
      readonly design: Design;
      readonly scenarioIds: readonly string[];
      readonly lang: Lang;
    }
  | {
      readonly kind: 'sensitivity';
      readonly design: Design;
      readonly scenarioId: string;
      readonly lang: Lang;
      readonly delta: number;
    }
  | {
      readonly kind: 'projection';
      readonly design: Design;
      readonly scenarioId: string;
      readonly lang: Lang;
      readonly months: number;
    };

export type AnalysisKind = AnalysisJob['kind'];

/** What a job gives back; a sweep may first come back unrefined (points, no events yet). */
export type AnalysisResult =
  | { readonly kind: 'sweep'; readonly sweeps: readonly LoadSweep[]; readonly refined: boolean }
  | { readonly kind: 'sensitivity'; readonly sensitivity: Sensitivity }
  | { readonly kind: 'projection'; readonly projection: Projection };

/** The result type of one job kind. */
export type ResultOf<K extends AnalysisKind> = Extract<AnalysisResult, { kind: K }>;

/**
 * Where a job stands: `done` units of `total` (curve points, threshold intervals, inputs,
 * months), the current phase naming the unit.
 */
export interface AnalysisProgress {
  readonly phase: 'points' | 'events' | 'inputs' | 'months';
  /** Units done and to do in the whole job (the bar). */
  readonly done: number;
  readonly total: number;
  /** Units done and to do in this phase (the words: "point 12 of 40"). */
  readonly phaseDone: number;
  readonly phaseTotal: number;
}

/** What a running job reports, in order: progress, maybe a partial result, then its result. */
export type JobEvent =
  | { readonly type: 'progress'; readonly progress: AnalysisProgress }
  | { readonly type: 'partial'; readonly result: AnalysisResult }
  | { readonly type: 'result'; readonly result: AnalysisResult };

/** Main thread → worker. */
export type ToWorker =
  | { readonly type: 'run'; readonly id: number; readonly job: AnalysisJob }
  | { readonly type: 'cancel'; readonly id: number };

/** Worker → main thread: `ready` once loaded, then events of the job `id`. */
export type FromWorker =
  | { readonly type: 'ready' }
  | ({ readonly id: number } & JobEvent)
  | { readonly type: 'error'; readonly id: number; readonly message: string };
