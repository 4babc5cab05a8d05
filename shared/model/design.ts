import { z } from 'zod';

/**
 * The Design document: the one source of truth that is saved to `.nuage.json`, priced,
 * validated and exported. Plain JSON data only (no React Flow objects, no functions).
 */
export const CURRENT_SCHEMA_VERSION = 1 as const;

/** A node id is also its CloudFormation logical id: alphanumeric, starts with a letter. */
export const NODE_ID_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

export const connectionKinds = [
  'invoke', // synchronous call (API Gateway -> Lambda, Lambda -> SageMaker endpoint)
  'stream', // records flow through a stream (Kinesis -> Lambda, DynamoDB stream -> Lambda)
  'read', // source reads data from target
  'write', // source writes data to target
  'publish', // source publishes messages to a topic/bus/queue
  'subscribe', // topic delivers to a subscriber (SNS -> SQS/Lambda/email)
  'trigger', // target is invoked by an event of the source (S3 -> Lambda, EventBridge rule -> target)
  'encrypt', // source uses a KMS key
  'log', // source sends logs/metrics to CloudWatch
  'monitor', // source observes target (Model Monitor -> endpoint, CloudWatch alarm -> resource)
  'route', // network routing (CloudFront -> ALB/S3, Route 53 -> CloudFront, ALB -> targets)
  'deploy', // developer tools deploying to a target
  'train', // ML training reading data / producing models
] as const;
export type ConnectionKind = (typeof connectionKinds)[number];

export const groupKinds = ['vpc', 'availabilityZone', 'subnet'] as const;
export type GroupKind = (typeof groupKinds)[number];

const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Position = z.infer<typeof positionSchema>;

const idSchema = z
  .string()
  .regex(NODE_ID_PATTERN, 'must be alphanumeric, start with a letter, at most 64 characters');

/** Free-form config values: what CloudFormation needs (memory, runtime, instance type...). */
const configValueSchema = z.union([
  z.string(),
  z.number().finite(),
  z.boolean(),
  z.array(z.union([z.string(), z.number().finite()])),
]);
export type ConfigValue = z.infer<typeof configValueSchema>;

export const serviceNodeSchema = z.object({
  id: idSchema,
  /** Catalog service id, e.g. `lambda`, `dynamodb`. */
  service: z.string().min(1),
  label: z.string(),
  position: positionSchema,
  /** Id of the innermost group (subnet, AZ or VPC) this node sits in. */
  group: idSchema.optional(),
  config: z.record(z.string(), configValueSchema).default({}),
  /** Usage the traffic cannot derive (stored GB, retention days, hours running...). */
  usage: z.record(z.string(), z.number().finite().nonnegative()).default({}),
});
export type ServiceNode = z.infer<typeof serviceNodeSchema>;

export const connectionSchema = z.object({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  kind: z.enum(connectionKinds),
  /** Share of the source's events that travel this connection (0.02 = 2 % flagged). */
  ratio: z.number().finite().nonnegative().default(1),
  /** Bytes per event on this connection; defaults to the payload arriving at the source. */
  payloadBytes: z.number().finite().positive().optional(),
  label: z.string().optional(),
});
export type Connection = z.infer<typeof connectionSchema>;

export const groupSchema = z.object({
  id: idSchema,
  kind: z.enum(groupKinds),
  label: z.string(),
  /** Enclosing group: subnet -> AZ or VPC, AZ -> VPC. */
  parent: idSchema.optional(),
  position: positionSchema,
  size: z.object({ width: z.number().positive(), height: z.number().positive() }),
  /** cidr (VPC/subnet), public (subnet), zone index (AZ). */
  config: z.record(z.string(), configValueSchema).default({}),
});
export type Group = z.infer<typeof groupSchema>;

/** A low / expected / high figure: every estimate can be shown as a range. */
const rangeSchema = z.object({
  low: z.number().finite().nonnegative().optional(),
  high: z.number().finite().nonnegative().optional(),
});

export const entryLoadSchema = z.object({
  nodeId: idSchema,
  eventsPerMonth: z.number().finite().nonnegative(),
  /** Peak events per second (sizes capacity-priced services); defaults to average x 3. */
  peakPerSecond: z.number().finite().nonnegative().optional(),
  payloadBytes: z.number().finite().positive().default(1024),
  /** Bytes returned to the caller per event (API responses): priced as internet egress. */
  responseBytes: z.number().finite().nonnegative().optional(),
  range: rangeSchema.optional(),
});
export type EntryLoad = z.infer<typeof entryLoadSchema>;

export const purchaseOptions = ['onDemand', 'commit1y', 'commit3y'] as const;
export type PurchaseOption = (typeof purchaseOptions)[number];

export const scenarioSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Overrides the design's region for this scenario. */
  region: z.string().optional(),
  freeTier: z.boolean().default(true),
  /** Monthly growth of every entry load, 0.05 = +5 % per month. */
  growthPerMonth: z.number().finite().default(0),
  purchaseOption: z.enum(purchaseOptions).default('onDemand'),
  loads: z.array(entryLoadSchema).default([]),
  /** Per-node config/usage overrides (endpoint instance type, Lambda memory...). */
  overrides: z
    .record(
      idSchema,
      z.object({
        config: z.record(z.string(), configValueSchema).default({}),
        usage: z.record(z.string(), z.number().finite().nonnegative()).default({}),
      }),
    )
    .default({}),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/**
 * A price the user knows for one meter in one region (from the AWS page, or a negotiated /
 * EDP discount): replaces the bundled price, or prices a meter the price book lacks.
 */
export const priceOverrideSchema = z.object({
  region: z.string().min(1),
  /** Price-book meter key, e.g. `sagemaker.hosting.ml.m5.xlarge.hours`. */
  meter: z.string().min(1),
  /** USD per `per` units of the meter. */
  usd: z.number().finite().nonnegative(),
  per: z.number().finite().positive().default(1),
  /** Where the figure comes from ("AWS page 2026-11", "EDP -12 %"). */
  note: z.string().optional(),
});
export type PriceOverride = z.infer<typeof priceOverrideSchema>;

export const designSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  name: z.string().min(1),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region code like us-east-1'),
  nodes: z.array(serviceNodeSchema).default([]),
  connections: z.array(connectionSchema).default([]),
  groups: z.array(groupSchema).default([]),
  scenarios: z.array(scenarioSchema).default([]),
  activeScenarioId: idSchema.optional(),
  notes: z.string().default(''),
  /** User prices, unique per (region, meter). Absent = none (files before this field). */
  priceOverrides: z.array(priceOverrideSchema).optional(),
});
export type Design = z.infer<typeof designSchema>;
/** What callers may write: defaults not yet applied. */
export type DesignInput = z.input<typeof designSchema>;
