/**
 * The cost report of a design, derived (never stored) and memoised on the design object's
 * identity: every badge, label and panel reading the same design shares one estimate.
 */
import { priceBooks } from '../../../catalog/index';
import type { Design } from '../../../shared/model';
import { estimateDesign, type CostReport } from '../../../shared/pricing';
import type { Catalog, PriceBook } from '../../../shared/service/types';
import { check } from '../../../shared/validation';
import { uniqueProblems, type Problem } from '../../../shared/validation/problem';

/** Regions with a bundled price book. */
export const pricedRegions: readonly string[] = Object.keys(priceBooks).sort();

const reports = new WeakMap<Catalog, WeakMap<Design, CostReport>>();

/**
 * Whether two designs can only differ in layout (node positions, groups' geometry aside from
 * membership): a drag previews a new design every frame and must not re-estimate it.
 */
export function sameForCost(a: Design, b: Design): boolean {
  if (a === b) return true;
  if (
    a.region !== b.region ||
    a.scenarios !== b.scenarios ||
    a.activeScenarioId !== b.activeScenarioId ||
    a.priceOverrides !== b.priceOverrides ||
    a.connections !== b.connections ||
    a.nodes.length !== b.nodes.length ||
    a.groups.length !== b.groups.length
  )
    return false;
  for (let i = 0; i < a.nodes.length; i += 1) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    if (x === y) continue;
    if (
      x.id !== y.id ||
      x.service !== y.service ||
      x.label !== y.label ||
      x.group !== y.group ||
      x.config !== y.config ||
      x.usage !== y.usage
    )
      return false;
  }
  for (let i = 0; i < a.groups.length; i += 1) {
    const x = a.groups[i]!;
    const y = b.groups[i]!;
    if (x !== y && (x.id !== y.id || x.kind !== y.kind || x.parent !== y.parent || x.config !== y.config))
      return false;
  }
  return true;
}

/** The last design estimated per catalog, to reuse its report across layout-only changes. */
const lastEstimated = new WeakMap<Catalog, { design: Design; report: CostReport }>();

/**
 * estimateDesign (or `estimate`, for tests) for the design's active scenario, cached per
 * (catalog, design); a design that differs from the last one only in layout reuses its report.
 */
export function costReportFor(
  design: Design,
  catalog: Catalog,
  books: Readonly<Record<string, PriceBook>> = priceBooks,
  estimate: typeof estimateDesign = estimateDesign,
): CostReport {
  let byDesign = reports.get(catalog);
  if (!byDesign) {
    byDesign = new WeakMap();
    reports.set(catalog, byDesign);
  }
  let report = byDesign.get(design);
  const last = lastEstimated.get(catalog);
  if (!report && last && books === priceBooks && sameForCost(last.design, design)) {
    report = last.report;
    byDesign.set(design, report);
  }
  if (!report) {
    const scenarioId = design.scenarios.some((s) => s.id === design.activeScenarioId)
      ? design.activeScenarioId
      : undefined;
    report = estimate(design, catalog, books, scenarioId === undefined ? {} : { scenarioId });
    byDesign.set(design, report);
    if (books === priceBooks) lastEstimated.set(catalog, { design, report });
  }
  return report;
}

const problemLists = new WeakMap<Catalog, WeakMap<Design, readonly Problem[]>>();

const lastChecked = new WeakMap<Catalog, { design: Design; problems: readonly Problem[] }>();

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/**
 * Validation problems and the cost report's problems (quota warnings, missing prices,
 * cycles), errors first, duplicates (same code, item and message) removed.
 */
export function problemsFor(design: Design, catalog: Catalog): readonly Problem[] {
  let byDesign = problemLists.get(catalog);
  if (!byDesign) {
    byDesign = new WeakMap();
    problemLists.set(catalog, byDesign);
  }
  let list = byDesign.get(design);
  const last = lastChecked.get(catalog);
  if (!list && last && sameForCost(last.design, design)) {
    list = last.problems;
    byDesign.set(design, list);
  }
  if (!list) {
    list = uniqueProblems([...check(design, catalog), ...costReportFor(design, catalog).problems])
      .map((problem, index) => ({ problem, index }))
      .sort(
        (a, b) => severityRank[a.problem.severity] - severityRank[b.problem.severity] || a.index - b.index,
      )
      .map((x) => x.problem);
    byDesign.set(design, list);
    lastChecked.set(catalog, { design, problems: list });
  }
  return list;
}
