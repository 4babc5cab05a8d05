/// <reference lib="webworker" />
/**
 * The analysis worker: runs scenario analyses (load sweep, sensitivity, projection) off the
 * main thread. Jobs run concurrently in time slices, so a `cancel` (or a newer job) is seen
 * between steps; a cancelled job posts nothing more.
 */
import { catalog, priceBooks } from '../../../catalog/index';
import { drive, jobSteps } from './jobs';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const running = new Set<number>();
const cancelled = new Set<number>();
const post = (message: FromWorker): void => scope.postMessage(message);
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

scope.onmessage = (event: MessageEvent<ToWorker>): void => {
  const message = event.data;
  if (message.type === 'cancel') {
    if (running.has(message.id)) cancelled.add(message.id);
    return;
  }
  const { id, job } = message;
  running.add(id);
  drive(jobSteps(job, catalog, priceBooks), (e) => post({ id, ...e }), {
    cancelled: () => cancelled.has(id),
    pause,
    sliceMs: 50,
  })
    .catch((error: unknown) => {
      if (!cancelled.has(id))
        post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    })
    .finally(() => {
      running.delete(id);
      cancelled.delete(id);
    });
};

post({ type: 'ready' });
