/**
 * Nodes' billable quantities flattened as they are computed: for node i, meters[k] and
 * quantities[k] for k in start[i] .. start[i] + length[i] - 1, positive quantities only, in
 * the order of the node's quantities record. Lets the per-node records die young instead of
 * living (with a heap number per value) until pricing has read them.
 *
 * @example
 * const flat = new FlatQuantities(2);
 * flat.add(1, { 'lambda.requests': 5, 'lambda.arm.gbSeconds': 0 });
 * flat.meters[flat.start[1]] // 'lambda.requests'
 */
export class FlatQuantities {
  readonly start: Int32Array;
  readonly length: Int32Array;
  readonly meters: string[] = [];
  quantities: Float64Array;
  private count = 0;

  constructor(nodeCount: number) {
    this.start = new Int32Array(nodeCount);
    this.length = new Int32Array(nodeCount);
    this.quantities = new Float64Array(Math.max(16, nodeCount * 4));
  }

  /** Records node `node`'s quantities (each node once). */
  add(node: number, quantities: Readonly<Record<string, number>>): void {
    const from = this.count;
    this.start[node] = from;
    for (const meter in quantities) {
      const quantity = quantities[meter] as number;
      if (!(quantity > 0)) continue;
      if (this.count === this.quantities.length) {
        const grown = new Float64Array(this.count * 2);
        grown.set(this.quantities);
        this.quantities = grown;
      }
      this.meters.push(meter);
      this.quantities[this.count++] = quantity;
    }
    this.length[node] = this.count - from;
  }
}
