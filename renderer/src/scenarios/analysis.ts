/**
 * The quick scenario analyses the views show (a few estimates each), all computed by
 * shared/scenarios over the pricing engine (never here), memoised per design object: an edit
 * makes a new design, so a stale result is never shown and the same design is never priced
 * twice for the same question. Long analyses (load sweep, sensitivity, the projection
 * shown in the view) run in the analysis worker: see useAnalysis.ts.
 */
import { priceBooks as bundledPriceBooks } from '../../../catalog/index';
import type { Design } from '../../../shared/model';
import { estimateDesign } from '../../../shared/pricing';
import {
  comparePurchaseOptions,
  compareScenarios,
  estimateRange,
  nodeDeltas,
  projectMonths,
  type DiagramDeltas,
  type PurchaseComparison,
  type Projection,
  type RangeEstimate,
  type ScenarioComparison,
} from '../../../shared/scenarios';
import type { Catalog, Lang, PriceBook } from '../../../shared/service/types';

export const appPriceBooks: Readonly<Record<string, PriceBook>> = bundledPriceBooks;

const cache = new WeakMap<Design, Map<string, unknown>>();

function memo<T>(design: Design, key: string, compute: () => T): T {
  let entries = cache.get(design);
  if (!entries) {
    entries = new Map();
    cache.set(design, entries);
  }
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute();
  entries.set(key, value);
  return value;
}

/** The baseline to compare with: the chosen one if it still exists, else the first scenario. */
export function resolveBaseline(design: Design, chosen: string | null): string | null {
  if (chosen !== null && design.scenarios.some((s) => s.id === chosen)) return chosen;
  return design.scenarios[0]?.id ?? null;
}

export function comparisonOf(
  design: Design,
  catalog: Catalog,
  baselineId: string,
  lang: Lang,
): ScenarioComparison {
  return memo(design, `compare:${baselineId}:${lang}`, () =>
    compareScenarios(design, catalog, appPriceBooks, { baselineId, lang }),
  );
}

export function rangeOf(design: Design, catalog: Catalog, scenarioId: string): RangeEstimate {
  return memo(design, `range:${scenarioId}`, () =>
    estimateRange(design, catalog, appPriceBooks, { scenarioId }),
  );
}

export function projectionOf(design: Design, catalog: Catalog, scenarioId: string, lang: Lang): Projection {
  return memo(design, `projection:${scenarioId}:${lang}`, () =>
    projectMonths(design, catalog, appPriceBooks, { scenarioId, months: 12, lang }),
  );
}

/**
 * Compare-on-diagram deltas of the active scenario against the baseline (two estimates,
 * not the whole comparison: this runs on every edit while compare mode is on).
 */
export function diagramDeltasOf(
  design: Design,
  catalog: Catalog,
  baselineId: string,
  scenarioId: string,
): DiagramDeltas {
  return memo(design, `diagram:${baselineId}:${scenarioId}`, () =>
    nodeDeltas(
      estimateDesign(design, catalog, appPriceBooks, { scenarioId: baselineId }),
      estimateDesign(design, catalog, appPriceBooks, { scenarioId }),
    ),
  );
}

/** "Is the commitment worth it at this load?": the scenario under each purchase option. */
export function purchaseOptionsOf(
  design: Design,
  catalog: Catalog,
  scenarioId: string,
  lang: Lang,
): PurchaseComparison {
  return memo(design, `purchase:${scenarioId}:${lang}`, () =>
    comparePurchaseOptions(design, catalog, appPriceBooks, { scenarioId, lang }),
  );
}
