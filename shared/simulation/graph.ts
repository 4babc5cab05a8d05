import type { Design } from '../model/design';

/** The connection graph of a design, precomputed once per (immutable) design. */
export interface GraphPlan {
  /** Node indexes in topological order (sources before targets). */
  readonly order: Int32Array;
  readonly indexById: ReadonlyMap<string, number>;
  /** Incoming and outgoing connection indexes per node index. */
  readonly incoming: readonly (readonly number[])[];
  readonly outgoing: readonly (readonly number[])[];
  /** Source and target node index per connection index (-1 when dangling). */
  readonly sourceOf: Int32Array;
  readonly targetOf: Int32Array;
  /** Connections inside a cycle: they carry no load (the cycle is reported instead). */
  readonly cyclic: Uint8Array;
  /** Each cycle as the node ids it contains (a strongly connected component). */
  readonly cycles: readonly (readonly string[])[];
}

const plans = new WeakMap<object, GraphPlan>();

/**
 * Topological order and cycles of a design's connections (Tarjan's strongly connected
 * components, iterative so 10,000-node designs do not exhaust the stack). Cached per
 * design object: designs are immutable, so the plan never goes stale.
 *
 * @example
 * const plan = planGraph(design);
 * for (const i of plan.order) visit(design.nodes[i]);
 */
export function planGraph(design: Design): GraphPlan {
  const cached = plans.get(design);
  if (cached) return cached;
  const plan = buildPlan(design);
  plans.set(design, plan);
  return plan;
}

function buildPlan(design: Design): GraphPlan {
  const n = design.nodes.length;
  const indexById = new Map<string, number>();
  for (let i = 0; i < n; i++) indexById.set((design.nodes[i] as { id: string }).id, i);
  const m = design.connections.length;
  const sourceOf = new Int32Array(m);
  const targetOf = new Int32Array(m);
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  const incoming: number[][] = Array.from({ length: n }, () => []);
  for (let c = 0; c < m; c++) {
    const conn = design.connections[c] as { source: string; target: string };
    const s = indexById.get(conn.source) ?? -1;
    const t = indexById.get(conn.target) ?? -1;
    sourceOf[c] = s;
    targetOf[c] = t;
    if (s >= 0 && t >= 0) {
      (outgoing[s] as number[]).push(c);
      (incoming[t] as number[]).push(c);
    }
  }

  // Iterative Tarjan. Components come out in reverse topological order.
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  const components: number[][] = [];
  const callStack: number[] = [];
  const edgePos = new Int32Array(n);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    callStack.push(root);
    while (callStack.length > 0) {
      const v = callStack[callStack.length - 1] as number;
      if (index[v] === -1) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const out = outgoing[v] as number[];
      let descended = false;
      while (edgePos[v]! < out.length) {
        const w = targetOf[out[edgePos[v]!] as number] as number;
        edgePos[v]!++;
        if (index[w] === -1) {
          callStack.push(w);
          descended = true;
          break;
        }
        if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
      }
      if (descended) continue;
      callStack.pop();
      const parent = callStack[callStack.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[v]!);
      if (low[v] === index[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component[w] = components.length;
          members.push(w);
        } while (w !== v);
        components.push(members);
      }
    }
  }

  const order = new Int32Array(n);
  let k = 0;
  for (let ci = components.length - 1; ci >= 0; ci--)
    for (const v of (components[ci] as number[]).slice().reverse()) order[k++] = v;

  const cyclic = new Uint8Array(m);
  const cyclicComponents = new Set<number>();
  for (let c = 0; c < m; c++) {
    const s = sourceOf[c] as number;
    const t = targetOf[c] as number;
    if (s >= 0 && t >= 0 && component[s] === component[t]) {
      cyclic[c] = 1;
      cyclicComponents.add(component[s] as number);
    }
  }
  const cycles = [...cyclicComponents].map((ci) =>
    (components[ci] as number[]).map((v) => (design.nodes[v] as { id: string }).id).sort(),
  );
  return { order, indexById, incoming, outgoing, sourceOf, targetOf, cyclic, cycles };
}
