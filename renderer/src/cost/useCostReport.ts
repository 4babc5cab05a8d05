import type { CostReport } from '../../../shared/pricing';
import type { Problem } from '../../../shared/validation/problem';
import { useCatalog, useDesign } from '../AppContext';
import { costReportFor, problemsFor } from './costReport';

/**
 * The live cost report of the current design. The selector returns the cached report, so a
 * change that only moves items (same report object) does not re-render the caller.
 */
export function useCostReport(): CostReport {
  const catalog = useCatalog();
  return useDesign((s) => costReportFor(s.design, catalog));
}

/** Every problem of the current design: validation and cost report (same list across moves). */
export function useProblems(): readonly Problem[] {
  const catalog = useCatalog();
  return useDesign((s) => problemsFor(s.design, catalog));
}
