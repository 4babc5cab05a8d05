/**
 * Reference checks of a template (part of cfnSpec.ts): Ref, Fn::GetAtt and Fn::Sub
 * targets, GetAtt attributes, DependsOn, Conditions, Mappings, dependency cycles, and
 * references to conditional resources: a resource or output may point at a resource that
 * has a Condition only when it holds that condition itself (its own Condition, an Fn::And
 * including it) or inside the true branch of an Fn::If on it; otherwise, with the
 * condition false, CloudFormation rejects the template ("Unresolved resource dependencies").
 */
import type { SpecDatabase } from '@aws-cdk/service-spec-types';

export const pseudoParameters = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

type Report = (path: string, message: string) => void;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keysOf(value: unknown): Set<string> {
  return new Set(isObject(value) ? Object.keys(value) : []);
}

interface Scope {
  readonly resources: Readonly<Record<string, unknown>>;
  readonly parameters: ReadonlySet<string>;
  readonly conditions: ReadonlySet<string>;
  readonly mappings: ReadonlySet<string>;
  /** Condition of each conditional resource. */
  readonly resourceConditions: ReadonlyMap<string, string>;
  /** The template's Conditions section. */
  readonly definitions: Readonly<Record<string, unknown>>;
  readonly db: SpecDatabase;
  readonly report: Report;
}

function attributeExists(scope: Scope, resourceName: string, attribute: string): boolean {
  const resource = scope.resources[resourceName];
  const type = isObject(resource) ? resource['Type'] : undefined;
  if (typeof type !== 'string') return true; // reported elsewhere
  if (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') return true;
  if (type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) return true;
  const found = scope.db.lookup('resource', 'cloudFormationType', 'equals', type);
  if (found.length !== 1) return true; // unknown type reported elsewhere
  return attribute in found[0]!.attributes;
}

/**
 * Whether `condition` is true whenever all of `held` are: it is one of them or a member of
 * their Fn::And definitions (recursively), or it is itself an Fn::And whose members all
 * are (a `{ Condition }` member by name, an inline one by equal definition).
 */
function holds(scope: Scope, held: readonly string[], condition: string): boolean {
  const names = new Set<string>();
  const inline = new Set<string>();
  const expand = (name: string): void => {
    if (names.has(name)) return;
    names.add(name);
    const definition = scope.definitions[name];
    const members = isObject(definition) ? definition['Fn::And'] : undefined;
    if (Array.isArray(members))
      for (const member of members)
        if (isObject(member) && typeof member['Condition'] === 'string') expand(member['Condition']);
        else inline.add(JSON.stringify(member));
  };
  held.forEach(expand);
  const implied = (name: string, seen: ReadonlySet<string>): boolean => {
    if (names.has(name)) return true;
    if (seen.has(name)) return false;
    const definition = scope.definitions[name];
    const members = isObject(definition) ? definition['Fn::And'] : undefined;
    return (
      Array.isArray(members) &&
      members.every((member) =>
        isObject(member) && typeof member['Condition'] === 'string'
          ? implied(member['Condition'], new Set([...seen, name]))
          : inline.has(JSON.stringify(member)),
      )
    );
  };
  return implied(condition, new Set());
}

/** Reports a reference to a conditional resource made where its condition may be false. */
function checkConditional(scope: Scope, resource: string, path: string, held: readonly string[]): void {
  const condition = scope.resourceConditions.get(resource);
  if (condition === undefined || holds(scope, held, condition)) return;
  scope.report(
    path,
    `"${resource}" exists only when condition ${condition} holds; reference it under that condition or inside Fn::If [${condition}, ...]`,
  );
}

/**
 * Walks a value, checking every reference in it and calling `onResource` for each
 * resource it depends on. `allowResources` is false inside Conditions; `held` lists the
 * conditions known true here (the owner's Condition, enclosing Fn::If true branches).
 */
function walk(
  scope: Scope,
  value: unknown,
  path: string,
  onResource: (name: string) => void,
  allowResources = true,
  locals: ReadonlySet<string> = new Set(),
  held: readonly string[] = [],
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) =>
      walk(scope, item, `${path}[${index}]`, onResource, allowResources, locals, held),
    );
    return;
  }
  if (!isObject(value)) return;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0]!;
    const argument = value[key];
    const here = `${path}.${key}`;
    switch (key) {
      case 'Ref':
        checkRef(scope, argument, here, onResource, allowResources, held);
        return;
      case 'Fn::GetAtt':
        checkGetAtt(scope, argument, here, onResource, allowResources, held);
        return;
      case 'Fn::Sub':
        checkSub(scope, argument, here, onResource, allowResources, locals, held);
        return;
      case 'Fn::If':
        if (!Array.isArray(argument) || argument.length !== 3 || typeof argument[0] !== 'string') {
          scope.report(here, 'Fn::If takes [condition, value if true, value if false]');
          walk(scope, argument, here, onResource, allowResources, locals, held);
          return;
        }
        if (!scope.conditions.has(argument[0]))
          scope.report(`${here}[0]`, `Fn::If names unknown condition "${argument[0]}"`);
        walk(scope, argument[1], `${here}[1]`, onResource, allowResources, locals, [...held, argument[0]]);
        walk(scope, argument[2], `${here}[2]`, onResource, allowResources, locals, held);
        return;
      case 'Condition':
        if (typeof argument === 'string' && !scope.conditions.has(argument))
          scope.report(here, `Unknown condition "${argument}"`);
        return;
      case 'Fn::FindInMap':
        if (Array.isArray(argument) && typeof argument[0] === 'string' && !scope.mappings.has(argument[0]))
          scope.report(`${here}[0]`, `Fn::FindInMap names unknown mapping "${argument[0]}"`);
        break;
    }
  }
  for (const [key, item] of Object.entries(value))
    walk(scope, item, `${path}.${key}`, onResource, allowResources, locals, held);
}

function checkRef(
  scope: Scope,
  target: unknown,
  path: string,
  onResource: (name: string) => void,
  allowResources: boolean,
  held: readonly string[],
): void {
  if (typeof target !== 'string') {
    scope.report(path, 'Ref takes a logical id or parameter name');
    return;
  }
  if (pseudoParameters.has(target) || scope.parameters.has(target)) return;
  if (target in scope.resources) {
    if (!allowResources) scope.report(path, `Conditions can only Ref parameters, not resource "${target}"`);
    else {
      onResource(target);
      checkConditional(scope, target, path, held);
    }
    return;
  }
  scope.report(path, `Ref to unknown resource or parameter "${target}"`);
}

function checkGetAtt(
  scope: Scope,
  argument: unknown,
  path: string,
  onResource: (name: string) => void,
  allowResources: boolean,
  held: readonly string[],
): void {
  let parts: unknown[];
  if (typeof argument === 'string') {
    const dot = argument.indexOf('.');
    parts = dot < 0 ? [argument] : [argument.slice(0, dot), argument.slice(dot + 1)];
  } else if (Array.isArray(argument)) parts = argument;
  else parts = [];
  const [resource, attribute] = parts;
  if (parts.length !== 2 || typeof resource !== 'string') {
    scope.report(path, 'Fn::GetAtt takes [logicalId, attribute]');
    return;
  }
  if (!(resource in scope.resources)) {
    scope.report(path, `Fn::GetAtt of unknown resource "${resource}"`);
    return;
  }
  if (!allowResources) scope.report(path, `Conditions cannot use Fn::GetAtt`);
  onResource(resource);
  checkConditional(scope, resource, path, held);
  if (typeof attribute === 'string' && !attributeExists(scope, resource, attribute)) {
    const type = (scope.resources[resource] as Record<string, unknown>)['Type'];
    scope.report(path, `${String(type)} has no attribute "${attribute}"`);
  } else if (typeof attribute !== 'string')
    walk(scope, attribute, path, onResource, allowResources, new Set(), held);
}

function checkSub(
  scope: Scope,
  argument: unknown,
  path: string,
  onResource: (name: string) => void,
  allowResources: boolean,
  locals: ReadonlySet<string>,
  held: readonly string[],
): void {
  let text: unknown = argument;
  let variables = new Set(locals);
  if (Array.isArray(argument)) {
    text = argument[0];
    if (argument.length !== 2 || !isObject(argument[1])) {
      scope.report(path, 'Fn::Sub takes a string or [string, {variables}]');
      return;
    }
    variables = new Set([...locals, ...Object.keys(argument[1])]);
    walk(scope, argument[1], `${path}[1]`, onResource, allowResources, locals, held);
  }
  if (typeof text !== 'string') {
    scope.report(path, 'Fn::Sub needs a string');
    return;
  }
  for (const match of text.matchAll(/\$\{([^}]*)\}/g)) {
    const name = match[1]!.trim();
    if (name.startsWith('!')) continue;
    if (variables.has(name)) continue;
    if (pseudoParameters.has(name) || scope.parameters.has(name)) continue;
    const dot = name.indexOf('.');
    if (dot < 0) {
      if (name in scope.resources) {
        onResource(name);
        checkConditional(scope, name, path, held);
      } else scope.report(path, `Fn::Sub references unknown "\${${name}}"`);
      continue;
    }
    const resource = name.slice(0, dot);
    const attribute = name.slice(dot + 1);
    if (!(resource in scope.resources))
      scope.report(path, `Fn::Sub references unknown resource "${resource}"`);
    else {
      onResource(resource);
      checkConditional(scope, resource, path, held);
      if (!attributeExists(scope, resource, attribute))
        scope.report(path, `Fn::Sub: ${resource} has no attribute "${attribute}"`);
    }
  }
}

/** Runs every reference check and the cycle check, reporting problems. */
export function checkReferences(db: SpecDatabase, template: Record<string, unknown>, report: Report): void {
  const resources = template['Resources'] as Record<string, unknown>;
  const conditionNames = keysOf(template['Conditions']);
  const scope: Scope = {
    resources,
    parameters: keysOf(template['Parameters']),
    conditions: conditionNames,
    mappings: keysOf(template['Mappings']),
    resourceConditions: new Map(
      Object.entries(resources)
        // A resource naming an unknown condition is reported once, below.
        .filter(
          ([, r]) => isObject(r) && typeof r['Condition'] === 'string' && conditionNames.has(r['Condition']),
        )
        .map(([id, r]) => [id, (r as Record<string, string>)['Condition']!]),
    ),
    definitions: isObject(template['Conditions']) ? template['Conditions'] : {},
    db,
    report,
  };
  const conditions = template['Conditions'];
  if (isObject(conditions))
    for (const [name, condition] of Object.entries(conditions))
      walk(scope, condition, `Conditions.${name}`, () => undefined, false);

  const edges = new Map<string, Set<string>>();
  for (const [name, resource] of Object.entries(resources)) {
    if (!isObject(resource)) continue;
    const path = `Resources.${name}`;
    const dependsOn = new Set<string>();
    edges.set(name, dependsOn);
    const add = (target: string): void => void dependsOn.add(target);
    const held = typeof resource['Condition'] === 'string' ? [resource['Condition']] : [];
    walk(scope, resource['Properties'], `${path}.Properties`, add, true, new Set(), held);
    walk(scope, resource['CreationPolicy'], `${path}.CreationPolicy`, add, true, new Set(), held);
    walk(scope, resource['UpdatePolicy'], `${path}.UpdatePolicy`, add, true, new Set(), held);
    const explicit = resource['DependsOn'];
    const listed = typeof explicit === 'string' ? [explicit] : Array.isArray(explicit) ? explicit : [];
    if (explicit !== undefined && typeof explicit !== 'string' && !Array.isArray(explicit))
      report(`${path}.DependsOn`, 'DependsOn must be a logical id or a list of them');
    listed.forEach((target: unknown, index) => {
      const at = Array.isArray(explicit) ? `${path}.DependsOn[${index}]` : `${path}.DependsOn`;
      if (typeof target !== 'string' || !(target in resources))
        report(at, `DependsOn unknown resource ${JSON.stringify(target)}`);
      else {
        add(target);
        checkConditional(scope, target, at, held);
      }
    });
    const condition = resource['Condition'];
    if (condition !== undefined && (typeof condition !== 'string' || !scope.conditions.has(condition)))
      report(`${path}.Condition`, `Unknown condition ${JSON.stringify(condition)}`);
  }

  const outputs = template['Outputs'];
  if (outputs !== undefined && !isObject(outputs)) report('Outputs', 'Outputs must be a map');
  if (isObject(outputs))
    for (const [name, output] of Object.entries(outputs)) {
      const path = `Outputs.${name}`;
      if (!/^[A-Za-z0-9]{1,255}$/.test(name)) report(path, `Output name "${name}" must be alphanumeric`);
      if (!isObject(output) || !('Value' in output)) {
        report(`${path}.Value`, 'An output needs a Value');
        continue;
      }
      for (const key of Object.keys(output))
        if (!['Value', 'Description', 'Export', 'Condition'].includes(key))
          report(`${path}.${key}`, `Unknown output attribute "${key}"`);
      const held = typeof output['Condition'] === 'string' ? [output['Condition']] : [];
      walk(scope, output['Value'], `${path}.Value`, () => undefined, true, new Set(), held);
      walk(scope, output['Export'], `${path}.Export`, () => undefined, true, new Set(), held);
      const condition = output['Condition'];
      if (condition !== undefined && (typeof condition !== 'string' || !scope.conditions.has(condition)))
        report(`${path}.Condition`, `Unknown condition ${JSON.stringify(condition)}`);
    }

  reportCycles(edges, report);
}

/** Reports each dependency cycle once, at its first resource in template order. */
function reportCycles(edges: ReadonlyMap<string, ReadonlySet<string>>, report: Report): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const seen = state.get(next);
      if (seen === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        report(`Resources.${next}`, `Dependency cycle: ${cycle.join(' -> ')}`);
      } else if (seen === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
}
