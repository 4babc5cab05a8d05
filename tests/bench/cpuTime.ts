/**
 * CPU-time measurement of simulate + price on the generated designs, for a shared noisy
 * machine where wall-clock medians vary: `npx tsx tests/bench/cpuTime.ts [iterations]`.
 * Prints user+system CPU milliseconds per call (process.cpuUsage around N calls) and the
 * median wall time per call.
 */
import { catalog, priceBooks } from '../../catalog';
import { estimateDesign } from '../../shared/pricing';
import { simulate } from '../../shared/simulation';
import { simulateInOrder } from '../../shared/simulation/simulate';
import { generateDesign } from './generateDesign';

const iterations = Number(process.argv[2] ?? 200);

function measure(name: string, run: () => void, n: number): void {
  for (let i = 0; i < Math.max(20, n / 10); i++) run();
  const walls: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    run();
    walls.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  walls.sort((a, b) => a - b);
  const cpuMs = (cpu.user + cpu.system) / 1000 / n;
  console.log(
    `${name.padEnd(28)} cpu ${cpuMs.toFixed(3)} ms/call   wall median ${walls[walls.length >> 1]!.toFixed(3)} ms (n=${n})`,
  );
}

const medium = generateDesign(1000, catalog);
const large = generateDesign(10_000, catalog);
measure('1,000 nodes', () => estimateDesign(medium, catalog, priceBooks), iterations);
measure('10,000 nodes', () => estimateDesign(large, catalog, priceBooks), Math.ceil(iterations / 10));
measure(
  '10,000 nodes, cold',
  () => estimateDesign({ ...large }, catalog, priceBooks),
  Math.ceil(iterations / 10),
);
measure('simulate only, 10,000', () => simulate(large, catalog), Math.ceil(iterations / 10));
// What estimateDesign runs before pricing: no id-keyed records.
measure(
  'simulate, no records, 10,000',
  () => simulateInOrder(large, catalog, {}, false),
  Math.ceil(iterations / 10),
);
