import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planGraph } from '../../../shared/simulation';
import { designBuilder } from '../../support/designBuilder';

const graph = (n: number, edges: readonly [number, number][]) => {
  const b = designBuilder();
  for (let i = 0; i < n; i++) b.node(`N${i}`, 'table');
  for (const [s, t] of edges) b.connect(`N${s}`, `N${t}`, 'write');
  return b.build();
};

describe('planGraph', () => {
  it('orders every source before its targets in any acyclic graph', () => {
    const dag = fc.integer({ min: 1, max: 40 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        // Edges from a lower to a higher index of a random permutation: acyclic by construction.
        fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 80 }),
        fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      ),
    );
    fc.assert(
      fc.property(dag, ([n, pairs, perm]) => {
        const edges = pairs
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => (a < b ? [perm[a]!, perm[b]!] : [perm[b]!, perm[a]!]) as [number, number]);
        const plan = planGraph(graph(n, edges));
        const position = new Map([...plan.order].map((node, k) => [node, k]));
        expect(position.size).toBe(n);
        for (const [s, t] of edges) expect(position.get(s)!).toBeLessThan(position.get(t)!);
        expect(plan.cycles).toEqual([]);
      }),
    );
  });

  it('finds every cycle as its set of nodes, and marks only their connections', () => {
    const plan = planGraph(
      graph(7, [
        [0, 1],
        [1, 2],
        [2, 0],
        [2, 3],
        [4, 5],
        [5, 4],
        [6, 6],
      ]),
    );
    expect(plan.cycles).toEqual([['N0', 'N1', 'N2'], ['N4', 'N5'], ['N6']]);
    expect([...plan.cyclic]).toEqual([1, 1, 1, 0, 1, 1, 1]);
  });

  it('plans a 10,000-node chain without exhausting the stack', () => {
    const edges: [number, number][] = [];
    for (let i = 0; i < 9999; i++) edges.push([i, i + 1]);
    const plan = planGraph(graph(10_000, edges));
    expect(plan.order[0]).toBe(0);
    expect(plan.order[9999]).toBe(9999);
  });
});
