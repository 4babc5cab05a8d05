import type { NodeLoad } from '../service/types';
import type { Problem } from '../validation/problem';

/** What the simulation derives for one node in one scenario. */
export interface NodeUsage {
  readonly nodeId: string;
  readonly service: string;
  readonly load: NodeLoad;
  /** Billable quantities per meter key, in the meter's unit. */
  readonly quantities: Readonly<Record<string, number>>;
  /** Capacity sized from load (shards, instances...). */
  readonly sizing: Readonly<Record<string, number>>;
  readonly assumptions: readonly string[];
}

/** What travels one connection in one month. */
export interface ConnectionFlow {
  readonly connectionId: string;
  readonly eventsPerMonth: number;
  readonly peakPerSecond: number;
  readonly bytesPerMonth: number;
  /** Data-transfer meters this connection incurs (internet egress, cross-AZ, NAT...). */
  readonly quantities: Readonly<Record<string, number>>;
}

export interface SimulationResult {
  readonly scenarioId: string | null;
  readonly region: string;
  readonly nodes: Readonly<Record<string, NodeUsage>>;
  readonly connections: Readonly<Record<string, ConnectionFlow>>;
  readonly problems: readonly Problem[];
}

export interface SimulationOptions {
  /** Scenario to simulate; defaults to the design's active scenario (or none: zero load). */
  readonly scenarioId?: string;
  /** Multiplies every entry load (traffic sweeps): 1 = as given. */
  readonly loadFactor?: number;
  /** Month index for growth projections: loads x (1 + growth)^monthIndex. */
  readonly monthIndex?: number;
  /** Which figure of a load range to use. */
  readonly loadCase?: 'low' | 'expected' | 'high';
}
