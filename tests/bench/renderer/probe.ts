/**
 * In-page measurement for the canvas benchmark: frame times (requestAnimationFrame deltas)
 * and long tasks (PerformanceObserver 'longtask') over an interaction, and the time from a
 * user event to the first frame where a condition on the DOM holds.
 */
import type { Page } from '@playwright/test';

export interface FrameStats {
  /** Wall time of the whole interaction, ms. */
  readonly totalMs: number;
  readonly frames: number;
  readonly medianFrameMs: number;
  readonly maxFrameMs: number;
  readonly longTasks: number;
  readonly longTaskMs: number;
}

interface Recorder {
  start: number;
  deltas: number[];
  longTasks: number[];
  stop: boolean;
  observer: PerformanceObserver;
}

declare global {
  interface Window {
    __benchRecorder?: Recorder;
    __benchUntil?: Promise<number>;
  }
}

/** Starts recording frames and long tasks in the page. */
export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const recorder: Recorder = {
      start: performance.now(),
      deltas: [],
      longTasks: [],
      stop: false,
      observer: new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) recorder.longTasks.push(entry.duration);
      }),
    };
    recorder.observer.observe({ type: 'longtask', buffered: false });
    let last = performance.now();
    const tick = (now: number): void => {
      recorder.deltas.push(now - last);
      last = now;
      if (!recorder.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__benchRecorder = recorder;
  });
}

/** Stops recording after two more frames (so the interaction's last work is painted). */
export async function stopFrames(page: Page): Promise<FrameStats> {
  return page.evaluate(async () => {
    const recorder = window.__benchRecorder!;
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    recorder.stop = true;
    // Long-task entries are delivered asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 50));
    recorder.observer.disconnect();
    const totalMs = performance.now() - recorder.start;
    const sorted = [...recorder.deltas].sort((a, b) => a - b);
    return {
      totalMs,
      frames: sorted.length,
      medianFrameMs: sorted[sorted.length >> 1] ?? 0,
      maxFrameMs: sorted[sorted.length - 1] ?? 0,
      longTasks: recorder.longTasks.length,
      longTaskMs: recorder.longTasks.reduce((a, b) => a + b, 0),
    };
  });
}

/**
 * Arms a timer started by the next `eventType` event (capture phase, on the document) and
 * stopped at the first animation frame where `condition` holds; `readUntil` returns the ms.
 * The condition is a DOM check, e.g. `{ selector, attribute, notEqual }`.
 */
export interface Condition {
  readonly selector: string;
  /** Text content to wait for (exact). */
  readonly text?: string;
  /** Attribute whose value must differ from `notEqual`. */
  readonly attribute?: string;
  readonly notEqual?: string | null;
  /** Minimum number of matches. */
  readonly minCount?: number;
}

export async function armUntil(
  page: Page,
  eventType: string,
  conditions: Condition | readonly Condition[],
): Promise<void> {
  await page.evaluate(
    ({ eventType, conditions }) => {
      const one = (condition: Condition): boolean => {
        const all = document.querySelectorAll(condition.selector);
        if (condition.minCount !== undefined) return all.length >= condition.minCount;
        const el = all[0];
        if (!el) return false;
        if (condition.text !== undefined) return el.textContent === condition.text;
        if (condition.attribute !== undefined)
          return el.getAttribute(condition.attribute) !== condition.notEqual;
        return true;
      };
      const holds = (): boolean => conditions.every(one);
      window.__benchUntil = new Promise<number>((resolve) => {
        const started = (event: Event): void => {
          document.removeEventListener(eventType, started, true);
          const t0 = event.timeStamp;
          const poll = (): void => {
            // performance.now(), not the frame's timestamp: the frame may have begun before the event.
            if (holds()) resolve(performance.now() - t0);
            else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        };
        document.addEventListener(eventType, started, true);
      });
    },
    { eventType, conditions: Array.isArray(conditions) ? conditions : [conditions] },
  );
}

export async function readUntil(page: Page): Promise<number> {
  return page.evaluate(() => window.__benchUntil!);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
