import { bench, describe } from 'vitest';
import { catalog, priceBooks } from '../../catalog';
import { estimateDesign } from '../../shared/pricing';
import { simulate } from '../../shared/simulation';
import { generateDesign } from './generateDesign';

// Targets (issue 5): simulate + price 1,000 nodes <= 2 ms and 10,000 nodes <= 20 ms (median).
// Enough warm-up for the JIT and enough samples for a stable median on a shared machine.
const options = { time: 3000, warmupTime: 1000, warmupIterations: 20 };
const medium = generateDesign(1000, catalog);
const large = generateDesign(10_000, catalog);

describe('simulate + price (graph plan cached per design, as in the app)', () => {
  bench(
    '1,000 nodes',
    () => {
      estimateDesign(medium, catalog, priceBooks);
    },
    options,
  );
  bench(
    '10,000 nodes',
    () => {
      estimateDesign(large, catalog, priceBooks);
    },
    options,
  );
});

describe('simulate + price, first run on a new design object (plans the graph too)', () => {
  bench(
    '1,000 nodes, cold',
    () => {
      estimateDesign({ ...medium }, catalog, priceBooks);
    },
    options,
  );
  bench(
    '10,000 nodes, cold',
    () => {
      estimateDesign({ ...large }, catalog, priceBooks);
    },
    options,
  );
});

describe('simulate only', () => {
  bench(
    '10,000 nodes',
    () => {
      simulate(large, catalog);
    },
    options,
  );
});
