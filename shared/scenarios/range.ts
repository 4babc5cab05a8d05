/**
 * Ranges, not just points: low / expected / high totals from the entry loads' ranges.
 */
import type { Design } from '../model/design';
import { estimateDesign } from '../pricing';
import type { CostReport } from '../pricing/types';
import type { Catalog, PriceBook } from '../service/types';
import { roundUsd } from './money';

export interface CostRange {
  readonly low: number;
  readonly expected: number;
  readonly high: number;
}

export interface RangeEstimate extends CostRange {
  readonly scenarioId: string;
  readonly currency: 'USD';
  /** Whether any entry load of the scenario gives a low or high figure. */
  readonly hasRange: boolean;
  readonly nodes: readonly ({ readonly id: string; readonly label: string } & CostRange)[];
  readonly byCategory: Readonly<Record<string, CostRange>>;
  readonly reports: { readonly low: CostReport; readonly expected: CostReport; readonly high: CostReport };
}

/**
 * Prices a scenario three times: with every entry load at its `range.low`, as expected, and
 * at its `range.high` (a load without that figure stays at its expected value).
 *
 * Throws on a scenario id the design does not have: ids come from the design, so that is a
 * caller bug, not an expected failure.
 *
 * @example
 * // Api: 2 M expected, range { low: 1 M, high: 5 M }
 * estimateRange(design, catalog, priceBooks, { scenarioId: 'normal' })
 * // { low: 210.4, expected: 412.3, high: 1015.9, nodes: [{ id: 'Api', low: 2.5, expected: 6, high: 16.5 }, …], … }
 */
export function estimateRange(
  design: Design,
  catalog: Catalog,
  priceBooks: Readonly<Record<string, PriceBook>>,
  options: { readonly scenarioId?: string } = {},
): RangeEstimate {
  const scenarioId = options.scenarioId ?? design.activeScenarioId ?? design.scenarios[0]?.id;
  const scenario = design.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`No scenario "${scenarioId ?? ''}" to estimate`);
  const run = (loadCase: 'low' | 'expected' | 'high'): CostReport =>
    estimateDesign(design, catalog, priceBooks, { scenarioId: scenario.id, loadCase });
  const reports = { low: run('low'), expected: run('expected'), high: run('high') };
  const nodeIds = reports.expected.nodes.map((n) => n.id);
  const nodeUsd = (r: CostReport, id: string): number =>
    roundUsd(r.nodes.find((n) => n.id === id)?.monthlyUsd ?? 0);
  const categories = new Set(
    [reports.low, reports.expected, reports.high].flatMap((r) => Object.keys(r.byCategory)),
  );
  const byCategory: Record<string, CostRange> = {};
  for (const c of categories) {
    const get = (r: CostReport): number =>
      roundUsd((r.byCategory as Record<string, number | undefined>)[c] ?? 0);
    byCategory[c] = { low: get(reports.low), expected: get(reports.expected), high: get(reports.high) };
  }
  return {
    scenarioId: scenario.id,
    currency: 'USD',
    hasRange: scenario.loads.some((l) => l.range?.low !== undefined || l.range?.high !== undefined),
    low: roundUsd(reports.low.totalMonthlyUsd),
    expected: roundUsd(reports.expected.totalMonthlyUsd),
    high: roundUsd(reports.high.totalMonthlyUsd),
    nodes: nodeIds.map((id) => ({
      id,
      label: reports.expected.nodes.find((n) => n.id === id)?.label ?? id,
      low: nodeUsd(reports.low, id),
      expected: nodeUsd(reports.expected, id),
      high: nodeUsd(reports.high, id),
    })),
    byCategory,
    reports,
  };
}
