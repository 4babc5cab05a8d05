/**
 * Runs a long scenario analysis off the main thread (or in short main-thread slices when
 * no worker can start) and follows it: progress, a first unrefined result, the result.
 * A result belongs to (design object, key): an edit makes a new design, which cancels the
 * run in flight; a stale result is never returned. Finished results are kept per design.
 */
import { startTransition, useEffect, useState } from 'react';
import type { Design } from '../../../shared/model';
import type { Catalog } from '../../../shared/service/types';
import { useCatalog } from '../AppContext';
import { createAnalysisClient, type AnalysisClient, type AnalysisMode } from '../workers/client';
import type { AnalysisJob, AnalysisKind, AnalysisProgress, ResultOf } from '../workers/protocol';

let client: AnalysisClient | null = null;

/** The app's analysis client (one worker for every view), made on first use. */
export function analysisClient(catalog: Catalog): AnalysisClient {
  client ??= createAnalysisClient({ catalog });
  return client;
}

const finished = new WeakMap<Design, Map<string, unknown>>();

export interface AnalysisState<R> {
  /** The final result, or null while it runs. */
  readonly result: R | null;
  /** A first, cheaper result shown while the final one is computed (a curve without thresholds). */
  readonly partial: R | null;
  /** Null when nothing runs. */
  readonly progress: AnalysisProgress | null;
  readonly error: string | null;
  /** Where the result was computed (null until there is one). */
  readonly runner: AnalysisMode | null;
}

interface Tagged<R> extends AnalysisState<R> {
  readonly design: Design;
  readonly key: string;
}

const idle = { result: null, partial: null, progress: null, error: null, runner: null } as const;
const finishedBy = new WeakMap<object, AnalysisMode>();

/**
 * Follows the analysis `makeJob()` describes for (`design`, `key`); `key` must name every
 * option the job depends on besides the design.
 */
export function useAnalysis<K extends AnalysisKind>(
  design: Design,
  key: string,
  makeJob: () => Extract<AnalysisJob, { kind: K }>,
): AnalysisState<ResultOf<K>> {
  type R = ResultOf<K>;
  const catalog = useCatalog();
  const [state, setState] = useState<Tagged<R> | null>(null);
  const cached = finished.get(design)?.get(key) as R | undefined;

  useEffect(() => {
    if (finished.get(design)?.has(key)) return;
    const update = (change: Partial<AnalysisState<R>>): void =>
      setState((s) =>
        s && s.design === design && s.key === key ? { ...s, ...change } : { design, key, ...idle, ...change },
      );
    update({ progress: null });
    const client = analysisClient(catalog);
    const run = client.run(makeJob(), {
      onProgress: (progress) => update({ progress }),
      // Results may draw a lot (hundreds of thresholds): render them interruptibly.
      onPartial: (partial) => startTransition(() => update({ partial: partial as R })),
      onResult: (result) => {
        let entries = finished.get(design);
        if (!entries) finished.set(design, (entries = new Map()));
        entries.set(key, result);
        finishedBy.set(result, client.mode());
        startTransition(() => update({ result: result as R, progress: null, runner: client.mode() }));
      },
      onError: (error) => update({ error, progress: null }),
    });
    return () => run.cancel();
    // `makeJob` builds exactly what `design` and `key` identify.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [design, key, catalog]);

  if (cached !== undefined) return { ...idle, result: cached, runner: finishedBy.get(cached) ?? null };
  if (!state || state.design !== design || state.key !== key) return idle;
  const { result, partial, progress, error, runner } = state;
  return { result, partial, progress, error, runner };
}
