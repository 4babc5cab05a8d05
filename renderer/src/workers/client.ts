/**
 * Starts analyses in the analysis worker, or on the main thread in short slices when no
 * worker can start (a CSP or file:// restriction, no Worker at all): the same job code runs
 * either way. Every run has an id; a cancelled run reports nothing more.
 */
import { priceBooks as bundledPriceBooks } from '../../../catalog/index';
import type { Catalog, PriceBook } from '../../../shared/service/types';
import { drive, jobSteps } from './jobs';
import type {
  AnalysisJob,
  AnalysisProgress,
  AnalysisResult,
  FromWorker,
  JobEvent,
  ToWorker,
} from './protocol';

export interface AnalysisCallbacks {
  readonly onProgress: (progress: AnalysisProgress) => void;
  readonly onPartial: (result: AnalysisResult) => void;
  readonly onResult: (result: AnalysisResult) => void;
  readonly onError: (message: string) => void;
}

export interface AnalysisRun {
  /** Stops the run (in the worker too): no callback is called afterwards. */
  readonly cancel: () => void;
}

export type AnalysisMode = 'worker' | 'main-thread';

interface Active {
  readonly job: AnalysisJob;
  readonly callbacks: AnalysisCallbacks;
  cancelled: boolean;
  onMainThread: boolean;
}

/** How long a worker may take to load before the main thread takes over (ms). */
const READY_TIMEOUT_MS = 15_000;

export interface AnalysisClientOptions {
  /** Makes the worker; throwing (or a worker that fails to load) selects the fallback. */
  readonly createWorker?: () => Worker;
  /** Catalog and price books for main-thread runs (the worker bundles the app's own). */
  readonly catalog: Catalog;
  readonly priceBooks?: Readonly<Record<string, PriceBook>>;
  /** Main-thread slices (ms) between yields to the event loop. */
  readonly sliceMs?: number;
}

function defaultWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
}

/** An analysis runner: one worker shared by every view, or the main-thread fallback. */
export function createAnalysisClient(options: AnalysisClientOptions) {
  const books = options.priceBooks ?? bundledPriceBooks;
  const runs = new Map<number, Active>();
  let nextId = 1;
  let worker: Worker | null = null;
  let failed = false;
  let readyTimer: ReturnType<typeof setTimeout> | undefined;

  const deliver = (run: Active, event: JobEvent): void => {
    if (run.cancelled) return;
    if (event.type === 'progress') run.callbacks.onProgress(event.progress);
    else if (event.type === 'partial') run.callbacks.onPartial(event.result);
    else run.callbacks.onResult(event.result);
  };

  const runOnMainThread = (id: number, run: Active): void => {
    // Once per run: a worker failing inside run() already moved it here through fallBack.
    if (run.onMainThread) return;
    run.onMainThread = true;
    drive(jobSteps(run.job, options.catalog, books, { intervalsPerStep: 1 }), (e) => deliver(run, e), {
      cancelled: () => run.cancelled,
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      sliceMs: options.sliceMs ?? 12,
    })
      .catch((error: unknown) => {
        if (!run.cancelled) run.callbacks.onError(error instanceof Error ? error.message : String(error));
      })
      .finally(() => runs.delete(id));
  };

  /** The worker cannot be used: every run it had moves to the main thread. */
  const fallBack = (reason: string): void => {
    if (failed) return;
    failed = true;
    clearTimeout(readyTimer);
    worker?.terminate();
    worker = null;
    console.warn(`Analyses run on the main thread: ${reason}`);
    for (const [id, run] of runs) if (!run.onMainThread && !run.cancelled) runOnMainThread(id, run);
  };

  const onMessage = (event: MessageEvent<FromWorker>): void => {
    const message = event.data;
    if (message.type === 'ready') {
      clearTimeout(readyTimer);
      return;
    }
    const run = runs.get(message.id);
    if (!run) return;
    if (message.type === 'error') {
      runs.delete(message.id);
      if (!run.cancelled) run.callbacks.onError(message.message);
      return;
    }
    deliver(run, message);
    if (message.type === 'result') runs.delete(message.id);
  };

  const ensureWorker = (): Worker | null => {
    if (failed) return null;
    if (worker) return worker;
    try {
      worker = (options.createWorker ?? defaultWorker)();
    } catch (error) {
      fallBack(error instanceof Error ? error.message : String(error));
      return null;
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fallBack(`the analysis worker failed (${event.message || 'could not load'})`);
    });
    worker.addEventListener('messageerror', () => fallBack('a worker message could not be read'));
    readyTimer = setTimeout(() => fallBack('the analysis worker did not start'), READY_TIMEOUT_MS);
    return worker;
  };

  return {
    /** Starts `job`; callbacks come asynchronously, never after `cancel()`. */
    run(job: AnalysisJob, callbacks: AnalysisCallbacks): AnalysisRun {
      const id = nextId++;
      const run: Active = { job, callbacks, cancelled: false, onMainThread: false };
      runs.set(id, run);
      const w = ensureWorker();
      if (w) w.postMessage({ type: 'run', id, job } satisfies ToWorker);
      else runOnMainThread(id, run);
      return {
        cancel: () => {
          if (run.cancelled) return;
          run.cancelled = true;
          runs.delete(id);
          if (!run.onMainThread) worker?.postMessage({ type: 'cancel', id } satisfies ToWorker);
        },
      };
    },
    /** Where runs go now. */
    mode(): AnalysisMode {
      return failed || typeof Worker === 'undefined' ? 'main-thread' : 'worker';
    },
    /** Stops the worker (tests, teardown). */
    dispose(): void {
      clearTimeout(readyTimer);
      worker?.terminate();
      worker = null;
      runs.clear();
    },
  };
}

export type AnalysisClient = ReturnType<typeof createAnalysisClient>;
