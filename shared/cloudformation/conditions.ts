/**
 * Conditional resources in an export. A service may give some of its resources a
 * Condition (a SageMaker endpoint waits for its model artifact); CloudFormation then
 * refuses any resource or output that is created without that condition but points at
 * one of them. The exporter wraps the references it emits itself (IAM policies,
 * environment variables) and, for everything else, gives the dependent the condition too.
 */
import type { CfnResource, CfnValue } from '../service/types';
import type { TemplateBuilder } from './builder';

/** One logical id a value points at, with the Fn::If conditions whose true branch holds it. */
export interface GuardedReference {
  readonly id: string;
  readonly guards: readonly string[];
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The logical ids a value points at (Ref, Fn::GetAtt, Fn::Sub), each with the conditions
 * of the Fn::If true branches around it. Pseudo parameters are left out.
 *
 * @example
 * guardedReferences({ 'Fn::If': ['HasModel', { Ref: 'Endpoint' }, { Ref: 'AWS::NoValue' }] })
 * // [{ id: 'Endpoint', guards: ['HasModel'] }]
 */
export function guardedReferences(value: unknown): GuardedReference[] {
  const found: GuardedReference[] = [];
  walk(value, [], found, new Set());
  return found;
}

function walk(
  value: unknown,
  guards: readonly string[],
  found: GuardedReference[],
  locals: ReadonlySet<string>,
): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, guards, found, locals);
    return;
  }
  if (!isRecord(value)) return;
  const keys = Object.keys(value);
  const add = (name: string): void => {
    if (!name.startsWith('AWS::') && !locals.has(name)) found.push({ id: name, guards });
  };
  if (keys.length === 1) {
    const argument = value[keys[0]!];
    switch (keys[0]) {
      case 'Ref':
        if (typeof argument === 'string') return add(argument);
        break;
      case 'Fn::GetAtt':
        if (typeof argument === 'string') return add(argument.split('.')[0]!);
        if (Array.isArray(argument) && typeof argument[0] === 'string') return add(argument[0]);
        break;
      case 'Fn::If':
        if (Array.isArray(argument) && typeof argument[0] === 'string') {
          walk(argument[1], [...guards, argument[0]], found, locals);
          walk(argument[2], guards, found, locals);
          return;
        }
        break;
      case 'Fn::Sub': {
        const [text, variables] = Array.isArray(argument)
          ? [argument[0], argument[1]]
          : [argument, undefined];
        const names = new Set(locals);
        if (isRecord(variables)) {
          walk(variables, guards, found, locals);
          Object.keys(variables).forEach((k) => names.add(k));
        }
        if (typeof text === 'string')
          for (const match of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
            const name = match[1]!.trim().split('.')[0]!;
            if (!name.startsWith('AWS::') && !names.has(name)) found.push({ id: name, guards });
          }
        return;
      }
    }
  }
  for (const item of Object.values(value)) walk(item, guards, found, locals);
}

/**
 * The conditions known true when all of `held` are: each one, plus the members of the
 * Fn::And conditions among them (recursively).
 *
 * @example
 * implied(['AAndB'], { AAndB: { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] } })
 * // Set { 'AAndB', 'A', 'B' }
 */
export function implied(
  held: Iterable<string>,
  definitions: Readonly<Record<string, CfnValue>>,
): Set<string> {
  const result = new Set<string>();
  const visit = (name: string): void => {
    if (result.has(name)) return;
    result.add(name);
    const definition = definitions[name];
    const members = isRecord(definition) ? definition['Fn::And'] : undefined;
    if (Array.isArray(members))
      for (const member of members)
        if (isRecord(member) && typeof member['Condition'] === 'string') visit(member['Condition']);
  };
  for (const name of held) visit(name);
  return result;
}

/** The logical ids of the template's resources that carry a Condition, with it. */
export function conditionalIds(resources: Readonly<Record<string, CfnResource>>): Map<string, string> {
  return new Map(
    Object.entries(resources)
      .filter(([, r]) => r.Condition !== undefined)
      .map(([id, r]) => [id, r.Condition!]),
  );
}

/**
 * The conditions a value needs to hold for all it points at to exist: those of the
 * conditional resources it reaches outside an Fn::If that already guards them.
 *
 * @example
 * neededConditions({ Ref: 'Endpoint' }, new Map([['Endpoint', 'HasModel']]), {}) // ['HasModel']
 */
export function neededConditions(
  value: unknown,
  conditional: ReadonlyMap<string, string>,
  definitions: Readonly<Record<string, CfnValue>>,
  held: readonly string[] = [],
): string[] {
  const needed = new Set<string>();
  for (const { id, guards } of guardedReferences(value)) {
    const condition = conditional.get(id);
    if (condition !== undefined && !implied([...held, ...guards], definitions).has(condition))
      needed.add(condition);
  }
  return [...needed].sort();
}

/**
 * The one condition meaning "all of these": the condition itself when there is one, else
 * an Fn::And declared on the builder (named after its members, in order).
 *
 * @example
 * allOf(out, ['AHasModel', 'BHasModel']) // 'AHasModelAndBHasModel', declared as Fn::And
 */
export function allOf(out: TemplateBuilder, names: readonly string[]): string | undefined {
  const flat = [...new Set(names.flatMap((n) => andMembers(out.conditions, n)))].sort();
  if (flat.length <= 1) return flat[0];
  const name = flat.join('And');
  out.conditions[name] ??= { 'Fn::And': flat.map((c) => ({ Condition: c })) };
  if (flat.length > 10)
    out.problems.push({
      severity: 'error',
      code: 'too_many_conditions',
      message: `Condition ${name} combines ${flat.length} conditions: Fn::And accepts at most 10`,
    });
  return name;
}

/** The members of an Fn::And condition (recursively), else the condition itself. */
function andMembers(definitions: Readonly<Record<string, CfnValue>>, name: string): string[] {
  const definition = definitions[name];
  const members = isRecord(definition) ? definition['Fn::And'] : undefined;
  if (!Array.isArray(members)) return [name];
  return members.flatMap((m) =>
    isRecord(m) && typeof m['Condition'] === 'string' ? andMembers(definitions, m['Condition']) : [],
  );
}

const dependsOnList = (resource: CfnResource): readonly string[] =>
  resource.DependsOn === undefined
    ? []
    : typeof resource.DependsOn === 'string'
      ? [resource.DependsOn]
      : resource.DependsOn;

/**
 * Gives every resource and output that points at a conditional resource (by Ref, GetAtt,
 * Sub or DependsOn) outside a guarding Fn::If the condition of what it points at, until
 * nothing changes; a resource already conditional gets the conjunction. Each resource
 * that becomes conditional this way is reported (info), so the user knows it waits.
 *
 * @example
 * // Monitor's definition names the conditional Endpoint: it gets Condition EndpointHasModel.
 * propagateConditions(out, new Set(['Endpoint', 'EndpointConfig', 'EndpointModel']));
 */
export function propagateConditions(out: TemplateBuilder, declared: ReadonlySet<string> = new Set()): void {
  if (conditionalIds(out.resources).size === 0) return;
  for (let changed = true; changed;) {
    changed = false;
    const conditional = conditionalIds(out.resources);
    for (const [id, resource] of Object.entries(out.resources)) {
      const held = resource.Condition === undefined ? [] : [resource.Condition];
      const needed = new Set(neededConditions(resource.Properties, conditional, out.conditions, held));
      const have = implied(held, out.conditions);
      for (const target of dependsOnList(resource)) {
        const condition = conditional.get(target);
        if (condition !== undefined && !have.has(condition)) needed.add(condition);
      }
      if (needed.size === 0) continue;
      const condition = allOf(out, [...held, ...needed])!;
      const { Type, Condition: _previous, ...rest } = resource;
      out.resources[id] = { Type, Condition: condition, ...rest };
      changed = true;
      if (!declared.has(id))
        out.problems.push({
          severity: 'info',
          code: 'conditional_dependent',
          message: `${id} needs a resource created only when ${[...needed].join(' and ')} holds: it is created under the same condition`,
          params: { id, conditions: [...needed].join(' et ') },
        });
    }
  }
  const conditional = conditionalIds(out.resources);
  for (const [name, output] of Object.entries(out.outputs)) {
    const held = output.Condition === undefined ? [] : [output.Condition];
    const needed = neededConditions(output.Value, conditional, out.conditions, held);
    if (needed.length === 0) continue;
    const { Value, Description } = output;
    out.outputs[name] = { Condition: allOf(out, [...held, ...needed])!, Value, Description };
  }
}
