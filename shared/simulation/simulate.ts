import type { ConfigValue, ConnectionKind, Design } from '../model/design';
import type { Catalog, NodeLoad, ServiceDefinition, UsageContext, UsageResult } from '../service/types';
import type { Problem } from '../validation/problem';
import { FlatQuantities } from './flat';
import { merge, settingsOf } from './settings';
import { planGraph } from './graph';
import { idsAreDistinct, servicesOf, type OrderedResult } from './lookup';
import { HOURS_PER_MONTH, pickScenario, resolveEntryLoad, scenarioRegion } from './scenario';
import { BYTES_PER_GB, placeNodes, transferMeters, transferQuantities } from './transfer';
import type { ConnectionFlow, NodeUsage, SimulationOptions, SimulationResult } from './types';

type KindLoad = { eventsPerMonth: number; peakPerSecond: number; bytesPerMonth: number };
const EMPTY: Readonly<Record<string, never>> = Object.freeze({});
const NO_ASSUMPTIONS: readonly string[] = Object.freeze([]);
const NO_FACTS = Object.freeze({}) as Readonly<Record<string, number | string>>;
const NO_LOAD: NodeLoad = Object.freeze({
  eventsPerMonth: 0,
  peakPerSecond: 0,
  avgPayloadBytes: 0,
  bytesPerMonth: 0,
  byKind: EMPTY,
});

/**
 * Propagates a scenario's entry loads along the design's connections, in topological
 * order, and asks each node's service what it bills. Generic: it knows no service.
 * Cycles and unknown services become problems; nothing loops or throws.
 *
 * @example
 * const sim = simulate(design, catalog, { scenarioId: 'normal' });
 * sim.nodes['Scorer'].quantities['lambda.requests'] // 2_000_000
 * sim.connections['StreamToScorer'].eventsPerMonth // 2_000_000
 */
export function simulate(
  design: Design,
  catalog: Catalog,
  options: SimulationOptions = {},
): SimulationResult {
  return simulateInOrder(design, catalog, options).sim;
}

/**
 * The problems `simulate` reports (unknown scenario, cycles, unknown services, failing
 * usage functions, quota warnings), without building the id-keyed records: several times
 * cheaper on a large design when the problems are all a caller needs (validation).
 *
 * @example
 * simulationProblems(design, catalog).map((p) => p.code) // ['quota']
 */
export function simulationProblems(
  design: Design,
  catalog: Catalog,
  options: SimulationOptions = {},
): readonly Problem[] {
  return simulateInOrder(design, catalog, options, false).sim.problems;
}

/**
 * `simulate`, also returning the results in design order (null when ids repeat) so that
 * pricing right after needs no lookup by id per node.
 *
 * @example
 * const { sim, order } = simulateInOrder(design, catalog);
 * order?.usages[0] === sim.nodes[design.nodes[0].id] // true
 */
export function simulateInOrder(
  design: Design,
  catalog: Catalog,
  options: SimulationOptions = {},
  /** False: leave sim.nodes/sim.connections empty when the arrays stand in for them. */
  records = true,
): { readonly sim: SimulationResult; readonly order: OrderedResult | null } {
  const inOrder = idsAreDistinct(design.nodes) && idsAreDistinct(design.connections);
  const keyed = records || !inOrder;
  const plan = planGraph(design);
  const scenario = pickScenario(design, options.scenarioId);
  const problems: Problem[] = [];
  if (options.scenarioId !== undefined && scenario === null)
    problems.push({
      severity: 'error',
      code: 'unknown_scenario',
      message: `No scenario "${options.scenarioId}" in this design`,
      params: { scenario: options.scenarioId },
    });
  for (const cycle of plan.cycles)
    problems.push({
      severity: 'error',
      code: 'cycle',
      message: `Connections form a cycle through ${cycle.join(' → ')}: load inside the cycle is not propagated`,
      params: { path: cycle.join(' → '), unpropagated: 1 },
      nodeId: cycle[0] as string,
    });

  const n = design.nodes.length;
  const events = new Float64Array(n);
  const peaks = new Float64Array(n);
  const bytes = new Float64Array(n);
  const responseBytes = new Float64Array(n);
  const byKind: (Partial<Record<ConnectionKind, KindLoad>> | undefined)[] = new Array(n);
  const overrides = scenario?.overrides ?? EMPTY;
  let hasOverrides = false;
  for (const _ in overrides) {
    hasOverrides = true;
    break;
  }

  if (scenario)
    for (const load of scenario.loads) {
      const i = plan.indexById.get(load.nodeId);
      if (i === undefined) continue;
      const r = resolveEntryLoad(load, scenario, options);
      events[i]! += r.eventsPerMonth;
      peaks[i]! += r.peakPerSecond;
      bytes[i]! += r.eventsPerMonth * r.payloadBytes;
      responseBytes[i]! += r.eventsPerMonth * r.responseBytes;
    }

  const placements = design.groups.length > 0 ? placeNodes(design) : null;
  const nodes: Record<string, NodeUsage> = {};
  const connections: Record<string, ConnectionFlow> = {};
  // NodeUsage objects (and with them each node's load) only for the id-keyed records.
  const usages: NodeUsage[] = keyed ? new Array(n) : [];
  const nodeQuantities: Readonly<Record<string, number>>[] = keyed ? new Array(n) : [];
  const flat = keyed ? null : new FlatQuantities(n);
  const nodeSizing: Readonly<Record<string, number>>[] = new Array(n);
  const nodeAssumptions: (readonly string[])[] = new Array(n);
  const m = design.connections.length;
  // Flow objects only for the id-keyed records; pricing reads the parallel arrays.
  const flows: ConnectionFlow[] = keyed ? new Array(m) : [];
  const flowEvents = new Float64Array(m);
  const flowBytes = new Float64Array(m);
  const flowQuantities: Readonly<Record<string, number>>[] = new Array(m);
  // With records: connection indexes in the order their flows were computed.
  const flowOrder = new Int32Array(keyed ? m : 0);
  let flowCount = 0;
  const setFlow = (
    c: number,
    eventsPerMonth: number,
    peakPerSecond: number,
    bytesPerMonth: number,
    quantities: Readonly<Record<string, number>>,
  ) => {
    flowEvents[c] = eventsPerMonth;
    flowBytes[c] = bytesPerMonth;
    flowQuantities[c] = quantities;
    if (keyed) {
      flowOrder[flowCount++] = c;
      flows[c] = {
        connectionId: design.connections[c]!.id,
        eventsPerMonth,
        peakPerSecond,
        bytesPerMonth,
        quantities,
      };
    }
  };
  const services = servicesOf(design.nodes, catalog);
  const settings = settingsOf(design.nodes, catalog);
  const flowed = new Uint8Array(design.connections.length);
  // One context for every usage call (a service reads it during its call only), and without
  // records one load object too: nothing keeps a node's load after its usage ran.
  const ctx = new Context();
  const shared: { -readonly [K in keyof NodeLoad]: NodeLoad[K] } | null = keyed
    ? null
    : { eventsPerMonth: 0, peakPerSecond: 0, avgPayloadBytes: 0, bytesPerMonth: 0, byKind: EMPTY };

  for (let k = 0; k < n; k++) {
    const i = plan.order[k] as number;
    const node = design.nodes[i]!;
    const ev = events[i]!;
    const kinds = byKind[i];
    // Without records nothing reads this node's kinds after its usage: let them die young.
    if (!keyed) byKind[i] = undefined;
    let load: NodeLoad;
    if (shared) {
      shared.eventsPerMonth = ev;
      shared.peakPerSecond = peaks[i]!;
      shared.avgPayloadBytes = ev > 0 ? bytes[i]! / ev : 0;
      shared.bytesPerMonth = bytes[i]!;
      shared.byKind = kinds ?? EMPTY;
      load = shared;
    } else
      load = {
        eventsPerMonth: ev,
        peakPerSecond: peaks[i]!,
        avgPayloadBytes: ev > 0 ? bytes[i]! / ev : 0,
        bytesPerMonth: bytes[i]!,
        byKind: kinds ?? EMPTY,
      };
    const service = services[i];
    let result: UsageResult | null = null;
    if (!service) {
      problems.push({
        severity: 'error',
        code: 'unknown_service',
        message: `Node "${node.label}" uses service "${node.service}", which the catalog does not know`,
        params: { node: 1, label: node.label, service: node.service },
        nodeId: node.id,
      });
    } else {
      const override = hasOverrides ? overrides[node.id] : undefined;
      ctx.service = service;
      ctx.config = override ? merge(settings.config[i]!, EMPTY, override.config) : settings.config[i]!;
      ctx.usage = override ? merge(settings.usage[i]!, EMPTY, override.usage) : settings.usage[i]!;
      ctx.load = load;
      result = runUsage(service, ctx, node.id, node.label, problems);
    }
    let quantities = result?.quantities ?? EMPTY;
    let assumptions = result?.assumptions ?? NO_ASSUMPTIONS;
    if (responseBytes[i]! > 0) {
      const gb = responseBytes[i]! / BYTES_PER_GB;
      quantities = {
        ...quantities,
        [transferMeters.internetOut]: (quantities[transferMeters.internetOut] ?? 0) + gb,
      };
      assumptions = [...assumptions, `Responses to callers: ${formatGb(gb)} GB/month to the internet`];
    }
    const sizing = result?.sizing ?? EMPTY;
    if (flat) flat.add(i, quantities);
    else nodeQuantities[i] = quantities;
    nodeSizing[i] = sizing;
    nodeAssumptions[i] = keyed || assumptions.length > 0 ? assumptions : NO_ASSUMPTIONS;
    if (keyed)
      usages[i] = {
        nodeId: node.id,
        service: node.service,
        load,
        quantities,
        sizing,
        assumptions,
      };

    const factor = result?.outputFactor ?? 1;
    const outEvents = ev * factor;
    const outPeak = peaks[i]! * factor;
    const outEnd = plan.outStart[i + 1]!;
    const avgPayloadBytes = load.avgPayloadBytes;
    for (let o = plan.outStart[i]!; o < outEnd; o++) {
      const c = plan.outList[o]!;
      const t = plan.targetOf[c]!;
      flowed[c] = 1;
      if (plan.cyclic[c] === 1 || t < 0) {
        setFlow(c, 0, 0, 0, EMPTY);
        continue;
      }
      const ratio = plan.ratio[c]!;
      const payload = plan.payloadBytes[c]!;
      const cEvents = outEvents * ratio;
      const cPeak = outPeak * ratio;
      // NaN: the connection sets no payload size, its events carry the source's average.
      const cBytes = cEvents * (payload === payload ? payload : avgPayloadBytes);
      const kind = plan.kind[c]!;
      events[t]! += cEvents;
      peaks[t]! += cPeak;
      bytes[t]! += cBytes;
      let kindMap = byKind[t];
      if (!kindMap) kindMap = byKind[t] = {};
      const entry = kindMap[kind];
      if (entry) {
        entry.eventsPerMonth += cEvents;
        entry.peakPerSecond += cPeak;
        entry.bytesPerMonth += cBytes;
      } else kindMap[kind] = { eventsPerMonth: cEvents, peakPerSecond: cPeak, bytesPerMonth: cBytes };
      const target = design.nodes[t]!;
      const transfer = placements
        ? transferQuantities(placements.get(node.id)!, placements.get(target.id)!, target.service, cBytes)
        : null;
      setFlow(c, cEvents, cPeak, cBytes, transfer ?? EMPTY);
    }
  }
  for (let c = 0; c < m; c++) if (flowed[c] !== 1) setFlow(c, 0, 0, 0, EMPTY);
  if (keyed) {
    // The id-keyed records, filled once everything is computed (in the order the nodes and
    // connections were simulated): a 10,000-key record grown while the simulation allocates
    // costs several times more garbage collection.
    for (let k = 0; k < n; k++) {
      const i = plan.order[k]!;
      nodes[design.nodes[i]!.id] = usages[i]!;
    }
    for (let k = 0; k < flowCount; k++) {
      const c = flowOrder[k]!;
      connections[design.connections[c]!.id] = flows[c]!;
    }
  }
  const sim: SimulationResult = {
    scenarioId: scenario?.id ?? null,
    region: scenarioRegion(design, scenario),
    nodes,
    connections,
    problems,
  };
  return {
    sim,
    order: inOrder
      ? {
          nodes: design.nodes,
          connections: design.connections,
          usages,
          flows,
          nodeQuantities,
          flat,
          nodeSizing,
          nodeAssumptions,
          flowEvents,
          flowBytes,
          flowQuantities,
        }
      : null,
  };
}

function runUsage(
  service: ServiceDefinition,
  ctx: Context,
  nodeId: string,
  label: string,
  problems: Problem[],
): UsageResult | null {
  let result: UsageResult;
  try {
    result = service.usage(ctx);
  } catch (error) {
    problems.push({
      severity: 'error',
      code: 'usage_failed',
      message: `Could not compute usage of "${label}": ${(error as Error).message}`,
      params: { label, error: (error as Error).message },
      nodeId,
    });
    return null;
  }
  if (result.warnings) {
    // French text travels as a param, only when the service gave one per warning.
    const fr = result.warningsFr?.length === result.warnings.length ? result.warningsFr : undefined;
    result.warnings.forEach((w, k) =>
      problems.push({
        severity: 'warning',
        code: 'quota',
        message: `${label}: ${w}`,
        ...(fr ? { params: { label, warning: fr[k]! } } : {}),
        nodeId,
      }),
    );
  }
  return result;
}

/**
 * The context a service's usage function sees. One per simulation, refilled before each
 * node's call: services read it during their call and keep nothing of it.
 */
class Context implements UsageContext {
  readonly hoursPerMonth = HOURS_PER_MONTH;
  service: ServiceDefinition | null = null;
  config: Readonly<Record<string, ConfigValue>> = EMPTY;
  usage: Readonly<Record<string, number>> = EMPTY;
  load: NodeLoad = NO_LOAD;

  facts(field: string): Readonly<Record<string, number | string>> {
    const def = this.service?.config[field];
    if (def?.type !== 'enum') return NO_FACTS;
    const value = this.config[field];
    return def.options.find((o) => o.value === value)?.facts ?? NO_FACTS;
  }
}

function formatGb(gb: number): string {
  return gb.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
