import type { ConnectionKind, Design } from '../model/design';

/**
 * The connection graph of a design, precomputed once per (immutable) design. Adjacency is
 * stored flat (CSR): the outgoing connections of node i are
 * `outList[outStart[i]] .. outList[outStart[i + 1] - 1]`, likewise for incoming.
 */
export interface GraphPlan {
  /** Node indexes in topological order (sources before targets). */
  readonly order: Int32Array;
  readonly indexById: ReadonlyMap<string, number>;
  readonly outStart: Int32Array;
  readonly outList: Int32Array;
  readonly inStart: Int32Array;
  readonly inList: Int32Array;
  /** Source and target node index per connection index (-1 when dangling). */
  readonly sourceOf: Int32Array;
  readonly targetOf: Int32Array;
  /** Connections inside a cycle: they carry no load (the cycle is reported instead). */
  readonly cyclic: Uint8Array;
  /** Each cycle as the node ids it contains (a strongly connected component), sorted. */
  readonly cycles: readonly (readonly string[])[];
  /** Per connection index: ratio, payload bytes (NaN when unset: the source's average) and kind. */
  readonly ratio: Float64Array;
  readonly payloadBytes: Float64Array;
  readonly kind: readonly ConnectionKind[];
}

const plans = new WeakMap<object, GraphPlan>();

/**
 * Topological order and cycles of a design's connections (Tarjan's strongly connected
 * components, iterative over typed arrays so 10,000-node designs neither exhaust the stack
 * nor allocate per node). Cached per design object: designs are immutable.
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

function csr(n: number, m: number, key: Int32Array): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let c = 0; c < m; c++) if (key[c]! >= 0) start[key[c]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const list = new Int32Array(start[n]!);
  for (let c = 0; c < m; c++) if (key[c]! >= 0) list[fill[key[c]!]!++] = c;
  return { start, list };
}

function buildPlan(design: Design): GraphPlan {
  const nodes = design.nodes;
  const n = nodes.length;
  const indexById = new Map<string, number>();
  for (let i = 0; i < n; i++) indexById.set(nodes[i]!.id, i);
  const m = design.connections.length;
  const sourceOf = new Int32Array(m);
  const targetOf = new Int32Array(m);
  const ratio = new Float64Array(m);
  const payloadBytes = new Float64Array(m);
  const kind: ConnectionKind[] = new Array(m);
  for (let c = 0; c < m; c++) {
    const conn = design.connections[c]!;
    ratio[c] = conn.ratio;
    payloadBytes[c] = conn.payloadBytes ?? NaN;
    kind[c] = conn.kind;
    const s = indexById.get(conn.source) ?? -1;
    const t = indexById.get(conn.target) ?? -1;
    const dangling = s < 0 || t < 0;
    sourceOf[c] = dangling ? -1 : s;
    targetOf[c] = dangling ? -1 : t;
  }
  const out = csr(n, m, sourceOf);
  const inc = csr(n, m, targetOf);

  // Iterative Tarjan. Components complete in reverse topological order.
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const component = new Int32Array(n);
  const stack = new Int32Array(n);
  const callStack = new Int32Array(n);
  const edgePos = out.start.slice(0, n);
  const popped = new Int32Array(n);
  let sp = 0;
  let popCount = 0;
  let components = 0;
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let csp = 0;
    callStack[csp++] = root;
    while (csp > 0) {
      const v = callStack[csp - 1]!;
      if (index[v] === -1) {
        index[v] = low[v] = counter++;
        stack[sp++] = v;
        onStack[v] = 1;
      }
      let descended = false;
      const end = out.start[v + 1]!;
      while (edgePos[v]! < end) {
        const w = targetOf[out.list[edgePos[v]!]!]!;
        edgePos[v]!++;
        if (index[w] === -1) {
          callStack[csp++] = w;
          descended = true;
          break;
        }
        if (onStack[w] === 1 && index[w]! < low[v]!) low[v] = index[w]!;
      }
      if (descended) continue;
      csp--;
      if (csp > 0) {
        const parent = callStack[csp - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          component[w] = components;
          popped[popCount++] = w;
        } while (w !== v);
        components++;
      }
    }
  }

  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = popped[n - 1 - k]!;

  const cyclic = new Uint8Array(m);
  let cyclicComponents: Set<number> | null = null;
  for (let c = 0; c < m; c++) {
    const s = sourceOf[c]!;
    if (s >= 0 && component[s] === component[targetOf[c]!]) {
      cyclic[c] = 1;
      (cyclicComponents ??= new Set()).add(component[s]!);
    }
  }
  const cycles: string[][] = [];
  if (cyclicComponents) {
    const members = new Map<number, string[]>();
    for (const ci of cyclicComponents) members.set(ci, []);
    for (let i = 0; i < n; i++) members.get(component[i]!)?.push(nodes[i]!.id);
    for (const list of members.values()) cycles.push(list.sort());
  }
  return {
    order,
    indexById,
    outStart: out.start,
    outList: out.list,
    inStart: inc.start,
    inList: inc.list,
    sourceOf,
    targetOf,
    cyclic,
    cycles,
    ratio,
    payloadBytes,
    kind,
  };
}
