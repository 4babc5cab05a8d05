import type { Design } from '../model/design';
import type { Catalog, PriceBook } from '../service/types';
import type { SimulationOptions } from '../simulation/types';
import { estimateDesign } from './estimateDesign';
import type { CostReport, EstimateOptions } from './types';

/** One region's estimate of the same design and scenario. */
export interface RegionEstimate {
  readonly region: string;
  /** Sum of the priced lines only: unpriced lines are not counted as $0, they are left out. */
  readonly totalMonthlyUsd: number;
  /** Cost lines without a price in this region (book gap and no user price). */
  readonly unpricedLines: number;
  readonly lines: number;
  /** as_of of the region's price book. */
  readonly priceBookAsOf: string;
}

/** The design priced in `region`: the design's region and every scenario's own region moved there. */
export function inRegion(design: Design, region: string): Design {
  const scenarios = design.scenarios.some((s) => s.region !== undefined && s.region !== region)
    ? design.scenarios.map((s) => (s.region === undefined || s.region === region ? s : { ...s, region }))
    : design.scenarios;
  return design.region === region && scenarios === design.scenarios
    ? design
    : { ...design, region, scenarios };
}

function summary(report: CostReport): RegionEstimate {
  let lines = 0;
  let unpricedLines = 0;
  for (const owner of [...report.nodes, ...report.connections])
    for (const line of owner.lines) {
      lines += 1;
      if (line.missingPrice) unpricedLines += 1;
    }
  return {
    region: report.region,
    totalMonthlyUsd: report.totalMonthlyUsd,
    unpricedLines,
    lines,
    priceBookAsOf: report.priceBookAsOf,
  };
}

/**
 * The same design and scenario priced in each region that has a price book (and the user's
 * prices for that region), to answer "where is this cheapest to run?". A region's total
 * counts its priced lines only, so `unpricedLines` must be read with it. Data transfer,
 * capacity and quotas are the design's own; only prices change.
 *
 * @example
 * estimateRegions(design, catalog, priceBooks, { scenarioId: 'peak' })
 * // one entry per bundled region, sorted: { region, totalMonthlyUsd, unpricedLines, lines, priceBookAsOf }
 */
export function estimateRegions(
  design: Design,
  catalog: Catalog,
  priceBooks: Readonly<Record<string, PriceBook>>,
  options: SimulationOptions & EstimateOptions = {},
): RegionEstimate[] {
  return Object.keys(priceBooks)
    .sort()
    .map((region) => summary(estimateDesign(inRegion(design, region), catalog, priceBooks, options)));
}
