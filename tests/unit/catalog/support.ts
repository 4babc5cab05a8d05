/** Builds the inputs the engines give catalog functions, for tests of every service. */
import type {
  CfnContext,
  CfnParameter,
  CfnValue,
  NodeLoad,
  ServiceDefinition,
  UsageContext,
} from '../../../shared/service/types';
import { resolveConfig } from '../../../shared/service/fields';

export const zeroLoad: NodeLoad = {
  eventsPerMonth: 0,
  peakPerSecond: 0,
  avgPayloadBytes: 0,
  bytesPerMonth: 0,
  byKind: {},
};

/** A month of load: `events` of `bytes` each, peaking at `peak`/s, all of it on each of `kinds`. */
export function nodeLoad(
  events: number,
  peak: number,
  bytes: number,
  kinds: readonly (keyof NodeLoad['byKind'])[] = [],
): NodeLoad {
  const part = { eventsPerMonth: events, peakPerSecond: peak, bytesPerMonth: events * bytes };
  return {
    eventsPerMonth: events,
    peakPerSecond: peak,
    avgPayloadBytes: bytes,
    bytesPerMonth: events * bytes,
    byKind: Object.fromEntries(kinds.map((k) => [k, part])),
  };
}

/** A month of load spread over every connection kind the service might receive. */
export function sampleLoad(events = 2_000_000, peak = 150, bytes = 2048): NodeLoad {
  return nodeLoad(events, peak, bytes, ['invoke', 'write', 'read', 'stream', 'publish', 'encrypt', 'train']);
}

export function usageContext(
  service: ServiceDefinition,
  load: NodeLoad,
  config: Record<string, string | number | boolean> = {},
  usage: Record<string, number> = {},
): UsageContext {
  const resolved = resolveConfig(service, config);
  const inputs: Record<string, number> = {};
  for (const [k, d] of Object.entries(service.usageInputs ?? {})) inputs[k] = d.default;
  return {
    config: resolved,
    usage: { ...inputs, ...usage },
    load,
    hoursPerMonth: 730,
    facts(field) {
      const f = service.config[field];
      if (f?.type !== 'enum') return {};
      return f.options.find((o) => o.value === resolved[field])?.facts ?? {};
    },
  };
}

/** A CfnContext for the node, recording the parameters it declares. */
export function cfnContext(
  service: ServiceDefinition,
  nodeId: string,
  config: Record<string, string | number | boolean> = {},
  environment: Record<string, CfnValue> = {},
): { ctx: CfnContext; parameters: Record<string, CfnParameter> } {
  const parameters: Record<string, CfnParameter> = {};
  const ctx: CfnContext = {
    nodeId,
    config: resolveConfig(service, config),
    ...(service.cloudformation.role ? { roleLogicalId: `${nodeId}Role` } : {}),
    subnetIds: [],
    securityGroupIds: [],
    environment,
    param(name, definition) {
      parameters[name] = definition;
      return { Ref: name };
    },
  };
  return { ctx, parameters };
}

/** The execution role the exporter would add for a compute node. */
export function roleResource(principal: string) {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: principal }, Action: 'sts:AssumeRole' }],
      },
    },
  };
}
