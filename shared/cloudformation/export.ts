import type { Connection, Design, ServiceNode } from '../model/design';
import type { Catalog, CfnContext, CfnValue, ConnectionRule, ServiceDefinition } from '../service/types';
import { resolveConfig } from '../service/fields';
import type { Problem } from '../validation/problem';
import { ref, TemplateBuilder, withSuffix, type Template } from './builder';
import { executionRole, mergeStatements, type Statement } from './iam';
import { buildNetwork, type Placement } from './network';
import { bodySizeProblems, limitProblems } from './problems';
import { toYaml } from './yaml';
import { referencedIds } from './references';

export interface ExportResult {
  readonly template: Template;
  /** What would make the stack fail or behave unexpectedly, errors first. */
  readonly problems: readonly Problem[];
}

const byId = <T extends { readonly id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The rule of the source service that covers (target service, kind), if any. */
export function ruleFor(
  source: ServiceDefinition,
  targetService: string,
  kind: Connection['kind'],
): ConnectionRule | undefined {
  return source.connections.find((rule) => rule.targets.includes(targetService) && rule.kinds.includes(kind));
}

interface Wire {
  readonly connection: Connection;
  readonly source: ServiceNode;
  readonly target: ServiceNode;
  readonly sourceService: ServiceDefinition;
  readonly targetService: ServiceDefinition;
  readonly rule: ConnectionRule;
}

/**
 * Design → CloudFormation template. Nodes become their catalog resources, groups a VPC
 * with subnets, route tables and a security group, connections their wiring: least-
 * privilege IAM statements on the compute node's role, environment variables naming the
 * target, and the rule's extra resources (event-source mappings, permissions...).
 * Deterministic: nodes, groups and connections are taken in id order.
 *
 * @example
 * const { template, problems } = toTemplate(design, catalog);
 * writeFile('stack.yaml', toYaml(template));
 */
export function toTemplate(design: Design, catalog: Catalog): ExportResult {
  const nodes = [...design.nodes].sort(byId);
  const connections = [...design.connections].sort(byId);
  const groups = [...design.groups].sort(byId);
  const out = new TemplateBuilder([...nodes, ...connections, ...groups].map((x) => x.id));
  out.param('EnvironmentName', {
    Type: 'String',
    Default: 'dev',
    Description: 'Name of the environment (dev, staging, prod...), used in resource names and tags',
    AllowedPattern: '^[a-z][a-z0-9-]{0,19}$',
  });

  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const services = new Map<string, ServiceDefinition>();
  for (const node of nodes) {
    const service = catalog[node.service];
    if (service === undefined)
      out.problems.push({
        severity: 'error',
        code: 'unknown_service',
        message: `Node ${node.label || node.id} uses unknown service "${node.service}"; it is not exported`,
        nodeId: node.id,
      });
    else services.set(node.id, service);
  }

  const wires: Wire[] = [];
  for (const connection of connections) {
    const source = nodeById.get(connection.source);
    const target = nodeById.get(connection.target);
    const sourceService = services.get(connection.source);
    const targetService = services.get(connection.target);
    if (!source || !target || !sourceService || !targetService) {
      out.problems.push({
        severity: 'error',
        code: 'unknown_node',
        message: `Connection ${connection.id} joins a node that is not exported`,
        connectionId: connection.id,
      });
      continue;
    }
    const rule = ruleFor(sourceService, target.service, connection.kind);
    if (rule === undefined) {
      out.problems.push({
        severity: 'error',
        code: 'connection_not_allowed',
        message: `${sourceService.name.en} cannot ${connection.kind} ${targetService.name.en} (${connection.id}); no wiring is exported for it`,
        connectionId: connection.id,
      });
      continue;
    }
    wires.push({ connection, source, target, sourceService, targetService, rule });
  }

  const placements = buildNetwork(groups, out);
  const roles = new Map<string, string>();
  for (const node of nodes)
    if (services.get(node.id)?.cloudformation.role) roles.set(node.id, out.freeId(`${node.id}Role`));

  const configs = new Map(
    nodes.filter((n) => services.has(n.id)).map((n) => [n.id, resolveConfig(services.get(n.id)!, n.config)]),
  );
  // Which logical ids the nodes will create (some create nothing in some configs, like a
  // built-in Comprehend model), so that no statement or variable points at a missing one.
  const known = new Set([...Object.keys(out.resources), ...Object.keys(out.parameters)]);
  for (const node of nodes) {
    const service = services.get(node.id);
    if (service === undefined) continue;
    const placement = node.group === undefined ? undefined : placements.get(node.group);
    const dryRun = service.cloudformation.resources({
      nodeId: node.id,
      config: configs.get(node.id)!,
      ...(roles.has(node.id) ? { roleLogicalId: roles.get(node.id)! } : {}),
      subnetIds: placement?.subnetIds ?? [],
      securityGroupIds: placement?.securityGroupIds ?? [],
      ...(placement !== undefined ? { vpcId: placement.vpcId } : {}),
      environment: {},
      param: (name) => {
        known.add(name);
        return ref(name);
      },
    });
    Object.keys(dryRun).forEach((id) => known.add(id));
  }
  const present = (value: CfnValue): boolean => referencedIds(value).every((id) => known.has(id));

  const statements = iamStatements(wires, roles, out, present);
  const environment = environments(wires, out, present);

  for (const node of nodes) {
    const service = services.get(node.id);
    if (service === undefined) continue;
    const mapping = service.cloudformation;
    const roleId = roles.get(node.id);
    if (roleId !== undefined && mapping.role)
      out.addResources(
        {
          [roleId]: executionRole(
            mapping.role.principal,
            mapping.role.managedPolicyArns ?? [],
            mergeStatements(statements.get(node.id) ?? []),
          ),
        },
        { nodeId: node.id },
      );
    const placement: Placement | undefined =
      node.group === undefined ? undefined : placements.get(node.group);
    if (node.group !== undefined && placement === undefined)
      out.problems.push({
        severity: 'warning',
        code: 'no_subnet',
        message: `${node.label || node.id} sits in group ${node.group}, which has no subnet; it is exported outside the VPC`,
        nodeId: node.id,
      });
    const ctx: CfnContext = {
      nodeId: node.id,
      config: configs.get(node.id)!,
      ...(roleId !== undefined ? { roleLogicalId: roleId } : {}),
      subnetIds: placement?.subnetIds ?? [],
      securityGroupIds: placement?.securityGroupIds ?? [],
      ...(placement !== undefined ? { vpcId: placement.vpcId } : {}),
      environment: environment.get(node.id) ?? {},
      param: (name, definition) => out.param(name, definition),
    };
    out.addResources(mapping.resources(ctx), { nodeId: node.id });
    for (const [name, output] of Object.entries(mapping.outputs?.(node.id) ?? {}))
      out.outputs[name] ??= output;
  }

  for (const wire of wires) {
    if (!wire.rule.wiring) continue;
    const { connection, source, target } = wire;
    const sourceRole = roles.get(source.id);
    const targetRole = roles.get(target.id);
    const resources = wire.rule.wiring({
      source: { id: source.id, config: configs.get(source.id)! },
      target: { id: target.id, config: configs.get(target.id)! },
      connectionId: connection.id,
      kind: connection.kind,
      targetArn: arnOf(wire.targetService, target.id),
      sourceArn: arnOf(wire.sourceService, source.id),
      targetRef: referenceOf(wire.targetService, target.id),
      sourceRef: referenceOf(wire.sourceService, source.id),
      ...(sourceRole !== undefined ? { sourceRoleLogicalId: sourceRole } : {}),
      ...(targetRole !== undefined ? { targetRoleLogicalId: targetRole } : {}),
    });
    out.addResources(resources, { connectionId: connection.id });
  }

  const template: Template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: describe(design),
    Parameters: out.parameters,
    Resources: out.resources,
    ...(Object.keys(out.outputs).length > 0 ? { Outputs: sortKeys(out.outputs) } : {}),
  };
  const problems = [...out.problems, ...limitProblems(template)];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return { template, problems: problems.sort((a, b) => rank[a.severity] - rank[b.severity]) };
}

function describe(design: Design): string {
  const text = `${design.name}: exported by Nuage (${design.nodes.length} services, ${design.connections.length} connections)`;
  return text.length > 1024 ? `${text.slice(0, 1021)}...` : text;
}

function sortKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function arnOf(service: ServiceDefinition, id: string): CfnValue {
  return service.cloudformation.arn?.(id) ?? ref(id);
}
function referenceOf(service: ServiceDefinition, id: string): CfnValue {
  return service.cloudformation.reference?.(id) ?? ref(id);
}

/**
 * IAM statements per node that has a role. The rule's actions for the connection kind go on
 * the source's role, on the target's ARN (plus the rule's sub-resource suffixes). When the
 * source has no role but the target has one (a stream or queue polled by a function), the
 * target's role gets them on the source's ARN.
 */
function iamStatements(
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
        connectionId: wire.connection.id,
      });
    } else if (!present(arn)) {
      resources = ['*'];
      out.problems.push({
        severity: 'warning',
        code: 'iam_target_without_resource',
        message: `${resourceId} creates no resource in its configuration: ${actions.join(', ')} for ${wire.connection.id} is granted on "*"`,
        connectionId: wire.connection.id,
      });
    } else
      resources = [arn, ...(wire.rule.iamResourceSuffixes ?? []).map((suffix) => withSuffix(arn, suffix))];
    const list = result.get(holder.id) ?? [];
    list.push({ Sid: wire.connection.id, Effect: 'Allow', Action: [...actions], Resource: resources });
    result.set(holder.id, list);
  }
  return result;
}

/**
 * Environment variables per source node: the rule's name = the target's reference. When a
 * node has several targets under the same name, each gets the target id as suffix
 * (TABLE_NAME_TRANSACTIONS, TABLE_NAME_PROFILES).
 */
function environments(
  wires: readonly Wire[],
  out: TemplateBuilder,
  present: (value: CfnValue) => boolean,
): Map<string, Record<string, CfnValue>> {
  const wanted = new Map<string, Map<string, Map<string, CfnValue>>>(); // source → name → target → value
  for (const wire of wires) {
    if (!wire.rule.env) continue;
    if (!present(referenceOf(wire.targetService, wire.target.id))) {
      out.problems.push({
        severity: 'warning',
        code: 'env_target_without_resource',
        message: `${wire.target.id} creates no resource in its configuration: ${wire.source.id} gets no ${wire.rule.env} variable`,
        connectionId: wire.connection.id,
      });
      continue;
    }
    const names = wanted.get(wire.source.id) ?? new Map<string, Map<string, CfnValue>>();
    const targets = names.get(wire.rule.env) ?? new Map<string, CfnValue>();
    targets.set(wire.target.id, referenceOf(wire.targetService, wire.target.id));
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

/**
 * What would make the stack of a design fail or need the user's hand, errors first: the
 * export's problems plus the template size CloudFormation accepts.
 *
 * @example
 * exportProblems(design, catalog) // [{ severity: 'warning', code: 'parameter_required', ... }]
 */
export function exportProblems(design: Design, catalog: Catalog): readonly Problem[] {
  const { template, problems } = toTemplate(design, catalog);
  const size = bodySizeProblems(new TextEncoder().encode(toYaml(template)).length);
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...problems, ...size].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
