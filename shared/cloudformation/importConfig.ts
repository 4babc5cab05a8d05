import type { ConfigValue } from '../model/design';
import { fieldSchema, resolveConfig } from '../service/fields';
import type { CfnResource, CfnValue, FieldDefinition, ServiceDefinition } from '../service/types';
import type { ImportedResource } from './importShape';

type Resources = Readonly<Record<string, ImportedResource>>;
type Replayed = Readonly<Record<string, CfnResource>>;

/**
 * The service's resources for a node with this id and config; undefined when the mapping throws.
 *
 * @example
 * Object.keys(replay(catalog.lambda, 'Fn', {})!) // ['Fn', 'FnLogs']
 */
export function replay(
  service: ServiceDefinition,
  nodeId: string,
  config: Readonly<Record<string, ConfigValue>>,
): Replayed | undefined {
  try {
    return service.cloudformation.resources({
      nodeId,
      config: resolveConfig(service, config),
      roleLogicalId: `${nodeId}Role`,
      subnetIds: [],
      securityGroupIds: [],
      environment: {},
      param: (name) => ({ Ref: name }),
    });
  } catch {
    return undefined;
  }
}

/**
 * How close a replayed value is to the template's: matching leaves count 1, differing
 * strings the share of words they have in common (tells two pipeline kinds apart), keys
 * only the replay has count -1.
 *
 * @example
 * similarity({ A: 1, B: 2 }, { A: 1 }) // 0.5 + 1 - 1 = 0.5
 */
export function similarity(replayed: unknown, actual: unknown): number {
  if (typeof actual === 'string' && typeof replayed === 'string') {
    if (actual === replayed) return 1;
    const words = (text: string): Set<string> => new Set(text.split(/[^A-Za-z0-9]+/).filter(Boolean));
    const [x, y] = [words(actual), words(replayed)];
    const common = [...x].filter((w) => y.has(w)).length;
    return common / Math.max(1, new Set([...x, ...y]).size);
  }
  if (Array.isArray(actual) && Array.isArray(replayed))
    return actual.reduce((sum: number, item, i) => sum + similarity(replayed[i], item), 0);
  if (typeof actual === 'object' && actual !== null && typeof replayed === 'object' && replayed !== null) {
    let score = 0;
    for (const [key, value] of Object.entries(actual))
      if (key in replayed) score += 0.5 + similarity((replayed as Record<string, unknown>)[key], value);
    // What the replay adds and the template lacks counts against it.
    for (const key of Object.keys(replayed)) if (!(key in actual)) score -= 1;
    return score;
  }
  return actual === replayed ? 1 : 0;
}

/** Similarity of everything the replay creates that the template has too; -Infinity when the main resource differs. */
function fit(replayed: Replayed | undefined, logicalId: string, resources: Resources): number {
  if (replayed === undefined || replayed[logicalId]?.Type !== resources[logicalId]!.Type) return -Infinity;
  let score = 0;
  for (const [id, resource] of Object.entries(replayed))
    if (resources[id]?.Type === resource.Type)
      score += similarity(resource.Properties ?? {}, resources[id]!.Properties);
  return score;
}

/** Paths (keys and indexes) at which `value` sits in `tree`. */
function pathsOf(
  tree: unknown,
  value: string | number,
  at: readonly (string | number)[] = [],
): (string | number)[][] {
  if (tree === value) return [[...at]];
  if (Array.isArray(tree)) return tree.flatMap((item, i) => pathsOf(item, value, [...at, i]));
  if (typeof tree === 'object' && tree !== null)
    return Object.entries(tree).flatMap(([key, item]) => pathsOf(item, value, [...at, key]));
  return [];
}

function valueAt(tree: unknown, path: readonly (string | number)[]): unknown {
  let current = tree;
  for (const step of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/**
 * Reads a number or string field back by probing: two sentinel values go through the
 * mapping, and where both land untouched in a resource the template holds, the
 * template's value at that spot is the field's value (when the field accepts it).
 */
function probe(
  service: ServiceDefinition,
  logicalId: string,
  resources: Resources,
  config: Readonly<Record<string, ConfigValue>>,
  key: string,
  field: FieldDefinition,
): ConfigValue | undefined {
  const [a, b] = field.type === 'number' ? [7654321, 7654329] : ['nuageProbeA', 'nuageProbeB'];
  const first = replay(service, logicalId, { ...config, [key]: a });
  const second = replay(service, logicalId, { ...config, [key]: b });
  if (!first || !second) return undefined;
  for (const [id, resource] of Object.entries(first)) {
    const actual = resources[id];
    if (actual?.Type !== resource.Type) continue;
    for (const path of pathsOf(resource.Properties, a)) {
      if (valueAt(second[id]?.Properties, path) !== b) continue;
      let found = valueAt(actual.Properties, path);
      if (field.type === 'number' && typeof found === 'string' && found.trim() !== '') found = Number(found);
      if (fieldSchema(field).safeParse(found).success) return found as ConfigValue;
    }
  }
  return undefined;
}

/**
 * The config of a node recovered from the template without help from the service: enum
 * and boolean fields take the value whose replay fits the template best, number and string
 * fields are read back where the mapping copies them. The service's `fromResource` hook,
 * when it has one, has the last word (and may say the resource is not its own: undefined).
 *
 * @example
 * recoverConfig(lambda, 'Fn', { Fn: { Type: 'AWS::Lambda::Function', Properties: { MemorySize: 1024, ... } } })
 * // { memoryMb: 1024, runtime: 'python3.12', ... }
 */
export function recoverConfig(
  service: ServiceDefinition,
  logicalId: string,
  resources: Resources,
): { config: Record<string, ConfigValue>; replayed: Replayed; score: number } | undefined {
  const resource = resources[logicalId]!;
  const config: Record<string, ConfigValue> = {};
  let best = fit(replay(service, logicalId, config), logicalId, resources);
  const trials = (field: FieldDefinition): ConfigValue[] => {
    if (field.type === 'enum') return field.options.map((o) => o.value);
    if (field.type === 'boolean') return [true, false];
    // A count can decide which resources exist (0 instances → an Auto Scaling group).
    if (field.type === 'number' && best === -Infinity)
      return [field.min, field.max, 0, 1, 2].filter(
        (n): n is number => n !== undefined && fieldSchema(field).safeParse(n).success,
      );
    return [];
  };
  for (const [key, field] of Object.entries(service.config)) {
    for (const option of trials(field)) {
      if (option === field.default) continue;
      const score = fit(replay(service, logicalId, { ...config, [key]: option }), logicalId, resources);
      if (score > best) {
        best = score;
        config[key] = option;
      }
    }
  }
  if (best === -Infinity) return undefined;
  for (const [key, field] of Object.entries(service.config)) {
    if ((field.type !== 'number' && field.type !== 'string') || key in config) continue;
    const found = probe(service, logicalId, resources, config, key, field);
    if (found !== undefined && found !== field.default) config[key] = found;
  }
  const hook = service.cloudformation.fromResource;
  if (hook) {
    const given = hook(resource.Properties as Readonly<Record<string, CfnValue>>, resource.Type);
    if (given === undefined) return undefined;
    for (const [key, value] of Object.entries(given)) {
      const field = service.config[key];
      if (field !== undefined && fieldSchema(field).safeParse(value).success) config[key] = value;
    }
  }
  const replayed = replay(service, logicalId, config);
  const score = fit(replayed, logicalId, resources);
  // On equal fit, the service that explains the resource with its defaults wins
  // (an S3 bucket moved to Glacier is a Glacier vault, not a bucket with a lifecycle).
  return score === -Infinity || replayed === undefined
    ? undefined
    : { config, replayed, score: score - 0.001 * Object.keys(config).length };
}
