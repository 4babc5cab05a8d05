import type { Design, PurchaseOption, Scenario } from '../model/design';
import type { Catalog, CategoryId, MeterDefinition, PriceBook, PriceEntry } from '../service/types';
import type { NodeUsage, SimulationResult } from '../simulation/types';
import { BYTES_PER_GB } from '../simulation/transfer';
import type { Problem } from '../validation/problem';
import { fromMicros, roundMicrosToCent, splitProportional, tierSlices, type TierSlice } from './money';
import { describeAssumptions, transferLabels } from './assumptions';
import type { ConnectionCost, CostLine, CostReport, EstimateOptions, NodeCost, TierShare } from './types';

/** One billable quantity of one owner (node or connection) on one meter. */
interface Item {
  readonly owner: number;
  readonly meter: string;
  readonly quantity: number;
  line?: CostLine;
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
  const scenario: Scenario | undefined = design.scenarios.find((s) => s.id === sim.scenarioId);
  const freeTier = options.freeTier ?? scenario?.freeTier ?? true;
  const purchaseOption: PurchaseOption = options.purchaseOption ?? scenario?.purchaseOption ?? 'onDemand';
  const problems: Problem[] = [...sim.problems];

  // Owners: nodes first (design order), then connections. Connection owners are offset by nodeCount.
  const pricedNodes: Design['nodes'][number][] = [];
  const usages: NodeUsage[] = [];
  for (const node of design.nodes) {
    const usage = sim.nodes[node.id];
    if (usage && catalog[node.service]) {
      pricedNodes.push(node);
      usages.push(usage);
    }
  }
  const nodeCount = pricedNodes.length;
  const items: Item[] = [];
  const byMeter = new Map<string, Item[]>();
  const add = (owner: number, quantities: Readonly<Record<string, number>>) => {
    for (const meter in quantities) {
      const quantity = quantities[meter] as number;
      if (!(quantity > 0)) continue;
      const item: Item = { owner, meter, quantity };
      items.push(item);
      const list = byMeter.get(meter);
      if (list) list.push(item);
      else byMeter.set(meter, [item]);
    }
  };
  for (let i = 0; i < nodeCount; i++) add(i, usages[i]!.quantities);
  const connectionIds = design.connections.map((c) => c.id);
  for (let c = 0; c < connectionIds.length; c++) {
    const flow = sim.connections[connectionIds[c]!];
    if (flow) add(nodeCount + c, flow.quantities);
  }

  const ownerName = (owner: number) =>
    owner < nodeCount ? `"${pricedNodes[owner]!.label}"` : `connection "${connectionIds[owner - nodeCount]}"`;
  const committed: string[] = [];
  const uncommitted: string[] = [];
  const freeApplied: string[] = [];
  const beyondTiers: string[] = [];
  let billedMicros = 0;

  for (const [meter, list] of byMeter) {
    const entry = priceBook.meters[meter];
    if (!entry) {
      const reason = priceBook.missing?.[meter];
      for (const item of list) {
        const def = meterOf(meter, item.owner < nodeCount ? pricedNodes[item.owner]!.service : null, catalog);
        item.line = missingLine(item, def?.label.en ?? transferLabels[meter] ?? meter, def?.unit ?? 'GB');
        const owner = item.owner;
        problems.push({
          severity: 'warning',
          code: 'missing_price',
          message: `No price for ${meter} in ${priceBook.region}${reason ? ` (${reason})` : ''}: ${ownerName(owner)} is not counted in the total`,
          ...(owner < nodeCount
            ? { nodeId: pricedNodes[owner]!.id }
            : { connectionId: connectionIds[owner - nodeCount]! }),
        });
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
    for (const item of list) total += item.quantity;
    const allowance = entry.freeTier
      ? Math.max(0, entry.freeTier.quantity - (options.freeTierUsed?.[meter] ?? 0))
      : 0;
    const free = freeTier ? Math.min(total, allowance) : 0;
    if (free > 0) freeApplied.push(meter);
    const lastBound = entry.tiers[entry.tiers.length - 1]?.upTo ?? null;
    if (lastBound !== null && total - free > lastBound) beyondTiers.push(meter);
    const slices = tierSlices(entry, total - free, factor);
    // AWS bills each usage line (meter, account-wide) rounded to the cent; the total adds those.
    let meterMicros = 0;
    for (const slice of slices) meterMicros += slice.micros;
    billedMicros += roundMicrosToCent(meterMicros);
    const weights = list.map((item) => item.quantity);
    const perTier = slices.map((slice) => splitProportional(slice.micros, weights));
    for (let k = 0; k < list.length; k++) {
      const item = list[k]!;
      const share = item.quantity / total;
      let micros = 0;
      const tiers: TierShare[] = [];
      for (let t = 0; t < slices.length; t++) {
        const slice = slices[t] as TierSlice;
        const part = perTier[t]![k]!;
        micros += part;
        tiers.push({
          from: slice.from,
          upTo: slice.upTo,
          quantity: slice.quantity * share,
          usd: slice.usd * factor,
          monthlyUsd: fromMicros(part),
        });
      }
      item.line = pricedLine(
        item,
        entry,
        labelOf(meter, item.owner < nodeCount ? pricedNodes[item.owner]!.service : null, catalog),
        micros,
        free * share,
        tiers,
      );
    }
  }

  // Assemble per owner, in owner order.
  const linesByOwner: CostLine[][] = new Array(nodeCount + connectionIds.length);
  for (const item of items) {
    const lines = linesByOwner[item.owner];
    if (lines) lines.push(item.line!);
    else linesByOwner[item.owner] = [item.line!];
  }
  const categoryMicros = new Map<CategoryId, number>();
  const serviceMicros = new Map<string, number>();
  const addTo = <K>(map: Map<K, number>, key: K, micros: number) =>
    map.set(key, (map.get(key) ?? 0) + micros);
  const nodes: NodeCost[] = pricedNodes.map((node, i) => {
    const lines = linesByOwner[i] ?? NO_LINES;
    const micros = sumMicros(lines);
    const service = catalog[node.service]!;
    addTo(categoryMicros, service.category, micros);
    addTo(serviceMicros, node.service, micros);
    return {
      id: node.id,
      service: node.service,
      label: node.label,
      category: service.category,
      monthlyUsd: fromMicros(micros),
      lines,
      sizing: usages[i]!.sizing,
    };
  });
  const connections: ConnectionCost[] = design.connections.map((conn, c) => {
    const lines = linesByOwner[nodeCount + c] ?? NO_LINES;
    const micros = sumMicros(lines);
    if (lines.length > 0) {
      addTo(categoryMicros, 'networking', micros);
      addTo(serviceMicros, 'dataTransfer', micros);
    }
    const flow = sim.connections[conn.id];
    return {
      id: conn.id,
      eventsPerMonth: flow?.eventsPerMonth ?? 0,
      gbPerMonth: (flow?.bytesPerMonth ?? 0) / BYTES_PER_GB,
      monthlyUsd: fromMicros(micros),
      lines,
    };
  });
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
      usages,
    }),
    problems,
    priceBookAsOf: priceBook.as_of,
  };
}

function sumMicros(lines: readonly CostLine[]): number {
  let micros = 0;
  for (const line of lines) if (!line.missingPrice) micros += Math.round(line.monthlyUsd * 1e6);
  return micros;
}

const meterIndex = new WeakMap<object, Map<string, MeterDefinition>>();

function meterOf(meter: string, serviceId: string | null, catalog: Catalog): MeterDefinition | undefined {
  const service = serviceId ? catalog[serviceId] : undefined;
  if (!service) return undefined;
  let index = meterIndex.get(service);
  if (!index) meterIndex.set(service, (index = new Map(service.meters.map((m) => [m.key, m]))));
  return index.get(meter);
}

function labelOf(meter: string, serviceId: string | null, catalog: Catalog): string {
  return meterOf(meter, serviceId, catalog)?.label.en ?? transferLabels[meter] ?? meter;
}

function pricedLine(
  item: Item,
  entry: PriceEntry,
  label: string,
  micros: number,
  freeQuantity: number,
  tiers: readonly TierShare[],
): CostLine {
  const monthlyUsd = fromMicros(micros);
  return {
    meter: item.meter,
    label,
    quantity: item.quantity,
    unit: entry.unit,
    unitPriceUsd: monthlyUsd / item.quantity,
    listPriceUsd: entry.tiers[0]?.usd ?? 0,
    per: entry.per,
    freeQuantity,
    tiers,
    monthlyUsd,
  };
}

function missingLine(item: Item, label: string, unit: string): CostLine {
  return {
    meter: item.meter,
    label,
    quantity: item.quantity,
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
