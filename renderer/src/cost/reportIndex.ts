/** Lookups into a cost report, built once per report. */
import type { ConnectionCost, CostReport, NodeCost } from '../../../shared/pricing';

interface ReportIndex {
  readonly nodes: ReadonlyMap<string, NodeCost>;
  readonly connections: ReadonlyMap<string, ConnectionCost>;
  readonly missingLines: number;
  /** Ids of the nodes with at least one line without a price. */
  readonly missingNodes: ReadonlySet<string>;
}

const indexes = new WeakMap<CostReport, ReportIndex>();

export function reportIndex(report: CostReport): ReportIndex {
  let index = indexes.get(report);
  if (!index) {
    index = {
      nodes: new Map(report.nodes.map((n) => [n.id, n])),
      connections: new Map(report.connections.map((c) => [c.id, c])),
      missingLines: report.nodes.reduce((sum, n) => sum + n.lines.filter((l) => l.missingPrice).length, 0),
      missingNodes: new Set(report.nodes.filter((n) => n.lines.some((l) => l.missingPrice)).map((n) => n.id)),
    };
    indexes.set(report, index);
  }
  return index;
}
