import type { Design } from '../model/design';
import type { Catalog, PriceBook } from '../service/types';
import { simulateInOrder } from '../simulation/simulate';
import type { SimulationOptions } from '../simulation/types';
import { estimateInOrder } from './estimate';
import { applyPriceOverrides, markUserPrices, meterUnits } from './overrides';
import type { CostReport, EstimateOptions } from './types';

/**
 * Simulates and prices a design in one call, in the scenario's region (or the design's),
 * with the scenario's free-tier and purchase-option choices unless options override them.
 * The design's user prices for that region (priceOverrides) replace the bundled ones; their
 * lines carry `userPrice: true`. A region without a price book is reported and every line
 * without a user price is flagged missing.
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
  // The report needs the design-order arrays only: no id-keyed records to build.
  const { sim, order } = simulateInOrder(design, catalog, options, false);
  const bundled = priceBooks[sim.region];
  const overrides = design.priceOverrides;
  if (bundled && !overrides?.length) return estimateInOrder(sim, order, design, catalog, bundled, options);
  const base: PriceBook = bundled ?? { region: sim.region, currency: 'USD', as_of: '', meters: {} };
  const book = applyPriceOverrides(base, overrides, sim.region, meterUnits(catalog));
  const report = estimateInOrder(sim, order, design, catalog, book, options);
  const marked = book === base ? report : markUserPrices(report, book);
  if (bundled) return marked;
  return {
    ...marked,
    problems: [
      {
        severity: 'error',
        code: 'missing_price_book',
        message: `No price book for region ${sim.region}: no line can be priced (available: ${Object.keys(priceBooks).join(', ') || 'none'})`,
        params: { region: sim.region, available: Object.keys(priceBooks).join(', ') },
      },
      ...marked.problems,
    ],
  };
}
