import type { Design, PurchaseOption, Scenario } from '../model/design';
import type { Catalog, CategoryId, MeterDefinition, PriceBook, ServiceDefinition } from '../service/types';
import type { NodeUsage, SimulationResult } from '../simulation/types';
import { BYTES_PER_GB } from '../simulation/transfer';
import { servicesOf, type OrderedResult } from '../simulation/lookup';
import type { Problem, ProblemParams } from '../validation/problem';
import { fromMicros, roundMicrosToCent, tierSlices, type TierSlice } from './money';
import { describeAssumptions, transferLabels } from './assumptions';
import { PricedLine, type MeterSplit } from './costLine';
import type { ConnectionCost, CostLine, CostReport, EstimateOptions, NodeCost, TierShare } from './types';

/**
 * The billable quantities of one meter across the account: parallel arrays of item index
 * (position in the owner-ordered item list), owner and quantity. No object per item.
 */
interface MeterItems {
  readonly items: number[];
  readonly owners: number[];
  readonly quantities: number[];
}

const EMPTY_TIERS: readonly TierShare[] = Object.freeze([]);
const NO_LINES: readonly CostLine[] = Object.freeze([]);

/**
 * Prices a simulation with a price book. Tiers and free tier apply to the account-wide
 * total of each meter (all nodes and connections), then cost is split back in proportion
 * to each owner's quantity. Money is summed in integer micro-dollars. A meter without a
 * price is a `missing_price` problem and a line flagged `missingPrice`, never a zero.
 *
 * @example
 * const report = estimate(simulate(design, catalog), design, catalog, priceBooks['us-east-1']);
 * report.totalMonthlyUsd // 41.87
 */
export function estimate(
  sim: SimulationResult,
  design: Design,
  catalog: Catalog,
  priceBook: PriceBook,
  options: EstimateOptions = {},
): CostReport {
  return estimateInOrder(sim, null, design, catalog, priceBook, options);
}

/**
 * `estimate`, given the simulation's design-order arrays (from `simulateInOrder` on this
 * design) to skip the lookups by id; null looks every node up in `sim`.
 *
 * @example
 * const { sim, order } = simulateInOrder(design, catalog);
 * estimateInOrder(sim, order, design, catalog, priceBooks['us-east-1']).totalMonthlyUsd
 */
export function estimateInOrder(
  sim: SimulationResult,
  inOrder: OrderedResult | null,
  design: Design,
  catalog: Catalog,
  priceBook: PriceBook,
  options: EstimateOptions = {},
): CostReport {
  const scenario: Scenario | undefined = design.scenarios.find((s) => s.id === sim.scenarioId);
  const freeTier = options.freeTier ?? scenario?.freeTier ?? true;
  const purchaseOption: PurchaseOption = options.purchaseOption ?? scenario?.purchaseOption ?? 'onDemand';
  const problems: Problem[] = sim.problems.slice();

  // Owners: nodes first (design order), then connections. Connection owners are offset by nodeCount.
  // Design-order arrays when the simulation is of this design (no lookup by id per node).
  const order =
    inOrder && inOrder.nodes === design.nodes && inOrder.connections === design.connections ? inOrder : null;
  const services = servicesOf(design.nodes, catalog);
  const pricedNodes: Design['nodes'][number][] = [];
  const pricedServices: ServiceDefinition[] = [];
  const pricedQuantities: Readonly<Record<string, number>>[] = [];
  // With flattened quantities: the design index of each priced node.
  const flat = order?.flat ?? null;
  const pricedIndex: number[] = [];
  const pricedSizing: Readonly<Record<string, number>>[] = [];
  const pricedAssumptions: (readonly string[])[] = [];
  for (let i = 0; i < design.nodes.length; i++) {
    const node = design.nodes[i]!;
    const service = services[i];
    if (!service) continue;
    if (order) {
      if (flat) pricedIndex.push(i);
      else pricedQuantities.push(order.nodeQuantities[i]!);
      pricedSizing.push(order.nodeSizing[i]!);
      pricedAssumptions.push(order.nodeAssumptions[i]!);
    } else {
      const usage: NodeUsage | undefined = sim.nodes[node.id];
      if (!usage) continue;
      pricedQuantities.push(usage.quantities);
      pricedSizing.push(usage.sizing);
      pricedAssumptions.push(usage.assumptions);
    }
    pricedNodes.push(node);
    pricedServices.push(service);
  }
  const nodeCount = pricedNodes.length;
  const connectionCount = design.connections.length;
  const ownerCount = nodeCount + connectionCount;
  // Items are appended owner by owner: owner o holds items ownerStart[o] .. ownerStart[o + 1] - 1.
  const ownerStart = new Int32Array(ownerCount + 1);
  const byMeter = new Map<string, MeterItems>();
  let itemCount = 0;
  const addItem = (owner: number, meter: string, quantity: number) => {
    const group = byMeter.get(meter);
    if (group) {
      group.items.push(itemCount++);
      group.owners.push(owner);
      group.quantities.push(quantity);
    } else byMeter.set(meter, { items: [itemCount++], owners: [owner], quantities: [quantity] });
  };
  const add = (owner: number, quantities: Readonly<Record<string, number>>) => {
    ownerStart[owner] = itemCount;
    for (const meter in quantities) {
      const quantity = quantities[meter] as number;
      if (quantity > 0) addItem(owner, meter, quantity);
    }
  };
  if (flat)
    for (let i = 0; i < nodeCount; i++) {
      ownerStart[i] = itemCount;
      const from = flat.start[pricedIndex[i]!]!;
      const to = from + flat.length[pricedIndex[i]!]!;
      for (let k = from; k < to; k++) addItem(i, flat.meters[k]!, flat.quantities[k]!);
    }
  else for (let i = 0; i < nodeCount; i++) add(i, pricedQuantities[i]!);
  const connectionIds: string[] = new Array(connectionCount);
  for (let c = 0; c < connectionCount; c++) {
    const id = design.connections[c]!.id;
    connectionIds[c] = id;
    add(
      nodeCount + c,
      order ? order.flowQuantities[c]! : (sim.connections[id]?.quantities ?? EMPTY_QUANTITIES),
    );
  }
  ownerStart[ownerCount] = itemCount;

  const lineOf: CostLine[] = new Array(itemCount);
  const ownerMicros = new Float64Array(ownerCount);
  const serviceOf = (owner: number) => (owner < nodeCount ? pricedNodes[owner]!.service : null);
  const committed: string[] = [];
  const uncommitted: string[] = [];
  const freeApplied: string[] = [];
  const beyondTiers: string[] = [];
  let billedMicros = 0;
  // Free tiers shared by several meters (PriceEntry freeTier.pool): account-wide use per pool.
  let poolUse: Map<string, number> | null = null;
  if (freeTier)
    for (const [meter, group] of byMeter) {
      const pool = priceBook.meters[meter]?.freeTier?.pool;
      if (pool === undefined) continue;
      let used = 0;
      for (const q of group.quantities) used += q;
      poolUse ??= new Map();
      poolUse.set(pool, (poolUse.get(pool) ?? 0) + used);
    }

  for (const [meter, group] of byMeter) {
    const { items, owners, quantities } = group;
    const count = items.length;
    const labels = new LabelCache(meter, catalog);
    const entry = priceBook.meters[meter];
    if (!entry) {
      const reason = priceBook.missing?.[meter];
      // The book's reason stays in params (the cost line shows it on demand): it can be a long
      // research log, too long for a problem message.
      const prefix = `No price for ${meter} in ${priceBook.region}: `;
      const region = priceBook.region;
      for (let k = 0; k < count; k++) {
        const owner = owners[k]!;
        const def = labels.meterOf(serviceOf(owner));
        lineOf[items[k]!] = missingLine(
          meter,
          quantities[k]!,
          def?.label.en ?? transferLabels[meter] ?? meter,
          def?.unit ?? 'GB',
        );
        problems.push(
          owner < nodeCount
            ? {
                severity: 'warning',
                code: 'missing_price',
                message: `${prefix}"${pricedNodes[owner]!.label}" is not counted in the total`,
                params: missingParams(meter, region, reason, 'label', pricedNodes[owner]!.label),
                nodeId: pricedNodes[owner]!.id,
              }
            : {
                severity: 'warning',
                code: 'missing_price',
                message: `${prefix}connection "${connectionIds[owner - nodeCount]}" is not counted in the total`,
                params: missingParams(meter, region, reason, 'connection', connectionIds[owner - nodeCount]!),
                connectionId: connectionIds[owner - nodeCount]!,
              },
        );
      }
      continue;
    }
    let factor = 1;
    if (purchaseOption !== 'onDemand') {
      const commitment = entry.commitments?.[purchaseOption];
      if (commitment) {
        factor = commitment.factor;
        committed.push(meter);
      } else uncommitted.push(meter);
    }
    let total = 0;
    for (let k = 0; k < count; k++) total += quantities[k]!;
    const allowance = entry.freeTier
      ? Math.max(0, entry.freeTier.quantity - (options.freeTierUsed?.[meter] ?? 0))
      : 0;
    const pool = entry.freeTier?.pool;
    // A pooled allowance goes to each meter in proportion to its share of the pool's use.
    const ownAllowance =
      pool !== undefined && poolUse ? (allowance * total) / (poolUse.get(pool) ?? total) : allowance;
    const free = freeTier ? Math.min(total, ownAllowance) : 0;
    if (free > 0) freeApplied.push(meter);
    const lastBound = entry.tiers[entry.tiers.length - 1]?.upTo ?? null;
    if (lastBound !== null && total - free > lastBound) beyondTiers.push(meter);
    const slices = tierSlices(entry, total - free, factor);
    const sliceCount = slices.length;
    // AWS bills each usage line (meter, account-wide) rounded to the cent; the total adds those.
    let meterMicros = 0;
    for (const slice of slices) meterMicros += slice.micros;
    billedMicros += roundMicrosToCent(meterMicros);
    // Each tier's micros split in proportion to quantities, as splitProportional does, without
    // an array per tier: part k = round(T x cumulative_k / total) - the previous bound; the last
    // owner takes the remainder so parts add up exactly.
    const previous = sliceCount === 1 ? null : new Float64Array(sliceCount);
    let previousOne = 0;
    let cumulative = 0;
    const listPriceUsd = entry.tiers[0]?.usd ?? 0;
    const split: MeterSplit = { slices, factor, total };
    for (let k = 0; k < count; k++) {
      const owner = owners[k]!;
      const quantity = quantities[k]!;
      const share = quantity / total;
      cumulative += quantity;
      const last = k === count - 1;
      let micros = 0;
      // One slice: the line builds its tier when read (PricedLine). Several: built here.
      const tiers: TierShare[] | undefined = previous ? new Array(sliceCount) : undefined;
      for (let t = 0; t < sliceCount; t++) {
        const slice = slices[t] as TierSlice;
        const upTo = last ? slice.micros : Math.round((slice.micros * cumulative) / total);
        const part = upTo - (previous ? previous[t]! : previousOne);
        if (previous) previous[t] = upTo;
        else previousOne = upTo;
        micros += part;
        if (tiers)
          tiers[t] = {
            from: slice.from,
            upTo: slice.upTo,
            quantity: slice.quantity * share,
            usd: slice.usd * factor,
            monthlyUsd: fromMicros(part),
          };
      }
      ownerMicros[owner]! += micros;
      const monthlyUsd = fromMicros(micros);
      lineOf[items[k]!] = new PricedLine(
        meter,
        labels.labelOf(serviceOf(owner)),
        quantity,
        entry.unit,
        monthlyUsd / quantity,
        listPriceUsd,
        entry.per,
        free * share,
        monthlyUsd,
        split,
        tiers,
      );
    }
  }

  // Assemble per owner, in owner order: each owner's items are contiguous.
  const linesOf = (owner: number): readonly CostLine[] => {
    const from = ownerStart[owner]!;
    const to = ownerStart[owner + 1]!;
    return from === to ? NO_LINES : lineOf.slice(from, to);
  };
  const categoryMicros = new Map<CategoryId, number>();
  const serviceMicros = new Map<string, number>();
  const addTo = <K>(map: Map<K, number>, key: K, micros: number) =>
    map.set(key, (map.get(key) ?? 0) + micros);
  const nodes: NodeCost[] = new Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    const node = pricedNodes[i]!;
    const micros = ownerMicros[i]!;
    const category = pricedServices[i]!.category;
    addTo(categoryMicros, category, micros);
    addTo(serviceMicros, node.service, micros);
    nodes[i] = {
      id: node.id,
      service: node.service,
      label: node.label,
      category,
      monthlyUsd: fromMicros(micros),
      lines: linesOf(i),
      sizing: pricedSizing[i]!,
    };
  }
  const connections: ConnectionCost[] = new Array(connectionCount);
  for (let c = 0; c < connectionCount; c++) {
    const owner = nodeCount + c;
    const micros = ownerMicros[owner]!;
    if (ownerStart[owner + 1]! > ownerStart[owner]!) {
      addTo(categoryMicros, 'networking', micros);
      addTo(serviceMicros, 'dataTransfer', micros);
    }
    const flow = order ? null : sim.connections[connectionIds[c]!];
    connections[c] = {
      id: connectionIds[c]!,
      eventsPerMonth: order ? order.flowEvents[c]! : (flow?.eventsPerMonth ?? 0),
      gbPerMonth: (order ? order.flowBytes[c]! : (flow?.bytesPerMonth ?? 0)) / BYTES_PER_GB,
      monthlyUsd: fromMicros(micros),
      lines: linesOf(owner),
    };
  }
  const byCategory: Partial<Record<CategoryId, number>> = {};
  for (const [key, micros] of categoryMicros) byCategory[key] = fromMicros(micros);
  const byService: Record<string, number> = {};
  for (const [key, micros] of serviceMicros) byService[key] = fromMicros(micros);

  return {
    region: priceBook.region,
    scenarioId: sim.scenarioId,
    scenarioName: scenario?.name ?? null,
    currency: 'USD',
    purchaseOption,
    freeTier,
    totalMonthlyUsd: fromMicros(billedMicros),
    nodes,
    connections,
    byCategory,
    byService,
    assumptions: describeAssumptions({
      priceBook,
      freeTier,
      purchaseOption,
      committed,
      uncommitted,
      freeApplied,
      beyondTiers,
      nodes: pricedNodes,
      assumptions: pricedAssumptions,
    }),
    problems,
    priceBookAsOf: priceBook.as_of,
  };
}

const EMPTY_QUANTITIES: Readonly<Record<string, number>> = Object.freeze({});
const meterIndex = new WeakMap<object, Map<string, MeterDefinition>>();

/** Meter definitions and labels of one meter, remembered for the last service asked. */
class LabelCache {
  private service: string | null | undefined = undefined;
  private def: MeterDefinition | undefined;
  constructor(
    private readonly meter: string,
    private readonly catalog: Catalog,
  ) {}

  meterOf(serviceId: string | null): MeterDefinition | undefined {
    if (serviceId !== this.service) {
      this.service = serviceId;
      const service = serviceId ? this.catalog[serviceId] : undefined;
      let index = service ? meterIndex.get(service) : undefined;
      if (service && !index)
        meterIndex.set(service, (index = new Map(service.meters.map((m) => [m.key, m]))));
      this.def = index?.get(this.meter);
    }
    return this.def;
  }

  labelOf(serviceId: string | null): string {
    return this.meterOf(serviceId)?.label.en ?? transferLabels[this.meter] ?? this.meter;
  }
}

function missingLine(meter: string, quantity: number, label: string, unit: string): CostLine {
  return {
    meter,
    label,
    quantity,
    unit,
    unitPriceUsd: 0,
    listPriceUsd: 0,
    per: 1,
    freeQuantity: 0,
    tiers: EMPTY_TIERS,
    monthlyUsd: 0,
    missingPrice: true,
  };
}

/** Params of a missing_price problem, keys in the order the report has always listed them. */
function missingParams(
  meter: string,
  region: string,
  reason: string | undefined,
  key: 'label' | 'connection',
  value: string,
): ProblemParams {
  if (key === 'label')
    return reason ? { meter, region, reason, label: value } : { meter, region, label: value };
  return reason ? { meter, region, reason, connection: value } : { meter, region, connection: value };
}
