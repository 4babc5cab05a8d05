import type { CostReport } from '../../../shared/pricing';
import type { Problem } from '../../../shared/validation/problem';
import { useCatalog, useDesign } from '../AppContext';
import { costReportFor, problemsFor } from './costReport';

/** The live cost report of the current design (recomputed when the design changes). */
export function useCostReport(): CostReport {
  const design = useDesign((s) => s.design);
  return costReportFor(design, useCatalog());
}

/** Every problem of the current design: validation and cost report. */
export function useProblems(): readonly Problem[] {
  const design = useDesign((s) => s.design);
  return problemsFor(design, useCatalog());
}
