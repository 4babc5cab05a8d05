import { describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog/index';
import type { Design } from '../../../shared/model';
import { projectMonths, sensitivity, sweepLoad } from '../../../shared/scenarios';
import { createAnalysisClient } from '../../../renderer/src/workers/client';
import { drive, intervalChunks, jobSteps } from '../../../renderer/src/workers/jobs';
import type { AnalysisJob, AnalysisResult, JobEvent } from '../../../renderer/src/workers/protocol';

const fraud = templates.find((t) => /fraud/i.test(t.id))!.design as Design;
const ids = fraud.scenarios.map((s) => s.id);

function runAll(job: AnalysisJob, intervalsPerStep?: number): JobEvent[] {
  return [...jobSteps(job, catalog, priceBooks, intervalsPerStep !== undefined ? { intervalsPerStep } : {})];
}

function finalOf(events: readonly JobEvent[]): AnalysisResult {
  const last = events.at(-1);
  if (last?.type !== 'result') throw new Error('no result');
  return last.result;
}

describe('intervalChunks', () => {
  it('covers every interval exactly once, consecutive chunks sharing their end point', () => {
    expect(intervalChunks(40, 5)).toHaveLength(8);
    expect(intervalChunks(40, 7).at(-1)).toEqual([35, 39]);
    for (const size of [1, 3, 5, 39, 100]) {
      const chunks = intervalChunks(40, size);
      expect(chunks[0]?.[0]).toBe(0);
      expect(chunks.at(-1)?.[1]).toBe(39);
      for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.[0]).toBe(chunks[i - 1]?.[1]);
    }
    expect(intervalChunks(1, 5)).toEqual([]);
  });
});

// Each prices the template a few hundred times: room for a busy machine.
describe('sweep job (fraud template)', { timeout: 30_000 }, () => {
  const expected = ids.map((scenarioId) => sweepLoad(fraud, catalog, priceBooks, { scenarioId, lang: 'fr' }));

  it.each([1, 5, 7])('equals sweepLoad point for point and event for event (%i intervals a step)', (size) => {
    const events = runAll({ kind: 'sweep', design: fraud, scenarioIds: ids, lang: 'fr' }, size);
    const result = finalOf(events);
    expect(result).toEqual({ kind: 'sweep', sweeps: expected, refined: true });
    expect(expected.some((s) => s.events.length > 0)).toBe(true);
  });

  it('first gives the curve without thresholds, then reports progress to the end', () => {
    const events = runAll({ kind: 'sweep', design: fraud, scenarioIds: ids, lang: 'fr' });
    const partialAt = events.findIndex((e) => e.type === 'partial');
    const partial = events[partialAt];
    if (partial?.type !== 'partial' || partial.result.kind !== 'sweep') throw new Error('no partial curve');
    expect(partial.result.refined).toBe(false);
    expect(partial.result.sweeps.map((s) => s.points)).toEqual(expected.map((s) => s.points));
    expect(partial.result.sweeps.every((s) => s.events.length === 0)).toBe(true);
    const progress = events.flatMap((e) => (e.type === 'progress' ? [e.progress] : []));
    // 40 points and 8 threshold steps per scenario; the bar counts work (estimates).
    expect(progress).toHaveLength(ids.length * 48);
    const total = ids.length * (40 + 8 * 3 + 39 * 4);
    expect(progress.every((p) => p.total === total)).toBe(true);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress[0]?.done).toBe(1);
    expect(progress.at(-1)).toMatchObject({ phase: 'events', done: total, phaseDone: ids.length * 8 });
    expect(progress[partialAt - 1]).toMatchObject({
      phase: 'points',
      phaseDone: ids.length * 40,
      done: ids.length * 40,
    });
    expect(progress.filter((p) => p.phase === 'points')).toHaveLength(ids.length * 40);
  });
});

// Each prices the template a few hundred times: room for a busy machine.
describe('sensitivity and projection jobs', { timeout: 30_000 }, () => {
  it('sensitivity equals shared sensitivity(), one progress step per input varied', () => {
    const scenarioId = ids[0]!;
    const events = runAll({ kind: 'sensitivity', design: fraud, scenarioId, lang: 'en', delta: 0.2 });
    const expected = sensitivity(fraud, catalog, priceBooks, { scenarioId, lang: 'en', delta: 0.2 });
    expect(finalOf(events)).toEqual({ kind: 'sensitivity', sensitivity: expected });
    const progress = events.flatMap((e) => (e.type === 'progress' ? [e.progress] : []));
    expect(progress.length).toBeGreaterThanOrEqual(expected.inputs.length);
    expect(progress.at(-1)?.done).toBe(progress.length);
    expect(progress.every((p) => p.phase === 'inputs' && p.total === progress.length)).toBe(true);
  });

  it('projection equals projectMonths()', () => {
    const scenarioId = ids[0]!;
    const events = runAll({ kind: 'projection', design: fraud, scenarioId, lang: 'fr', months: 12 });
    const expected = projectMonths(fraud, catalog, priceBooks, { scenarioId, lang: 'fr', months: 12 });
    expect(finalOf(events)).toEqual({ kind: 'projection', projection: expected });
  });
});

describe('drive', () => {
  function* counting(n: number): Generator<JobEvent, void, void> {
    for (let i = 1; i <= n; i++)
      yield {
        type: 'progress',
        progress: { phase: 'inputs', done: i, total: n, phaseDone: i, phaseTotal: n },
      };
  }

  it('pauses between slices and reports the latest progress at each pause', async () => {
    let clock = 0;
    let pauses = 0;
    const seen: number[] = [];
    const finished = await drive(
      (function* () {
        for (const e of counting(10)) {
          clock += 4; // every step takes 4 ms
          yield e;
        }
      })(),
      (e) => void (e.type === 'progress' && seen.push(e.progress.done)),
      { cancelled: () => false, pause: async () => void pauses++, sliceMs: 10, now: () => clock },
    );
    expect(finished).toBe(true);
    expect(seen).toEqual([3, 6, 9]);
    expect(pauses).toBe(4); // one before the first step, then one per slice
  });

  it('stops at the first step after a cancellation and emits nothing more', async () => {
    let cancelled = false;
    const seen: number[] = [];
    const finished = await drive(
      counting(100),
      (e) => {
        if (e.type === 'progress') seen.push(e.progress.done);
      },
      {
        cancelled: () => cancelled,
        pause: async () => {
          if (seen.length === 2) cancelled = true;
        },
        sliceMs: 0,
      },
    );
    expect(finished).toBe(false);
    expect(seen).toEqual([1, 2]);
  });
});

// Each prices the template a few hundred times: room for a busy machine.
describe('analysis client fallback', { timeout: 30_000 }, () => {
  const job: AnalysisJob = { kind: 'sweep', design: fraud, scenarioIds: [ids[0]!], lang: 'en' };
  const expected = sweepLoad(fraud, catalog, priceBooks, { scenarioId: ids[0]!, lang: 'en' });

  function follow(client: ReturnType<typeof createAnalysisClient>, j: AnalysisJob = job) {
    const log: string[] = [];
    let run: { cancel: () => void } | undefined;
    const done = new Promise<AnalysisResult>((resolve, reject) => {
      run = client.run(j, {
        onProgress: (p) => log.push(`${p.phase}:${p.done}`),
        onPartial: () => log.push('partial'),
        onResult: resolve,
        onError: (m) => reject(new Error(m)),
      });
    });
    return { log, done, cancel: () => run?.cancel() };
  }

  it('runs on the main thread in slices when no worker can be made', async () => {
    const client = createAnalysisClient({
      catalog,
      createWorker: () => {
        throw new Error('Workers are blocked here');
      },
    });
    const { log, done } = follow(client);
    expect(log).toEqual([]); // nothing computed synchronously
    const result = await done;
    expect(client.mode()).toBe('main-thread');
    expect(result).toEqual({ kind: 'sweep', sweeps: [expected], refined: true });
    expect(log).toContain('partial');
    expect(log.indexOf('partial')).toBeLessThan(log.length - 1);
    expect(log.at(-1)).toBe(`events:${40 + 39 * (3 + 4)}`);
    // The run was computed once: one partial result, and nothing arrives after the result.
    expect(log.filter((entry) => entry === 'partial')).toHaveLength(1);
    const settled = log.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(log).toHaveLength(settled);
  });

  it('moves runs to the main thread when the worker fails to load', async () => {
    const posted: unknown[] = [];
    const fake = new EventTarget() as EventTarget & {
      postMessage: (m: unknown) => void;
      terminate: () => void;
    };
    let terminated = false;
    fake.postMessage = (m) => void posted.push(m);
    fake.terminate = () => void (terminated = true);
    const client = createAnalysisClient({ catalog, createWorker: () => fake as unknown as Worker });
    const { done } = follow(client);
    expect(posted).toEqual([{ type: 'run', id: 1, job }]);
    fake.dispatchEvent(new Event('error'));
    expect(terminated).toBe(true);
    expect(await done).toEqual({ kind: 'sweep', sweeps: [expected], refined: true });
  });

  it('a cancelled run reports nothing, the next one its own result', async () => {
    const client = createAnalysisClient({
      catalog,
      createWorker: () => {
        throw new Error('no');
      },
    });
    const first = follow(client);
    first.cancel();
    const other: AnalysisJob = {
      kind: 'projection',
      design: fraud,
      scenarioId: ids[0]!,
      lang: 'en',
      months: 3,
    };
    const second = await follow(client, other).done;
    await new Promise((r) => setTimeout(r, 50));
    expect(first.log).toEqual([]);
    expect(second.kind).toBe('projection');
  });
});
