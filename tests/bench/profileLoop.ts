/**
 * A loop to profile: `node --cpu-prof` (or --trace-gc) on its esbuild bundle, e.g.
 *   npx esbuild tests/bench/profileLoop.ts --bundle --platform=node --format=esm --outfile=/tmp/loop.mjs
 *   node --cpu-prof /tmp/loop.mjs estimate 10000 200
 * Modes: estimate (estimateDesign), simulate (simulateInOrder without records, as estimateDesign
 * runs it), records (`simulate`: the id-keyed records too).
 */
import { benchTarget } from './benchTarget';

const [mode = 'estimate', size = '10000', count = '200'] = process.argv.slice(2);
const run = benchTarget(mode, Number(size));
const n = Number(count);
for (let i = 0; i < n / 5; i++) run();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < n; i++) run();
const cpu = process.cpuUsage(cpu0);
console.log(
  `${mode} ${size}: ${((performance.now() - t0) / n).toFixed(3)} ms wall, ${((cpu.user + cpu.system) / 1000 / n).toFixed(3)} ms cpu per call`,
);
