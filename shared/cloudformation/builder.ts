import type { CfnMappingTable, CfnParameter, CfnResource, CfnValue } from '../service/types';
import type { Problem } from '../validation/problem';

/** A CloudFormation template as plain data, long-form intrinsics. */
export interface Template {
  readonly AWSTemplateFormatVersion: '2010-09-09';
  readonly Description: string;
  readonly Parameters?: Readonly<Record<string, CfnParameter & { readonly AllowedPattern?: string }>>;
  readonly Mappings?: Readonly<Record<string, CfnMappingTable>>;
  readonly Conditions?: Readonly<Record<string, CfnValue>>;
  readonly Resources: Readonly<Record<string, CfnResource>>;
  readonly Outputs?: Readonly<
    Record<string, { readonly Condition?: string; readonly Value: CfnValue; readonly Description: string }>
  >;
}

export const ref = (name: string): CfnValue => ({ Ref: name });
export const getAtt = (name: string, attribute: string): CfnValue => ({ 'Fn::GetAtt': [name, attribute] });

/**
 * A value followed by a literal suffix: `${Table.Arn}/index/*` as Fn::Sub where the value
 * is a Ref/GetAtt/string, Fn::Join otherwise.
 *
 * @example
 * withSuffix({ 'Fn::GetAtt': ['Table', 'Arn'] }, '/index/*') // { 'Fn::Sub': '${Table.Arn}/index/*' }
 */
export function withSuffix(value: CfnValue, suffix: string): CfnValue {
  const escaped = suffix.replace(/\$\{/g, '${!');
  if (typeof value === 'string') return `${value}${suffix}`;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Readonly<Record<string, CfnValue>>;
    const keys = Object.keys(object);
    if (keys.length === 1 && typeof object['Ref'] === 'string')
      return { 'Fn::Sub': `\${${object['Ref']}}${escaped}` };
    const att = object['Fn::GetAtt'];
    if (
      keys.length === 1 &&
      Array.isArray(att) &&
      att.length === 2 &&
      att.every((a) => typeof a === 'string')
    )
      return { 'Fn::Sub': `\${${att[0] as string}.${att[1] as string}}${escaped}` };
    if (keys.length === 1 && typeof object['Fn::Sub'] === 'string')
      return { 'Fn::Sub': `${object['Fn::Sub']}${escaped}` };
  }
  return { 'Fn::Join': ['', [value, suffix]] };
}

/**
 * Mutable accumulator used while one export runs; never escapes toTemplate.
 *
 * @example
 * const out = new TemplateBuilder(['Fn']);
 * out.freeId('Fn') // 'Fn2' (node ids are taken)
 */
export class TemplateBuilder {
  readonly resources: Record<string, CfnResource> = {};
  readonly parameters: Record<string, CfnParameter & { AllowedPattern?: string }> = {};
  readonly outputs: Record<string, { Condition?: string; Value: CfnValue; Description: string }> = {};
  readonly mappings: Record<string, Record<string, Record<string, string>>> = {};
  readonly conditions: Record<string, CfnValue> = {};
  readonly problems: Problem[] = [];
  /** Logical ids taken by design objects and generated resources. */
  private readonly taken: Set<string>;

  constructor(reserved: Iterable<string>) {
    this.taken = new Set(reserved);
  }

  /** A free logical id: `wanted`, else `wanted2`, `wanted3`... (deterministic). */
  freeId(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id) || id in this.resources; n++) id = `${wanted}${n}`;
    this.taken.add(id);
    return id;
  }

  /** Adds resources under their own ids; an id used twice is reported, never overwritten. */
  addResources(
    resources: Readonly<Record<string, CfnResource>>,
    owner: { nodeId?: string; connectionId?: string },
  ): void {
    for (const [id, resource] of Object.entries(resources)) {
      const existing = this.resources[id];
      if (existing === undefined) {
        this.resources[id] = resource;
        continue;
      }
      if (existing.Type === resource.Type && owner.connectionId !== undefined) {
        const merged = mergeResource(existing, resource);
        if (merged !== undefined) {
          this.resources[id] = merged;
          continue;
        }
      }
      this.problems.push({
        severity: 'error',
        code: 'duplicate_logical_id',
        message: `Two resources want the logical id "${id}" (${existing.Type} and ${resource.Type}); the second is left out`,
        params: { id, first: existing.Type, second: resource.Type },
        ...owner,
      });
    }
  }

  /** Adds a node's mappings, entry by entry; an entry given two different values keeps the first. */
  addMappings(mappings: Readonly<Record<string, CfnMappingTable>>, nodeId: string): void {
    for (const [name, table] of Object.entries(mappings)) {
      const target = (this.mappings[name] ??= {});
      for (const [top, entries] of Object.entries(table)) {
        const row = (target[top] ??= {});
        for (const [key, value] of Object.entries(entries)) {
          if (row[key] !== undefined && row[key] !== value)
            this.problems.push({
              severity: 'warning',
              code: 'mapping_conflict',
              message: `Mapping ${name}.${top}.${key} is declared twice with different values; the first is kept`,
              params: { key: `${name}.${top}.${key}` },
              nodeId,
            });
          row[key] ??= value;
        }
      }
    }
  }

  /** Adds a node's conditions; one declared twice differently keeps the first. */
  addConditions(conditions: Readonly<Record<string, CfnValue>>, nodeId: string): void {
    for (const [name, condition] of Object.entries(conditions)) {
      const existing = this.conditions[name];
      if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(condition))
        this.problems.push({
          severity: 'warning',
          code: 'condition_conflict',
          message: `Condition ${name} is declared twice with different definitions; the first is kept`,
          params: { name },
          nodeId,
        });
      this.conditions[name] ??= condition;
    }
  }

  param(name: string, definition: CfnParameter & { AllowedPattern?: string }): CfnValue {
    const existing = this.parameters[name];
    // Two services asking for the same parameter (SubnetIds, VpcId) agree unless its type,
    // default or allowed values differ; descriptions may word it differently.
    const meaning = (d: CfnParameter): string => JSON.stringify([d.Type, d.Default, d.AllowedValues]);
    if (existing !== undefined && meaning(existing) !== meaning(definition))
      this.problems.push({
        severity: 'warning',
        code: 'parameter_conflict',
        message: `Parameter ${name} is declared twice with different definitions; the first is kept`,
        params: { name },
      });
    this.parameters[name] ??= definition;
    return ref(name);
  }
}

type Mutable = { [key: string]: CfnValue };

/**
 * Wiring may extend a resource declared by a node (an S3 bucket's NotificationConfiguration,
 * a queue's policy): same type, properties deep-merged, lists concatenated, DependsOn
 * unioned. Undefined when a scalar would be overwritten with a different value.
 *
 * @example
 * mergeResource({ Type: 'AWS::S3::Bucket', Properties: { A: [1] } }, { Type: 'AWS::S3::Bucket', Properties: { A: [2] } })
 * // { Type: 'AWS::S3::Bucket', Properties: { A: [1, 2] } }
 */
export function mergeResource(base: CfnResource, extra: CfnResource): CfnResource | undefined {
  const properties = mergeValue(base.Properties ?? {}, extra.Properties ?? {});
  if (properties === undefined) return undefined;
  const depends = [...toList(base.DependsOn), ...toList(extra.DependsOn)];
  const unique = [...new Set(depends)].sort();
  return {
    ...base,
    Properties: properties as Readonly<Record<string, CfnValue>>,
    ...(unique.length > 0 ? { DependsOn: unique } : {}),
  };
}

function toList(value: string | readonly string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
}

function isPlainObject(value: CfnValue | undefined): value is Readonly<Record<string, CfnValue>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeValue(a: CfnValue, b: CfnValue): CfnValue | undefined {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (isPlainObject(a) && isPlainObject(b)) {
    const out: Mutable = { ...a };
    for (const [key, value] of Object.entries(b)) {
      const current = out[key];
      if (current === undefined) out[key] = value;
      else {
        const merged = mergeValue(current, value);
        if (merged === undefined) return undefined;
        out[key] = merged;
      }
    }
    return out;
  }
  return JSON.stringify(a) === JSON.stringify(b) ? a : undefined;
}
