import type { Connection, ServiceNode } from '../model/design';
import type { CfnValue, ConnectionRule, ServiceDefinition } from '../service/types';
import { ref, withSuffix, type TemplateBuilder } from './builder';
import type { Statement } from './iam';

/** One connection to export, with both ends resolved and the rule that allows it. */
export interface Wire {
  readonly connection: Connection;
  readonly source: ServiceNode;
  readonly target: ServiceNode;
  readonly sourceService: ServiceDefinition;
  readonly targetService: ServiceDefinition;
  readonly rule: ConnectionRule;
}

/** A copy of the record with its keys in code-point order (deterministic output). */
export function sortKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The ARN a service declares for a node, else `{ Ref: id }`.
 *
 * @example
 * arnOf(catalog.dynamodb, 'Table') // { 'Fn::GetAtt': ['Table', 'Arn'] }
 */
export function arnOf(service: ServiceDefinition, id: string): CfnValue {
  return service.cloudformation.arn?.(id) ?? ref(id);
}
/** The value naming a node in environment variables (table name, queue URL...), else `{ Ref: id }`. */
export function referenceOf(service: ServiceDefinition, id: string): CfnValue {
  return service.cloudformation.reference?.(id) ?? ref(id);
}

/**
 * IAM statements per node that has a role. The rule's actions for the connection kind go on
 * the source's role, on the target's ARN (plus the rule's sub-resource suffixes). When the
 * source has no role but the target has one (a stream or queue polled by a function), the
 * target's role gets them on the source's ARN. A role reaching a resource encrypted with a
 * key node also gets the use of that key (see keyStatement).
 */
export function iamStatements(
  wires: readonly Wire[],
  roles: ReadonlyMap<string, string>,
  out: TemplateBuilder,
  present: (value: CfnValue) => boolean,
): Map<string, Statement[]> {
  const result = new Map<string, Statement[]>();
  for (const wire of wires) {
    const actions = wire.rule.iam?.[wire.connection.kind];
    if (!actions || actions.length === 0) continue;
    const onSource = roles.has(wire.source.id);
    const holder = onSource ? wire.source : roles.has(wire.target.id) ? wire.target : undefined;
    if (holder === undefined) {
      out.problems.push({
        severity: 'warning',
        code: 'no_role_for_permissions',
        message: `${wire.connection.id}: neither ${wire.source.id} nor ${wire.target.id} has an execution role to hold ${actions.join(', ')}`,
        params: {
          connection: wire.connection.id,
          source: wire.source.id,
          target: wire.target.id,
          actions: actions.join(', '),
        },
        connectionId: wire.connection.id,
      });
      continue;
    }
    const [resourceService, resourceId] = onSource
      ? [wire.targetService, wire.target.id]
      : [wire.sourceService, wire.source.id];
    const arn = resourceService.cloudformation.arn?.(resourceId);
    let resources: CfnValue[];
    if (arn === undefined) {
      resources = ['*'];
      out.problems.push({
        severity: 'warning',
        code: 'iam_wildcard',
        message: `${resourceService.name.en} declares no ARN: ${actions.join(', ')} for ${wire.connection.id} is granted on "*"`,
        params: {
          service: resourceService.name.fr,
          actions: actions.join(', '),
          connection: wire.connection.id,
        },
        connectionId: wire.connection.id,
      });
    } else if (!present(arn)) {
      resources = ['*'];
      out.problems.push({
        severity: 'warning',
        code: 'iam_target_without_resource',
        message: `${resourceId} creates no resource in its configuration: ${actions.join(', ')} for ${wire.connection.id} is granted on "*"`,
        params: { node: resourceId, actions: actions.join(', '), connection: wire.connection.id },
        connectionId: wire.connection.id,
      });
    } else
      resources = [arn, ...(wire.rule.iamResourceSuffixes ?? []).map((suffix) => withSuffix(arn, suffix))];
    const list = result.get(holder.id) ?? [];
    list.push({ Sid: wire.connection.id, Effect: 'Allow', Action: [...actions], Resource: resources });
    result.set(holder.id, list);
  }
  const keysOf = new Map<string, Wire[]>(); // encrypted node → its encrypt connections
  for (const wire of wires)
    if (wire.connection.kind === 'encrypt')
      keysOf.set(wire.source.id, [...(keysOf.get(wire.source.id) ?? []), wire]);
  for (const wire of wires) {
    // Key use follows data access: granted IAM actions on the target, or records the
    // target's role pulls from the source (event-source mappings, triggers).
    const actions = wire.rule.iam?.[wire.connection.kind] ?? [];
    const [holder, resourceId] =
      actions.length > 0 && roles.has(wire.source.id)
        ? [wire.source.id, wire.target.id]
        : !roles.has(wire.source.id) && roles.has(wire.target.id)
          ? [wire.target.id, wire.source.id]
          : [undefined, undefined];
    if (holder === undefined) continue;
    const key = keyStatement(wire, actions, keysOf.get(resourceId) ?? [], present);
    if (key !== undefined) result.set(holder, [...(result.get(holder) ?? []), key]);
  }
  return result;
}

/** Connection kinds that put data into the resource they reach. */
const writingKinds: ReadonlySet<string> = new Set(['write', 'publish', 'train']);
/** Actions whose verb writes data (s3:PutObject, sqs:SendMessage, kinesis:PutRecords...). */
const writingVerb = /^[a-z0-9-]+:(Put|Write|BatchWrite|Update|Send|Publish|Upload|Create)/;

/**
 * A resource encrypted with a customer managed key (it has an `encrypt` connection to a
 * key node) is only usable by a role that may also use the key: readers need kms:Decrypt,
 * writers kms:GenerateDataKey and kms:Decrypt, on that key's ARN only. Derived from the
 * connections, for any service: what matters is which node the role reaches and whether
 * the access writes (by connection kind or by the verbs of the granted actions).
 *
 * @example
 * // Training -train-> DataLake -encrypt-> DataKey gives Training's role:
 * // { Sid: 'TrainingToDataLakeKey', Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
 * //   Resource: [{ 'Fn::GetAtt': ['DataKey', 'Arn'] }] }
 */
function keyStatement(
  access: Wire,
  actions: readonly string[],
  encryptions: readonly Wire[],
  present: (value: CfnValue) => boolean,
): Statement | undefined {
  if (access.connection.kind === 'encrypt') return undefined;
  const keys = encryptions
    .map((w) => w.targetService.cloudformation.arn?.(w.target.id))
    .filter((arn): arn is CfnValue => arn !== undefined && present(arn));
  if (keys.length === 0) return undefined;
  const writes = writingKinds.has(access.connection.kind) || actions.some((a) => writingVerb.test(a));
  return {
    Sid: `${access.connection.id}Key`,
    Effect: 'Allow',
    Action: writes ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'],
    Resource: keys,
  };
}

/**
 * Environment variables per source node: the rule's name = the target's reference. When a
 * node has several targets under the same name, each gets the target id as suffix
 * (TABLE_NAME_TRANSACTIONS, TABLE_NAME_PROFILES). A target created only under a condition
 * gives an empty variable until then (Fn::If), unless the rule says the source requires it.
 */
export function environments(
  wires: readonly Wire[],
  out: TemplateBuilder,
  present: (value: CfnValue) => boolean,
  conditionOf: (value: CfnValue) => string | undefined = () => undefined,
): Map<string, Record<string, CfnValue>> {
  const wanted = new Map<string, Map<string, Map<string, CfnValue>>>(); // source → name → target → value
  for (const wire of wires) {
    if (!wire.rule.env) continue;
    if (!present(referenceOf(wire.targetService, wire.target.id))) {
      out.problems.push({
        severity: 'warning',
        code: 'env_target_without_resource',
        message: `${wire.target.id} creates no resource in its configuration: ${wire.source.id} gets no ${wire.rule.env} variable`,
        params: { node: wire.target.id, source: wire.source.id, variable: wire.rule.env },
        connectionId: wire.connection.id,
      });
      continue;
    }
    const names = wanted.get(wire.source.id) ?? new Map<string, Map<string, CfnValue>>();
    const targets = names.get(wire.rule.env) ?? new Map<string, CfnValue>();
    const reference = referenceOf(wire.targetService, wire.target.id);
    const condition = wire.rule.requiresTarget ? undefined : conditionOf(reference);
    targets.set(
      wire.target.id,
      condition === undefined ? reference : { 'Fn::If': [condition, reference, ''] },
    );
    names.set(wire.rule.env, targets);
    wanted.set(wire.source.id, names);
  }
  const result = new Map<string, Record<string, CfnValue>>();
  for (const [source, names] of wanted) {
    const variables: Record<string, CfnValue> = {};
    for (const [name, targets] of [...names].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (targets.size === 1) variables[name] = [...targets.values()][0]!;
      else
        for (const [target, value] of [...targets].sort(([a], [b]) => (a < b ? -1 : 1)))
          variables[`${name}_${target.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`] = value;
    }
    result.set(source, sortKeys(variables));
  }
  return result;
}
