/**
 * Small helpers shared by the catalog's service files: localized strings, meters,
 * instance-type options, CloudFormation intrinsics and load arithmetic. Data only:
 * imports nothing but shared/ types.
 */
import type { ConfigValue, ConnectionKind } from '../shared/model/design';
import { formatNumber } from '../shared/validation/numberFormat';
import type {
  CfnResource,
  CfnValue,
  EnumOption,
  FieldMap,
  Localized,
  MeterDefinition,
  NodeLoad,
  UsageContext,
  UsageInputDefinition,
  WiringContext,
} from '../shared/service/types';

export const loc = (en: string, fr: string): Localized => ({ en, fr });

export const meter = (key: string, en: string, fr: string, unit: string): MeterDefinition => ({
  key,
  label: { en, fr },
  unit,
});

/** Bytes in one GB as AWS bills data (1 GB = 1024^3 bytes on the pricing pages' examples). */
export const BYTES_PER_GB = 1024 ** 3;
export const toGb = (bytes: number): number => bytes / BYTES_PER_GB;

/** A finite, non-negative number (usage functions never return NaN or negatives). */
export const clean = (n: number): number => (Number.isFinite(n) && n > 0 ? n : 0);

export const num = (config: Readonly<Record<string, ConfigValue>>, key: string, fallback = 0): number => {
  const v = config[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
};
export const str = (config: Readonly<Record<string, ConfigValue>>, key: string, fallback = ''): string => {
  const v = config[key];
  return typeof v === 'string' ? v : fallback;
};
export const bool = (config: Readonly<Record<string, ConfigValue>>, key: string): boolean =>
  config[key] === true;

/** Load that arrived over connections of one kind (zeros when none). */
export function kindLoad(
  load: NodeLoad,
  kind: ConnectionKind,
): { eventsPerMonth: number; peakPerSecond: number; bytesPerMonth: number } {
  return load.byKind[kind] ?? NO_KIND_LOAD;
}

/** The load of a kind no connection brings; shared (frozen), read per node per simulation. */
const NO_KIND_LOAD: { eventsPerMonth: number; peakPerSecond: number; bytesPerMonth: number } = Object.freeze({
  eventsPerMonth: 0,
  peakPerSecond: 0,
  bytesPerMonth: 0,
});

/** Average bytes per event of a kind's load, falling back to the node's average payload. */
export function bytesPerEvent(load: NodeLoad, kind?: ConnectionKind): number {
  if (kind) {
    const k = kindLoad(load, kind);
    if (k.eventsPerMonth > 0) return k.bytesPerMonth / k.eventsPerMonth;
  }
  return load.avgPayloadBytes;
}

/** Units billed per event when a service meters payloads in fixed chunks (25 KB, 64 KB...). */
export const chunks = (bytes: number, chunkBytes: number): number =>
  Math.max(1, Math.ceil(bytes / chunkBytes));

/** Only the quantities that are positive and finite, so a zero load bills nothing. */
export function quantities(entries: Readonly<Record<string, number>>): Record<string, number> {
  // for...in, not Object.entries: runs per node per simulation, no [key, value] pairs to allocate.
  const out: Record<string, number> = {};
  for (const k in entries) {
    const c = clean(entries[k] as number);
    if (c > 0) out[k] = c;
  }
  return out;
}

/**
 * Adds a quantity when it is positive and finite, as `quantities` keeps it: for usage
 * functions whose meter keys vary (no object literal with computed keys per call).
 *
 * @example
 * const q = {}; addQuantity(q, 'lambda.requests', 5); addQuantity(q, 'lambda.streaming.gb', 0); // q = { 'lambda.requests': 5 }
 */
export function addQuantity(out: Record<string, number>, key: string, value: number): void {
  const c = clean(value);
  if (c > 0) out[key] = c;
}

/**
 * A count for assumption text, as `toLocaleString('en-US')` writes it: fmt(1234567.4) // '1,234,567'.
 * Runs per node per simulation, so safe integers are grouped by hand (3x faster than Intl).
 */
export function fmt(n: number): string {
  const r = Math.round(n);
  if (!Number.isSafeInteger(r) || Object.is(r, -0)) return r.toLocaleString('en-US');
  const digits = String(r < 0 ? -r : r);
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return r < 0 ? '-' + out : out;
}

// ---------------------------------------------------------------------------------------
// Instance types (facts read by usage functions through ctx.facts)

export interface InstanceType {
  readonly value: string;
  readonly vcpu: number;
  readonly memoryGiB: number;
  readonly gpu?: number;
}
export const instanceOptions = (types: readonly InstanceType[]): EnumOption[] =>
  types.map((t) => ({
    value: t.value,
    label: `${t.value} (${t.vcpu} vCPU, ${t.memoryGiB} GiB${t.gpu ? `, ${t.gpu} GPU` : ''})`,
    facts: { vcpu: t.vcpu, memoryGiB: t.memoryGiB, gpu: t.gpu ?? 0 },
  }));

/** One hourly meter per instance type: `${prefix}.${type}.hours`. */
export const instanceMeters = (
  prefix: string,
  types: readonly InstanceType[],
  en: string,
  fr: string,
): MeterDefinition[] =>
  types.map((t) => meter(`${prefix}.${t.value}.hours`, `${en} ${t.value}`, `${fr} ${t.value}`, 'hours'));

/**
 * Instances needed for a load, within bounds: ceil(rate / capacity) clamped to [min, max].
 * A pinned count (> 0) wins over the computed one.
 */
export function sizeInstances(rate: number, capacity: number, min: number, max: number, pinned = 0): number {
  if (pinned > 0) return Math.floor(pinned);
  const needed = capacity > 0 ? Math.ceil(clean(rate) / capacity) : min;
  return Math.min(Math.max(needed, min), Math.max(min, max));
}

/**
 * Instance-hours of an autoscaled fleet: the average-load fleet all month, the peak fleet
 * during the peak hours.
 */
export function fleetHours(
  ctx: UsageContext,
  capacity: number,
  min: number,
  max: number,
  pinned: number,
  peakHours: number,
): { hours: number; average: number; peak: number; warnings: string[]; warningsFr: string[] } {
  const avgRate = ctx.load.eventsPerMonth / (ctx.hoursPerMonth * 3600);
  const average = sizeInstances(avgRate, capacity, min, max, pinned);
  const peak = sizeInstances(ctx.load.peakPerSecond, capacity, min, max, pinned);
  const ph = Math.min(Math.max(peakHours, 0), ctx.hoursPerMonth);
  const warnings: string[] = [];
  const warningsFr: string[] = [];
  if (peak * capacity < ctx.load.peakPerSecond) {
    warnings.push(
      `Capacity ${fmt(peak * capacity)}/s is below the peak of ${fmt(ctx.load.peakPerSecond)}/s: raise the maximum instance count or the per-instance capacity.`,
    );
    warningsFr.push(
      `La capacité de ${formatNumber(peak * capacity, 'fr', 0)}/s est inférieure au pic de ${formatNumber(ctx.load.peakPerSecond, 'fr', 0)}/s : augmentez le nombre maximal d’instances ou la capacité par instance.`,
    );
  }
  return { hours: average * (ctx.hoursPerMonth - ph) + peak * ph, average, peak, warnings, warningsFr };
}

// ---------------------------------------------------------------------------------------
// CloudFormation intrinsics

export const ref = (logicalId: string): CfnValue => ({ Ref: logicalId });
export const getAtt = (logicalId: string, attribute: string): CfnValue => ({
  'Fn::GetAtt': [logicalId, attribute],
});
export const sub = (template: string, variables?: Readonly<Record<string, CfnValue>>): CfnValue =>
  variables ? { 'Fn::Sub': [template, variables] } : { 'Fn::Sub': template };
export const roleArn = (roleLogicalId: string | undefined, nodeId: string): CfnValue =>
  getAtt(roleLogicalId ?? `${nodeId}Role`, 'Arn');

/** Resource-based permission letting a service principal invoke a Lambda function. */
export function lambdaPermission(functionRef: CfnValue, principal: string, sourceArn: CfnValue): CfnResource {
  return {
    Type: 'AWS::Lambda::Permission',
    Properties: {
      Action: 'lambda:InvokeFunction',
      FunctionName: functionRef,
      Principal: principal,
      SourceArn: sourceArn,
    },
  };
}

/** An inline policy attached to an existing role (used when the target must read the source). */
export function rolePolicy(
  roleLogicalId: string,
  name: string,
  actions: readonly string[],
  resources: readonly CfnValue[],
): CfnResource {
  return {
    Type: 'AWS::IAM::Policy',
    Properties: {
      PolicyName: name,
      Roles: [ref(roleLogicalId)],
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: [...actions], Resource: [...resources] }],
      },
    },
  };
}

/** Lambda event-source mapping polling a stream or queue, plus the poller's read policy. */
export function eventSourceMapping(
  connectionId: string,
  sourceArn: CfnValue,
  functionRef: CfnValue,
  functionRoleLogicalId: string,
  readActions: readonly string[],
  properties: Readonly<Record<string, CfnValue>>,
): Record<string, CfnResource> {
  const policyId = `${connectionId}Policy`;
  return {
    [policyId]: rolePolicy(functionRoleLogicalId, policyId, readActions, [sourceArn]),
    [`${connectionId}Mapping`]: {
      Type: 'AWS::Lambda::EventSourceMapping',
      Properties: { EventSourceArn: sourceArn, FunctionName: functionRef, ...properties },
      DependsOn: policyId,
    },
  };
}

export const LAMBDA_TARGET_ROLE = (targetId: string, given?: string): string => given ?? `${targetId}Role`;

/**
 * A Lambda function reading a stream (DynamoDB stream, Kinesis): its role may read the
 * stream, and the mapping starts at new records with the function's batch size (AWS's
 * default of 100 when unset).
 */
export const streamToLambda = (
  ctx: WiringContext,
  streamArn: CfnValue,
  readActions: readonly string[],
): Record<string, CfnResource> =>
  eventSourceMapping(
    ctx.connectionId,
    streamArn,
    ctx.targetRef,
    LAMBDA_TARGET_ROLE(ctx.target.id, ctx.targetRoleLogicalId),
    readActions,
    { StartingPosition: 'LATEST', BatchSize: num(ctx.target.config, 'batchSize', 100) },
  );

/** Trust policy letting one AWS service assume a role. */
export const assumeRolePolicy = (service: CfnValue): CfnValue => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
});

/** Config of an autoscaled fleet sized from peak load: bounds, per-unit capacity, pin. */
export function fleetFields(unit: { en: string; fr: string }, max: number, capacityRps: number): FieldMap {
  return {
    minInstances: {
      type: 'number',
      label: loc(`Minimum ${unit.en}`, `${unit.fr} minimum`),
      default: 1,
      min: 1,
      max: 100,
      integer: true,
    },
    maxInstances: {
      type: 'number',
      label: loc(`Maximum ${unit.en}`, `${unit.fr} maximum`),
      default: max,
      min: 1,
      max: 100,
      integer: true,
    },
    capacityRps: {
      type: 'number',
      label: loc('Capacity per instance', 'Capacité par instance'),
      unit: 'requests/s',
      default: capacityRps,
      min: 1,
      help: loc(
        'Measured with a load test on this instance type.',
        'Mesurée par un test de charge sur ce type d’instance.',
      ),
    },
    instanceCount: {
      type: 'number',
      label: loc('Pinned count (0 = size from load)', 'Nombre fixé (0 = selon la charge)'),
      default: 0,
      min: 0,
      max: 100,
      integer: true,
    },
  };
}

export const peakHoursInput: UsageInputDefinition = {
  label: loc('Hours at peak per month', 'Heures de pic par mois'),
  unit: 'hours',
  default: 30,
};

/** Fleet hours from the fields of fleetFields(). */
export const configuredFleet = (ctx: UsageContext) =>
  fleetHours(
    ctx,
    num(ctx.config, 'capacityRps', 100),
    num(ctx.config, 'minInstances', 1),
    num(ctx.config, 'maxInstances', 1),
    num(ctx.config, 'instanceCount'),
    ctx.usage['peakHoursPerMonth'] ?? 0,
  );
