/**
 * Where simulate + price allocates: V8's sampling heap profiler, counting objects that died
 * young too, over N estimateDesign calls on a generated design. Run on an esbuild bundle:
 *   npx esbuild tests/bench/allocProfile.ts --bundle --platform=node --format=esm --outfile=/tmp/alloc.mjs
 *   node /tmp/alloc.mjs [estimate|simulate|records] [nodes] [calls]
 * Prints MB allocated per call by function and by source line of the bundle.
 */
import { Session } from 'node:inspector';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchTarget } from './benchTarget';

interface ProfileNode {
  callFrame: { functionName: string; lineNumber: number; url: string };
  selfSize: number;
  children: ProfileNode[];
}
const [mode = 'estimate', size = '10000', count = '20'] = process.argv.slice(2);
const run = benchTarget(mode, Number(size));
for (let i = 0; i < 20; i++) run();
const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );
await post('HeapProfiler.startSampling', {
  samplingInterval: 256,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
const n = Number(count);
for (let i = 0; i < n; i++) run();
const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
const byFunction = new Map<string, number>();
const byLine = new Map<string, number>();
let total = 0;
const src = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
const walk = (node: ProfileNode, parent = '') => {
  const f = node.callFrame;
  const own = `${f.functionName || '(anon)'}:${f.lineNumber + 1}`;
  // Builtins (push, slice, next...) are named with their caller.
  const key = f.lineNumber < 0 || f.url === '' ? `${own} in ${parent}` : own;
  total += node.selfSize;
  byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child, own);
};
walk(profile.head);
void byLine;
console.log(`${mode} ${size}: ${(total / n / 1e6).toFixed(2)} MB sampled per call`);
for (const [key, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  const line = Number(key.split(' in ')[0]!.split(':').pop());
  console.log(
    `${(bytes / n / 1e6).toFixed(2).padStart(6)} MB ${key}  ${src[line - 1]?.trim().slice(0, 70) ?? ''}`,
  );
}
