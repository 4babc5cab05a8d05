import type { CfnMappingTable } from '../service/types';
import type { Problem } from '../validation/problem';
import type { Template } from './builder';
import { referencedIds } from './references';

/** CloudFormation quotas per template (AWS CloudFormation User Guide, "Quotas"). */
export const cfnLimits = {
  resources: 500,
  parameters: 200,
  outputs: 200,
  /** Template body passed inline to CreateStack; larger ones must go through S3. */
  inlineBodyBytes: 51_200,
  /** Template body uploaded to S3. */
  s3BodyBytes: 1_000_000,
} as const;

/**
 * What in an exported template would make a stack fail or need the user's hand:
 * quotas exceeded, parameters without a default (to fill at deploy time).
 *
 * @example
 * limitProblems(template) // [{ severity: 'error', code: 'too_many_resources', ... }]
 */
export function limitProblems(template: Template): Problem[] {
  const problems: Problem[] = [];
  const count = (record: object | undefined): number => Object.keys(record ?? {}).length;
  const over = (code: string, what: string, n: number, limit: number): void =>
    void problems.push({
      severity: 'error',
      code,
      message: `${n} ${what}: CloudFormation accepts at most ${limit} per template; split the design into several stacks`,
      params: { count: n, limit },
    });
  if (count(template.Resources) > cfnLimits.resources)
    over('too_many_resources', 'resources', count(template.Resources), cfnLimits.resources);
  if (count(template.Parameters) > cfnLimits.parameters)
    over('too_many_parameters', 'parameters', count(template.Parameters), cfnLimits.parameters);
  if (count(template.Outputs) > cfnLimits.outputs)
    over('too_many_outputs', 'outputs', count(template.Outputs), cfnLimits.outputs);
  for (const [name, parameter] of Object.entries(template.Parameters ?? {}))
    if (parameter.Default === undefined)
      problems.push({
        severity: 'warning',
        code: 'parameter_required',
        message: `Parameter ${name} has no default: give it a value when you create the stack (${parameter.Description ?? parameter.Type})`,
        params: { name, description: parameter.Description ?? parameter.Type },
      });
  return problems;
}

/**
 * Whether the template text fits what CloudFormation accepts: inline up to 51,200 bytes,
 * through S3 up to 1 MB.
 *
 * @example
 * bodySizeProblems(60_000) // [{ severity: 'info', code: 'template_needs_s3', ... }]
 */
export function bodySizeProblems(bodyBytes: number): Problem[] {
  if (bodyBytes > cfnLimits.s3BodyBytes)
    return [
      {
        severity: 'error',
        code: 'template_too_large',
        message: `The template is ${bodyBytes} bytes; CloudFormation accepts at most 1 MB`,
        params: { bytes: bodyBytes },
      },
    ];
  if (bodyBytes > cfnLimits.inlineBodyBytes)
    return [
      {
        severity: 'info',
        code: 'template_needs_s3',
        message: `The template is ${bodyBytes} bytes: upload it to S3 to create the stack (inline bodies stop at 51,200 bytes)`,
        params: { bytes: bodyBytes },
      },
    ];
  return [];
}

const regionName = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * Mappings keyed by region (container registry accounts...) that have no entry for the
 * design's region: Fn::FindInMap would fail there, so the user hears it before deploying.
 *
 * @example
 * regionProblems({ Images: { 'us-east-1': { xgboost: '683313688378' } } }, 'ap-south-2')
 * // [{ severity: 'warning', code: 'region_not_mapped', ... }]
 */
export function regionProblems(
  mappings: Readonly<Record<string, CfnMappingTable>>,
  region: string,
): Problem[] {
  return Object.entries(mappings)
    .filter(([, table]) => {
      const keys = Object.keys(table);
      return keys.length > 0 && keys.every((k) => regionName.test(k)) && table[region] === undefined;
    })
    .map(([name, table]) => ({
      severity: 'warning' as const,
      code: 'region_not_mapped',
      message: `Mapping ${name} has no entry for ${region} (known: ${Object.keys(table).sort().join(', ')}): the stack fails to create in that region until the entry is added`,
      params: { mapping: name, region, known: Object.keys(table).sort().join(', ') },
    }));
}

/**
 * Resources that need each other (through Ref, Fn::GetAtt, Fn::Sub or DependsOn) cannot be
 * created: CloudFormation rejects the template. This happens when connections loop (a
 * function starts a state machine that invokes the same function: each needs the other's
 * ARN). One error per cycle, at its first resource in template order.
 *
 * @example
 * dependencyCycleProblems(template)
 * // [{ severity: 'error', code: 'dependency_cycle', message: 'Resources FnRole -> Flow -> FnRole ...' }]
 */
export function dependencyCycleProblems(template: Template): Problem[] {
  const resources = template.Resources;
  const edges = new Map<string, string[]>();
  for (const [id, resource] of Object.entries(resources)) {
    const explicit = resource.DependsOn === undefined ? [] : [resource.DependsOn].flat();
    edges.set(
      id,
      [...referencedIds(resource.Properties), ...explicit].filter((r) => r !== id && r in resources),
    );
  }
  const problems: Problem[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      const seen = state.get(next);
      if (seen === undefined) visit(next);
      else if (seen === 'visiting') {
        const path = [...stack.slice(stack.indexOf(next)), next].join(' -> ');
        problems.push({
          severity: 'error',
          code: 'dependency_cycle',
          message: `Resources ${path} need each other, so CloudFormation cannot create them: connections loop through these nodes; remove one connection of the loop`,
          params: { path },
        });
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of edges.keys()) if (!state.has(id)) visit(id);
  return problems;
}
