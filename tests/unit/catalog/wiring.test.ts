/**
 * Every allowed connection that implies CloudFormation resources (event-source mappings,
 * permissions, subscriptions, routes) exports, together with both ends at their default
 * config, into a template the CloudFormation spec accepts.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../catalog/index';
import type { CfnValue, ServiceDefinition } from '../../../shared/service/types';
import { validateTemplate } from '../../support/cfnSpec';
import { cfnContext, roleResource } from './support';

const cases = Object.values(catalog).flatMap((source) =>
  source.connections.flatMap((rule) =>
    rule.wiring
      ? rule.targets.flatMap((t) =>
          rule.kinds.map((kind) => [`${source.id} -${kind}-> ${t}`, source, t, kind] as const),
        )
      : [],
  ),
);

function nodeResources(service: ServiceDefinition, id: string, environment: Record<string, CfnValue>) {
  const { ctx, parameters } = cfnContext(service, id, {}, environment);
  const resources: Record<string, unknown> = { ...service.cloudformation.resources(ctx) };
  if (service.cloudformation.role)
    resources[`${id}Role`] = roleResource(service.cloudformation.role.principal);
  const mappings = service.cloudformation.mappings?.(ctx) ?? {};
  const conditions = service.cloudformation.conditions?.(ctx) ?? {};
  return { resources, parameters, mappings, conditions };
}

describe('connection wiring', () => {
  it('has wired connections to check', () => expect(cases.length).toBeGreaterThan(5));

  it.each(cases)('%s exports a valid template', async (_name, source, targetId, kind) => {
    const target = catalog[targetId]!;
    const rule = source.connections.find((r) => r.targets.includes(targetId) && r.kinds.includes(kind))!;
    const env: Record<string, CfnValue> =
      rule.env && target.cloudformation.reference
        ? { [rule.env]: target.cloudformation.reference('Target') }
        : {};
    const s = nodeResources(source, 'Source', env);
    const t = nodeResources(target, 'Target', {});
    const wiring = rule.wiring!({
      source: { id: 'Source', config: cfnContext(source, 'Source').ctx.config },
      target: { id: 'Target', config: cfnContext(target, 'Target').ctx.config },
      connectionId: 'Link',
      kind,
      sourceArn: source.cloudformation.arn?.('Source') ?? { Ref: 'Source' },
      targetArn: target.cloudformation.arn?.('Target') ?? { Ref: 'Target' },
      sourceRef: source.cloudformation.reference?.('Source') ?? { Ref: 'Source' },
      targetRef: target.cloudformation.reference?.('Target') ?? { Ref: 'Target' },
      ...(source.cloudformation.role ? { sourceRoleLogicalId: 'SourceRole' } : {}),
      ...(target.cloudformation.role ? { targetRoleLogicalId: 'TargetRole' } : {}),
    });
    expect(Object.keys(wiring).length).toBeGreaterThan(0);
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { ...s.parameters, ...t.parameters },
      Mappings: { ...s.mappings, ...t.mappings },
      Conditions: { ...s.conditions, ...t.conditions },
      Resources: { ...s.resources, ...t.resources, ...wiring },
    };
    expect(await validateTemplate(template)).toEqual([]);
  });
});
