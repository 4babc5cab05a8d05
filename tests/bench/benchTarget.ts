/** The call the profiling tools repeat, by mode, on a generated design of `size` nodes. */
import { catalog, priceBooks } from '../../catalog';
import { estimateDesign } from '../../shared/pricing';
import { simulate, simulateInOrder } from '../../shared/simulation/simulate';
import { generateDesign } from './generateDesign';

/**
 * estimate: estimateDesign; simulate: simulateInOrder without records, as estimateDesign runs
 * it; records: `simulate`, the id-keyed records too.
 */
export function benchTarget(mode: string, size: number): () => unknown {
  const design = generateDesign(size, catalog);
  if (mode === 'simulate') return () => simulateInOrder(design, catalog, {}, false);
  if (mode === 'records') return () => simulate(design, catalog);
  return () => estimateDesign(design, catalog, priceBooks);
}
