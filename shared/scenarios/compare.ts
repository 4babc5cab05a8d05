/**
 * Scenarios side by side: totals, per service / category / node, deltas against a baseline,
 * the biggest movers and stacked-bar chart rows. Every figure comes from the pricing engine
 * (`estimateDesign`); nothing here prices anything.
 */
import type { Design } from '../model/design';
import { estimateDesign } from '../pricing';
import type { CostReport } from '../pricing/types';
import type { Catalog, CategoryId, Lang, PriceBook } from '../service/types';
import { biggestMovers, breakdownRows, type BreakdownRow, type Mover, type ReportColumn } from './breakdown';
import { deltaOf, roundUsd, type Delta } from './money';

export interface ScenarioSummary {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly purchaseOption: CostReport['purchaseOption'];
  readonly freeTier: boolean;
  readonly totalMonthlyUsd: number;
  /** Total against the baseline scenario's total. */
  readonly delta: Delta;
  readonly problemCount: number;
  /** Cost lines whose meter has no price in the region: NOT counted in the total. */
  readonly unpricedLines: number;
}

/** One bar of the stacked bar chart: the scenario and one USD value per category key. */
export type ChartRow = { readonly scenarioId: string; readonly name: string } & Readonly<
  Partial<Record<CategoryId, number>>
>;

export interface ScenarioComparison {
  readonly currency: 'USD';
  readonly baselineId: string;
  readonly scenarios: readonly ScenarioSummary[];
  readonly services: readonly BreakdownRow[];
  readonly categories: readonly BreakdownRow[];
  readonly nodes: readonly BreakdownRow[];
  /** Per scenario id: nodes that moved most against the baseline, largest first. */
  readonly movers: Readonly<Record<string, readonly Mover[]>>;
  /** Stacked bar chart: one row per scenario, one key per category (`chartKeys`). */
  readonly chart: readonly ChartRow[];
  readonly chartKeys: readonly CategoryId[];
  /** The full report of each scenario (for node badges and compare-on-diagram). */
  readonly reports: Readonly<Record<string, CostReport>>;
}

export interface CompareOptions {
  /** Scenario the others are compared with; defaults to the active (or first) scenario. */
  readonly baselineId?: string;
  /** Scenarios to include, in this order; defaults to all of the design's scenarios. */
  readonly scenarioIds?: readonly string[];
  readonly lang?: Lang;
  /** How many movers to keep per scenario (default 5). */
  readonly moversLimit?: number;
}

/**
 * Prices every scenario of a design and compares them with a baseline.
 *
 * Throws on a scenario id the design does not have: ids come from the design, so that is a
 * caller bug, not an expected failure.
 *
 * @example
 * const c = compareScenarios(design, catalog, priceBooks, { baselineId: 'normal' });
 * c.scenarios.map((s) => [s.name, s.totalMonthlyUsd, s.delta.pct]) // [['Normal', 412.3, 0], ['Peak', 3120.9, 656.9]]
 * c.chart // [{ scenarioId: 'normal', name: 'Normal', ml: 280.3, compute: 40.1, … }, …]
 */
export function compareScenarios(
  design: Design,
  catalog: Catalog,
  priceBooks: Readonly<Record<string, PriceBook>>,
  options: CompareOptions = {},
): ScenarioComparison {
  const lang = options.lang ?? 'en';
  const ids = options.scenarioIds ?? design.scenarios.map((s) => s.id);
  const scenarios = ids.map((id) => {
    const s = design.scenarios.find((x) => x.id === id);
    if (!s) throw new Error(`No scenario "${id}" in design "${design.name}"`);
    return s;
  });
  const baselineId = options.baselineId ?? design.activeScenarioId ?? scenarios[0]?.id ?? '';
  if (!ids.includes(baselineId)) throw new Error(`Baseline scenario "${baselineId}" is not compared`);
  const columns: ReportColumn[] = scenarios.map((s) => ({
    id: s.id,
    report: estimateDesign(design, catalog, priceBooks, { scenarioId: s.id }),
  }));
  return compareReports(
    columns,
    baselineId,
    catalog,
    lang,
    options.moversLimit ?? 5,
    (id) => scenarios.find((s) => s.id === id)?.name ?? id,
  );
}

/**
 * Compares already computed reports (scenarios of one design, or two designs for `diff`).
 *
 * @example
 * compareReports([{ id: 'a', report: ra }, { id: 'b', report: rb }], 'a', catalog)
 *   .scenarios[1].delta // { baseline: 10, value: 12.5, delta: 2.5, pct: 25 }
 */
export function compareReports(
  columns: readonly ReportColumn[],
  baselineId: string,
  catalog: Catalog,
  lang: Lang = 'en',
  moversLimit = 5,
  nameOf: (id: string) => string = (id) => id,
): ScenarioComparison {
  const baseline = columns.find((c) => c.id === baselineId);
  if (!baseline) throw new Error(`Baseline "${baselineId}" is not among the compared reports`);
  const services = breakdownRows(columns, baselineId, 'service', catalog, lang);
  const categories = breakdownRows(columns, baselineId, 'category', catalog, lang);
  const nodes = breakdownRows(columns, baselineId, 'node', catalog, lang);
  const chartKeys = categories.map((r) => r.key as CategoryId);
  const chart = columns.map((c): ChartRow => {
    const row: Record<string, string | number> = { scenarioId: c.id, name: nameOf(c.id) };
    for (const r of categories) row[r.key] = r.values[c.id] ?? 0;
    return row as ChartRow;
  });
  const movers: Record<string, readonly Mover[]> = {};
  for (const c of columns) movers[c.id] = biggestMovers(nodes, c.id, moversLimit);
  const reports: Record<string, CostReport> = {};
  for (const c of columns) reports[c.id] = c.report;
  return {
    currency: 'USD',
    baselineId,
    scenarios: columns.map((c) => ({
      id: c.id,
      name: nameOf(c.id),
      region: c.report.region,
      purchaseOption: c.report.purchaseOption,
      freeTier: c.report.freeTier,
      totalMonthlyUsd: roundUsd(c.report.totalMonthlyUsd),
      delta: deltaOf(roundUsd(baseline.report.totalMonthlyUsd), roundUsd(c.report.totalMonthlyUsd)),
      problemCount: c.report.problems.length,
      unpricedLines: [
        ...c.report.nodes.flatMap((n) => n.lines),
        ...c.report.connections.flatMap((x) => x.lines),
      ].filter((l) => l.missingPrice === true).length,
    })),
    services,
    categories,
    nodes,
    movers,
    chart,
    chartKeys,
    reports,
  };
}
