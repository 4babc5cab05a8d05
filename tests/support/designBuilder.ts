/**
 * A readable builder for Design fixtures in tests. Everything it returns is a plain,
 * fully-defaulted Design (as `parseDesign` would return), so tests can freeze it.
 *
 * @example
 * const design = designBuilder('Fraud')
 *   .node('Api', 'apiGateway')
 *   .node('Score', 'lambda', { config: { memoryMb: 1024 } })
 *   .connect('Api', 'Score', 'invoke')
 *   .scenario('normal', { loads: [{ nodeId: 'Api', eventsPerMonth: 2_000_000 }] })
 *   .build();
 */
import type {
  ConfigValue,
  Connection,
  ConnectionKind,
  Design,
  EntryLoad,
  Group,
  GroupKind,
  PurchaseOption,
  Scenario,
  ServiceNode,
} from '../../shared/model/design';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/design';

export interface NodeOptions {
  readonly label?: string;
  readonly group?: string;
  readonly config?: Readonly<Record<string, ConfigValue>>;
  readonly usage?: Readonly<Record<string, number>>;
  readonly position?: { x: number; y: number };
}

export interface ConnectOptions {
  readonly id?: string;
  readonly ratio?: number;
  readonly payloadBytes?: number;
  readonly label?: string;
}

export interface GroupOptions {
  readonly parent?: string;
  readonly label?: string;
  readonly config?: Readonly<Record<string, ConfigValue>>;
}

export interface LoadOptions {
  readonly peakPerSecond?: number;
  readonly payloadBytes?: number;
  readonly responseBytes?: number;
  readonly range?: { low?: number; high?: number };
}

export interface ScenarioOptions {
  readonly name?: string;
  readonly region?: string;
  readonly freeTier?: boolean;
  readonly growthPerMonth?: number;
  readonly purchaseOption?: PurchaseOption;
  readonly loads?: readonly (Partial<EntryLoad> & { nodeId: string; eventsPerMonth: number })[];
  readonly overrides?: Scenario['overrides'];
  /** Make this the design's active scenario (the first scenario is active by default). */
  readonly active?: boolean;
}

export interface DesignBuilder {
  region(region: string): DesignBuilder;
  node(id: string, service: string, options?: NodeOptions): DesignBuilder;
  connect(source: string, target: string, kind?: ConnectionKind, options?: ConnectOptions): DesignBuilder;
  group(id: string, kind: GroupKind, options?: GroupOptions): DesignBuilder;
  scenario(id: string, options?: ScenarioOptions): DesignBuilder;
  /** Adds an entry load to the last scenario (creating a 'default' scenario if none). */
  load(nodeId: string, eventsPerMonth: number, options?: LoadOptions): DesignBuilder;
  /** Per-node override in the last scenario. */
  override(
    nodeId: string,
    override: { config?: Record<string, ConfigValue>; usage?: Record<string, number> },
  ): DesignBuilder;
  build(): Design;
}

export function designBuilder(name = 'Test design'): DesignBuilder {
  let region = 'us-east-1';
  const nodes: ServiceNode[] = [];
  const connections: Connection[] = [];
  const groups: Group[] = [];
  const scenarios: Scenario[] = [];
  let activeScenarioId: string | undefined;

  const lastScenario = (): Scenario => {
    if (scenarios.length === 0) builder.scenario('default');
    return scenarios[scenarios.length - 1] as Scenario;
  };
  const toLoad = (l: Partial<EntryLoad> & { nodeId: string; eventsPerMonth: number }): EntryLoad => ({
    payloadBytes: 1024,
    ...l,
  });

  const builder: DesignBuilder = {
    region(r) {
      region = r;
      return builder;
    },
    node(id, service, options = {}) {
      nodes.push({
        id,
        service,
        label: options.label ?? id,
        position: options.position ?? { x: nodes.length * 200, y: 0 },
        ...(options.group !== undefined ? { group: options.group } : {}),
        config: { ...options.config },
        usage: { ...options.usage },
      });
      return builder;
    },
    connect(source, target, kind = 'invoke', options = {}) {
      let id = options.id ?? `${source}To${target}`;
      for (let n = 2; connections.some((c) => c.id === id); n++) id = `${source}To${target}${n}`;
      connections.push({
        id,
        source,
        target,
        kind,
        ratio: options.ratio ?? 1,
        ...(options.payloadBytes !== undefined ? { payloadBytes: options.payloadBytes } : {}),
        ...(options.label !== undefined ? { label: options.label } : {}),
      });
      return builder;
    },
    group(id, kind, options = {}) {
      groups.push({
        id,
        kind,
        label: options.label ?? id,
        ...(options.parent !== undefined ? { parent: options.parent } : {}),
        position: { x: 0, y: 0 },
        size: { width: 400, height: 300 },
        config: { ...options.config },
      });
      return builder;
    },
    scenario(id, options = {}) {
      scenarios.push({
        id,
        name: options.name ?? id,
        ...(options.region !== undefined ? { region: options.region } : {}),
        freeTier: options.freeTier ?? true,
        growthPerMonth: options.growthPerMonth ?? 0,
        purchaseOption: options.purchaseOption ?? 'onDemand',
        loads: (options.loads ?? []).map(toLoad),
        overrides: { ...options.overrides },
      });
      if (options.active === true || activeScenarioId === undefined) activeScenarioId = id;
      return builder;
    },
    load(nodeId, eventsPerMonth, options = {}) {
      const scenario = lastScenario();
      (scenario.loads as EntryLoad[]).push(toLoad({ nodeId, eventsPerMonth, ...options }));
      return builder;
    },
    override(nodeId, override) {
      const scenario = lastScenario();
      (scenario.overrides as Scenario['overrides'])[nodeId] = {
        config: { ...override.config },
        usage: { ...override.usage },
      };
      return builder;
    },
    build() {
      return structuredClone({
        schemaVersion: CURRENT_SCHEMA_VERSION,
        name,
        region,
        nodes,
        connections,
        groups,
        scenarios,
        ...(activeScenarioId !== undefined ? { activeScenarioId } : {}),
        notes: '',
      });
    },
  };
  return builder;
}
