import { afterAll, bench, describe } from 'vitest';
import { catalog } from '../../catalog';
import { toJson, toTemplate, toYaml } from '../../shared/cloudformation';
import type { Design } from '../../shared/model/design';
import { generateDesign } from './generateDesign';

// Target (issue 6): export of a 1,000-resource design, median <= 50 ms.
// Run: npx vitest bench --run tests/bench/export.bench.ts
const options = { time: 3000, warmupTime: 1000, warmupIterations: 10 };

/** The smallest generated fraud-pipeline design whose template has at least 1,000 resources. */
function designWithResources(wanted: number): { design: Design; resources: number } {
  for (let nodes = 10; ; nodes += 10) {
    const design = generateDesign(nodes, catalog);
    const resources = Object.keys(toTemplate(design, catalog).template.Resources).length;
    if (resources >= wanted) return { design, resources };
  }
}
const { design, resources } = designWithResources(1000);

const timings: Record<string, number[]> = {};
function timed(name: string, run: () => void): () => void {
  timings[name] = [];
  return () => {
    const start = performance.now();
    run();
    timings[name]!.push(performance.now() - start);
  };
}

describe(`export of a ${design.nodes.length}-node design (${resources} resources)`, () => {
  bench(
    'toTemplate',
    timed('toTemplate', () => void toTemplate(design, catalog)),
    options,
  );
  bench(
    'toTemplate + toYaml',
    timed('toTemplate + toYaml', () => void toYaml(toTemplate(design, catalog).template)),
    options,
  );
  bench(
    'toTemplate + toJson',
    timed('toTemplate + toJson', () => void toJson(toTemplate(design, catalog).template)),
    options,
  );
});

afterAll(() => {
  for (const [name, list] of Object.entries(timings)) {
    if (list.length === 0) continue;
    const sorted = [...list].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(`median ${name}: ${median.toFixed(2)} ms over ${list.length} runs (${resources} resources)`);
  }
});
