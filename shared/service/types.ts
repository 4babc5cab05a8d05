/**
 * The service-definition format: one file per service under catalog/services, each a
 * `defineService({...})`. Everything generic engines need is here as data or as small
 * pure functions of plain data; adding a service never touches the simulation, pricing
 * engine, exporter or UI.
 */
import type { ConfigValue, ConnectionKind } from '../model/design';

export type Lang = 'en' | 'fr';
export type Localized = Readonly<Record<Lang, string>>;

export const categories = [
  'compute',
  'containers',
  'storage',
  'databases',
  'networking',
  'security',
  'analytics',
  'ml',
  'devtools',
  'iot',
  'management',
  'integration',
] as const;
export type CategoryId = (typeof categories)[number];

export const categoryNames: Readonly<Record<CategoryId, Localized>> = {
  compute: { en: 'Compute', fr: 'Calcul' },
  containers: { en: 'Containers', fr: 'Conteneurs' },
  storage: { en: 'Storage', fr: 'Stockage' },
  databases: { en: 'Databases', fr: 'Bases de données' },
  networking: { en: 'Networking & content delivery', fr: 'Réseau et diffusion de contenu' },
  security: { en: 'Security & identity', fr: 'Sécurité et identité' },
  analytics: { en: 'Analytics', fr: 'Analyse de données' },
  ml: { en: 'Machine learning', fr: 'Apprentissage automatique' },
  devtools: { en: 'Developer tools', fr: 'Outils de développement' },
  iot: { en: 'Internet of Things', fr: 'Internet des objets' },
  management: { en: 'Management & monitoring', fr: 'Gestion et surveillance' },
  integration: { en: 'Application integration', fr: "Intégration d'applications" },
};

// ---------------------------------------------------------------------------------------
// Config fields: the inspector form is generated from these; defaults must export to a
// deployable resource.

interface FieldBase {
  readonly label: Localized;
  readonly help?: Localized;
  /** Display unit, e.g. 'MB', 'ms', 'GiB', 'shards'. */
  readonly unit?: string;
}
export interface NumberField extends FieldBase {
  readonly type: 'number';
  readonly default: number;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly integer?: boolean;
}
export interface EnumOption {
  readonly value: string;
  readonly label?: string;
  /** Extra facts used by usage functions, e.g. `{ vcpu: 4, memoryGiB: 16 }` for instance types. */
  readonly facts?: Readonly<Record<string, number | string>>;
}
export interface EnumField extends FieldBase {
  readonly type: 'enum';
  readonly default: string;
  readonly options: readonly EnumOption[];
}
export interface StringField extends FieldBase {
  readonly type: 'string';
  readonly default: string;
  readonly pattern?: string;
  readonly maxLength?: number;
}
export interface BooleanField extends FieldBase {
  readonly type: 'boolean';
  readonly default: boolean;
}
export type FieldDefinition = NumberField | EnumField | StringField | BooleanField;
export type FieldMap = Readonly<Record<string, FieldDefinition>>;

/** Usage the user must give because traffic cannot derive it (stored GB, hours running...). */
export interface UsageInputDefinition {
  readonly label: Localized;
  readonly unit: string;
  readonly default: number;
  readonly help?: Localized;
}

// ---------------------------------------------------------------------------------------
// Simulation and pricing

/** Load arriving at a node during one month, as computed by the simulation. */
export interface NodeLoad {
  /** Events arriving per month (requests, messages, records, transactions...). */
  readonly eventsPerMonth: number;
  /** Peak events per second arriving. */
  readonly peakPerSecond: number;
  /** Average bytes per arriving event. */
  readonly avgPayloadBytes: number;
  /** Bytes per month arriving (sum over incoming connections and entry load). */
  readonly bytesPerMonth: number;
  /** Load per incoming connection kind, e.g. { write: ..., read: ... } for a table. */
  readonly byKind: Readonly<
    Partial<Record<ConnectionKind, { eventsPerMonth: number; peakPerSecond: number; bytesPerMonth: number }>>
  >;
}

export interface UsageContext {
  /** Node config merged over the service's field defaults (and scenario overrides). */
  readonly config: Readonly<Record<string, ConfigValue>>;
  /** Usage inputs merged over the service's usage-input defaults (and overrides). */
  readonly usage: Readonly<Record<string, number>>;
  readonly load: NodeLoad;
  /** Hours in the billing month: 730. */
  readonly hoursPerMonth: number;
  /** Facts of the selected enum option of a config field: `ctx.facts('instanceType').vcpu`. */
  facts(field: string): Readonly<Record<string, number | string>>;
}

/** What a service bills this month: quantity per meter key, in the meter's unit. */
export interface UsageResult {
  readonly quantities: Readonly<Record<string, number>>;
  /** Capacity the simulation sized from load (shards, instances...), shown and pinnable. */
  readonly sizing?: Readonly<Record<string, number>>;
  /** Events leaving the node per incoming event (1 = passes through; batching < 1). */
  readonly outputFactor?: number;
  /** Assumptions in words, e.g. 'batch size 100: 20,000 invocations'. */
  readonly assumptions?: readonly string[];
  /** Quota or capacity warnings (Lambda concurrency > 1000, shard over limit...). */
  readonly warnings?: readonly string[];
  /**
   * French text of `warnings`, same order and length (built only when a warning is raised).
   * Absent or of another length: the warnings are shown in English.
   */
  readonly warningsFr?: readonly string[];
}

export interface MeterDefinition {
  /** Key into the price book, e.g. 'lambda.requests'. Globally unique across services. */
  readonly key: string;
  readonly label: Localized;
  /** Unit of the quantity, matching the price book entry, e.g. 'requests', 'GB-s', 'hours'. */
  readonly unit: string;
}

// ---------------------------------------------------------------------------------------
// CloudFormation mapping

/** Intrinsics are plain objects so templates stay data: { Ref }, { 'Fn::GetAtt': [...] }... */
export type CfnValue =
  string | number | boolean | null | readonly CfnValue[] | { readonly [key: string]: CfnValue };

export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Readonly<Record<string, CfnValue>>;
  readonly DependsOn?: string | readonly string[];
  readonly Condition?: string;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

export interface CfnParameter {
  readonly Type: string;
  readonly Default?: string | number;
  readonly Description?: string;
  readonly AllowedValues?: readonly (string | number)[];
  readonly NoEcho?: boolean;
  /** Regular expression the value must match (checked by CloudFormation at deploy time). */
  readonly AllowedPattern?: string;
}

/** Given to a service's CloudFormation functions by the exporter. */
export interface CfnContext {
  /** The node's id, used as (prefix of) its logical ids. */
  readonly nodeId: string;
  readonly config: Readonly<Record<string, ConfigValue>>;
  /** Logical id of the node's IAM role, if the exporter gives it one (compute nodes). */
  readonly roleLogicalId?: string;
  /** Subnet ids and security group ids from the node's group, as CfnValues. */
  readonly subnetIds: readonly CfnValue[];
  readonly securityGroupIds: readonly CfnValue[];
  /** The VPC of the node's group ({ Ref: 'Vpc' }), when the node sits in a VPC group. */
  readonly vpcId?: CfnValue;
  /** Environment variables that connections add to this node ({ TABLE_NAME: { Ref: 'Table' } }). */
  readonly environment: Readonly<Record<string, CfnValue>>;
  /** Declares (or reuses) a template parameter and returns { Ref: name }. */
  param(name: string, definition: CfnParameter): CfnValue;
}

export interface CfnMapping {
  /** The node's main resource type(s), checked against the CloudFormation spec. */
  readonly types: readonly string[];
  /** Whether the node needs an execution role (Lambda, ECS task, EC2, SageMaker, Step Functions). */
  readonly role?: { readonly principal: string; readonly managedPolicyArns?: readonly string[] };
  /**
   * Resources for the node, keyed by logical id (the main one should be `ctx.nodeId`). A
   * resource may carry a Condition declared by `conditions` (created only once a parameter
   * is set, e.g. a model endpoint waiting for its artifact): the exporter then guards every
   * reference to it from other resources, policies, variables and outputs.
   */
  resources(ctx: CfnContext): Readonly<Record<string, CfnResource>>;
  /** The ARN of the node's main resource, for IAM statements that target it. */
  arn?(nodeId: string): CfnValue;
  /** The value `Ref`-like name used in env vars (table name, queue URL, topic ARN...). */
  reference?(nodeId: string): CfnValue;
  /** Outputs (endpoint URL, ARN...), keyed by output name. */
  outputs?(nodeId: string): Readonly<Record<string, { Value: CfnValue; Description: string }>>;
  /**
   * Import: the node config recovered from the main resource's Properties, for the fields
   * whose mapping is invertible (memory, runtime, shard count...); fields left out take
   * their defaults. Return undefined when the resource is not this service's (when several
   * services share a main type, e.g. two kinds of SageMaker pipeline). Without it, the
   * importer recovers enum/boolean fields by replaying `resources` and number/string fields
   * the mapping copies as they are.
   */
  fromResource?(
    properties: Readonly<Record<string, CfnValue>>,
    type: string,
  ): Readonly<Record<string, ConfigValue>> | undefined;
  /**
   * Export: what the user must still do for this node to work once deployed (placeholder
   * inline code to replace, a region-specific image to check...). Listed as warnings.
   */
  exportNotes?(ctx: CfnContext): readonly string[];
  /**
   * Export: template Mappings the node's resources read with Fn::FindInMap (e.g. the
   * account of a region's container registry, keyed by region). Merged across nodes; a
   * value declared twice differently is reported.
   */
  mappings?(ctx: CfnContext): Readonly<Record<string, CfnMappingTable>>;
  /**
   * Export: template Conditions the node's resources use (Condition, Fn::If), e.g. "the
   * user gave a code bucket". Merged across nodes like mappings.
   */
  conditions?(ctx: CfnContext): Readonly<Record<string, CfnValue>>;
}

/** One template mapping: top-level key (a region...) -> second-level key -> value. */
export type CfnMappingTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Given to a connection's wiring function. */
export interface WiringContext {
  readonly source: { readonly id: string; readonly config: Readonly<Record<string, ConfigValue>> };
  readonly target: { readonly id: string; readonly config: Readonly<Record<string, ConfigValue>> };
  readonly connectionId: string;
  readonly kind: ConnectionKind;
  /** CfnMapping.arn / reference of the target and source, resolved by the exporter. */
  readonly targetArn: CfnValue;
  readonly sourceArn: CfnValue;
  readonly targetRef: CfnValue;
  readonly sourceRef: CfnValue;
  /** Logical ids of the source's and target's execution roles, when the exporter gives them
   * one (e.g. a stream -> Lambda mapping grants the function's role read access to the stream). */
  readonly sourceRoleLogicalId?: string;
  readonly targetRoleLogicalId?: string;
}

/** What one allowed connection implies, declared on the SOURCE service. */
export interface ConnectionRule {
  /** Target service ids (catalog ids). */
  readonly targets: readonly string[];
  readonly kinds: readonly ConnectionKind[];
  /** IAM actions granted on the source's role, per kind, on the target's ARN. */
  readonly iam?: Partial<Record<ConnectionKind, readonly string[]>>;
  /** Sub-resources of the target ARN to grant too, e.g. ['/index/*'] for DynamoDB. */
  readonly iamResourceSuffixes?: readonly string[];
  /** Environment variable on the source naming the target, value = target reference. */
  readonly env?: string;
  /**
   * The source cannot exist without the target (Model Monitor watches an endpoint). When
   * the target's resources carry a Condition (an endpoint waiting for its model), the
   * source gets the target's reference as it is and the resources using it share that
   * condition. Otherwise the reference is made conditional instead: the variable is empty
   * and the IAM statement absent until the target exists.
   */
  readonly requiresTarget?: boolean;
  /** Extra resources: event-source mappings, permissions, subscriptions, notifications. */
  wiring?(ctx: WiringContext): Readonly<Record<string, CfnResource>>;
  /** Shown in the UI, e.g. 'Lambda reads records from the stream in batches'. */
  readonly description?: Localized;
}

// ---------------------------------------------------------------------------------------

export interface ServiceDefinition {
  /** Catalog id, lower camel case: 'lambda', 'dynamodb', 'sagemakerEndpoint'. */
  readonly id: string;
  readonly name: Localized;
  readonly description: Localized;
  /** Search aliases in both languages: 'bucket', 'queue', "file d'attente". */
  readonly aliases: readonly string[];
  readonly category: CategoryId;
  /** Icon path inside the `aws-icons` package, e.g. 'architecture-service/AWSLambda.svg'. */
  readonly icon: string;
  /** Whether the node can receive an entry load in a scenario (API Gateway, IoT Core...). */
  readonly entryPoint?: boolean;
  /** Whether this service is a container drawn as a group (VPC, subnet). */
  readonly group?: boolean;
  /**
   * Set when AWS has retired the service: it can no longer be created, so a design using it
   * cannot deploy as drawn. It stays in the catalog so that existing designs and imported
   * templates still open; the palette marks it, validation reports each node using it as an
   * error, the export refuses it unless forced, and its meters are not sold (not counted as
   * price-book gaps).
   */
  readonly retired?: ServiceRetirement;
  /**
   * Regions where AWS does not offer the service (region -> the AWS text that lists where it
   * is offered). A node of the service in such a region is a validation error, and the
   * service's meters are not sold there (not counted as price-book gaps).
   */
  readonly notOfferedIn?: Readonly<Record<string, string>>;
  readonly config: FieldMap;
  readonly usageInputs?: Readonly<Record<string, UsageInputDefinition>>;
  readonly meters: readonly MeterDefinition[];
  /** Turns load + config + usage inputs into billable quantities per meter key. Pure. */
  usage(ctx: UsageContext): UsageResult;
  readonly cloudformation: CfnMapping;
  /** Outgoing connections this service may make. Anything else is refused. */
  readonly connections: readonly ConnectionRule[];
}

export interface ServiceRetirement {
  /** The day AWS ended the service (ISO date). */
  readonly on: string;
  /** The AWS notice that says so. */
  readonly source: string;
  /** What to draw instead, from services of this catalog. */
  readonly instead: Localized;
}

/** Identity helper that gives catalog files type checking and inference. */
export function defineService<const T extends ServiceDefinition>(definition: T): T {
  return definition;
}

export type Catalog = Readonly<Record<string, ServiceDefinition>>;

// ---------------------------------------------------------------------------------------
// Price books: catalog/prices/<region>.json

export interface PriceTier {
  /** Upper bound of the tier in the meter's unit (cumulative); null = no bound. */
  readonly upTo: number | null;
  /** USD per `per` units in this tier. */
  readonly usd: number;
}

export interface PriceEntry {
  readonly unit: string;
  /** Tier prices apply per `per` units (1 for per-GB, 1000000 for per-million-requests). */
  readonly per: number;
  readonly tiers: readonly PriceTier[];
  /** Free quantity per account per month in the meter's unit. */
  readonly freeTier?: {
    readonly quantity: number;
    readonly kind: 'always' | '12months' | 'trial';
    /**
     * Meters whose free tier names the same pool share one allowance (each lists the same
     * quantity), split in proportion to their account-wide use: Lambda's 400,000 GB-seconds
     * cover x86 and Arm "in aggregate".
     */
    readonly pool?: string;
  };
  /**
   * Commitment rates (no upfront) as a fraction of on-demand, e.g. { commit1y: 0.64, commit3y: 0.44 }.
   * `note` says how the factor was derived (copies compared, hourly rates used).
   */
  readonly commitments?: Partial<
    Record<
      'commit1y' | 'commit3y',
      { readonly factor: number; readonly source: string; readonly note?: string }
    >
  >;
  readonly source: string;
  readonly as_of: string;
  readonly note?: string;
  /**
   * How the figure was confirmed: 'aws-text' (read on an AWS pricing page or doc),
   * 'aws-example' (derived from an AWS worked example), 'aws-offer' (an AWS Price List
   * offer file), or 'transcription' (a third-party copy of AWS Price List data, agreeing
   * across independent copies; shown to users as unverified), or 'user' (a price the user
   * set in the design, see Design.priceOverrides). Absent = 'aws-text'.
   */
  readonly verification?: 'aws-text' | 'aws-example' | 'aws-offer' | 'transcription' | 'user';
}

export interface PriceBook {
  readonly region: string;
  readonly currency: 'USD';
  readonly as_of: string;
  readonly meters: Readonly<Record<string, PriceEntry>>;
  /** Meters that cannot be priced in this region, with the reason. */
  readonly missing?: Readonly<Record<string, string>>;
}
