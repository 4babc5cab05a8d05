import type { Design } from '../model/design';
import type { Catalog, PriceBook } from '../service/types';
import { simulateInOrder } from '../simulation/simulate';
import type { SimulationOptions } from '../simulation/types';
import { estimateInOrder } from './estimate';
import type { CostReport, EstimateOptions } from './types';

/**
 * Simulates and prices a design in one call, in the scenario's region (or the design's),
 * with the scenario's free-tier and purchase-option choices unless options override them.
 * A region without a price book is reported and every line is flagged missing.
 *
 * @example
 * estimateDesign(design, catalog, priceBooks, { scenarioId: 'blackFriday' }).totalMonthlyUsd
 */
export function estimateDesign(
  design: Design,
  catalog: Catalog,
  priceBooks: Readonly<Record<string, PriceBook>>,
  options: SimulationOptions & EstimateOptions = {},
): CostReport {
  const { sim, order } = simulateInOrder(design, catalog, options);
  const book = priceBooks[sim.region];
  if (book) return estimateInOrder(sim, order, design, catalog, book, options);
  const empty: PriceBook = { region: sim.region, currency: 'USD', as_of: '', meters: {} };
  const report = estimateInOrder(sim, order, design, catalog, empty, options);
  return {
    ...report,
    problems: [
      {
        severity: 'error',
        code: 'missing_price_book',
        message: `No price book for region ${sim.region}: no line can be priced (available: ${Object.keys(priceBooks).join(', ') || 'none'})`,
      },
      ...report.problems,
    ],
  };
}
