/**
 * Compare-on-diagram: each node's badge and each connection show their change against the
 * baseline scenario, bucketed by size so the canvas can colour them.
 */
import type { CostReport } from '../pricing/types';
import { deltaOf, type Delta } from './money';

/**
 * Size of a change, relative to the largest change on the diagram:
 * 'none' under half a cent; 'large' ≥ 50 % of the largest; 'medium' ≥ 10 %; else 'small'.
 */
export type Magnitude = 'none' | 'small' | 'medium' | 'large';
export type Direction = 'up' | 'down' | 'none';

export interface NodeDelta extends Delta {
  readonly id: string;
  readonly label: string;
  readonly magnitude: Magnitude;
  readonly direction: Direction;
}

export interface ConnectionDelta extends Delta {
  readonly id: string;
  /** Events per month carried, against the baseline. */
  readonly events: Delta;
  readonly magnitude: Magnitude;
  readonly direction: Direction;
}

export interface DiagramDeltas {
  readonly nodes: Readonly<Record<string, NodeDelta>>;
  readonly connections: Readonly<Record<string, ConnectionDelta>>;
  /** The largest absolute USD change on the diagram (the scale of the colours). */
  readonly maxAbsDelta: number;
  readonly total: Delta;
}

const HALF_CENT = 0.005;

function magnitudeOf(delta: number, max: number): Magnitude {
  const abs = Math.abs(delta);
  if (abs < HALF_CENT || max < HALF_CENT) return 'none';
  if (abs >= 0.5 * max) return 'large';
  if (abs >= 0.1 * max) return 'medium';
  return 'small';
}

function directionOf(delta: number): Direction {
  if (Math.abs(delta) < HALF_CENT) return 'none';
  return delta > 0 ? 'up' : 'down';
}

/**
 * Per node and per connection deltas of `report` against `baselineReport`. A node or
 * connection present in only one report counts as 0 in the other.
 *
 * @example
 * const d = nodeDeltas(normalReport, peakReport);
 * d.nodes.Endpoint // { baseline: 280.32, value: 1121.28, delta: 840.96, pct: 300, magnitude: 'large', direction: 'up', … }
 * d.connections.ApiToScore.events // { baseline: 2e6, value: 2e7, delta: 1.8e7, pct: 900 }
 */
export function nodeDeltas(baselineReport: CostReport, report: CostReport): DiagramDeltas {
  const nodeIds = new Set([...baselineReport.nodes.map((n) => n.id), ...report.nodes.map((n) => n.id)]);
  const baseNodes = new Map(baselineReport.nodes.map((n) => [n.id, n]));
  const nodes = new Map(report.nodes.map((n) => [n.id, n]));
  const rawNodes = [...nodeIds].map((id) => ({
    id,
    label: nodes.get(id)?.label ?? baseNodes.get(id)?.label ?? id,
    ...deltaOf(baseNodes.get(id)?.monthlyUsd ?? 0, nodes.get(id)?.monthlyUsd ?? 0),
  }));

  const connIds = new Set([
    ...baselineReport.connections.map((c) => c.id),
    ...report.connections.map((c) => c.id),
  ]);
  const baseConns = new Map(baselineReport.connections.map((c) => [c.id, c]));
  const conns = new Map(report.connections.map((c) => [c.id, c]));
  const rawConns = [...connIds].map((id) => {
    const b = baseConns.get(id);
    const v = conns.get(id);
    const events = deltaOf(b?.eventsPerMonth ?? 0, v?.eventsPerMonth ?? 0);
    return { id, events, ...deltaOf(b?.monthlyUsd ?? 0, v?.monthlyUsd ?? 0) };
  });

  const maxAbsDelta = Math.max(
    0,
    ...rawNodes.map((n) => Math.abs(n.delta)),
    ...rawConns.map((c) => Math.abs(c.delta)),
  );
  const outNodes: Record<string, NodeDelta> = {};
  for (const n of rawNodes)
    outNodes[n.id] = { ...n, magnitude: magnitudeOf(n.delta, maxAbsDelta), direction: directionOf(n.delta) };
  const outConns: Record<string, ConnectionDelta> = {};
  for (const c of rawConns)
    outConns[c.id] = { ...c, magnitude: magnitudeOf(c.delta, maxAbsDelta), direction: directionOf(c.delta) };
  return {
    nodes: outNodes,
    connections: outConns,
    maxAbsDelta,
    total: deltaOf(baselineReport.totalMonthlyUsd, report.totalMonthlyUsd),
  };
}
