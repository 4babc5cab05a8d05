/**
 * Curve thresholds for display: a sweep can step a stream's shards a hundred times, so the
 * capacity steps of one node and sizing key are folded into one item (first and last step).
 */
import type { CurveEvent, LoadSweep } from '../../../shared/scenarios';
import type { Lang } from '../../../shared/service/types';

/**
 * An event's words in the UI language, whatever language the analysis ran in (`message`
 * alone for a result saved before events carried both languages).
 */
export function eventText(event: CurveEvent, lang: Lang): string {
  return (event.messages as CurveEvent['messages'] | undefined)?.[lang] ?? event.message;
}

export interface EventItem {
  readonly scenarioId: string;
  readonly kind: CurveEvent['kind'];
  /** Where the marker goes (the first occurrence). */
  readonly at: number;
  readonly first: CurveEvent;
  /** The last step of a folded run of capacity steps (null when there is one event). */
  readonly last: CurveEvent | null;
  /** Steps folded after the first. */
  readonly more: number;
}

/** One item per event, capacity steps folded per (node, key); sorted by load factor. */
export function foldEvents(sweep: LoadSweep): EventItem[] {
  const items: EventItem[] = [];
  const runs = new Map<string, CurveEvent[]>();
  for (const event of sweep.events) {
    if (event.kind !== 'capacityStep') {
      items.push({
        scenarioId: sweep.scenarioId,
        kind: event.kind,
        at: event.at,
        first: event,
        last: null,
        more: 0,
      });
      continue;
    }
    const key = `${event.nodeId ?? ''}/${event.key ?? ''}`;
    const run = runs.get(key) ?? [];
    run.push(event);
    runs.set(key, run);
  }
  for (const run of runs.values()) {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) continue;
    items.push({
      scenarioId: sweep.scenarioId,
      kind: 'capacityStep',
      at: first.at,
      first,
      last: run.length > 1 ? last : null,
      more: run.length - 1,
    });
  }
  return items.sort((a, b) => a.at - b.at);
}
