import type { Connection, Design } from '../model/design';
import type { Catalog, CfnContext, CfnValue, ConnectionRule, ServiceDefinition } from '../service/types';
import { resolveConfig } from '../service/fields';
import type { Problem } from '../validation/problem';
import { retiredProblem } from '../validation/check';
import { ref, TemplateBuilder, type Template } from './builder';
import { arnOf, environments, iamStatements, referenceOf, sortKeys, type Wire } from './grants';
import { executionRole, mergeStatements } from './iam';
import { buildNetwork, routePrivateSubnets, type Placement } from './network';
import { bodySizeProblems, dependencyCycleProblems, limitProblems, regionProblems } from './problems';
import { toYaml } from './yaml';
import { referencedIds } from './references';
import { allOf, neededConditions, propagateConditions } from './conditions';
import type { Statement } from './iam';

export interface ExportResult {
  readonly template: Template;
  /** What would make the stack fail or behave unexpectedly, errors first. */
  readonly problems: readonly Problem[];
}

const byId = <T extends { readonly id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The rule of the source service that covers (target service, kind), if any.
 *
 * @example
 * ruleFor(catalog.lambda, 'dynamodb', 'write')?.iam?.write // ['dynamodb:PutItem', ...]
 */
export function ruleFor(
  source: ServiceDefinition,
  targetService: string,
  kind: Connection['kind'],
): ConnectionRule | undefined {
  return source.connections.find((rule) => rule.targets.includes(targetService) && rule.kinds.includes(kind));
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
        params: { node: 1, label: node.label || node.id, service: node.service, notExported: 1 },
        nodeId: node.id,
      });
    else {
      services.set(node.id, service);
      // Exported all the same (the template shows what the design holds), but as an error:
      // CloudFormation can no longer create the resources of a retired service.
      if (service.retired) out.problems.push(retiredProblem(node.id, node.label || node.id, service));
    }
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
        params: { connection: connection.id },
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
        params: {
          reason: `${sourceService.name.fr} ne peut pas se connecter à ${targetService.name.fr} en « ${connection.kind} » (${connection.id}) : aucun câblage n’est exporté pour cette connexion`,
        },
        connectionId: connection.id,
      });
      continue;
    }
    wires.push({ connection, source, target, sourceService, targetService, rule });
  }

  const network = buildNetwork(groups, out);
  const placements = network.placements;
  const roles = new Map<string, string>();
  for (const node of nodes)
    if (services.get(node.id)?.cloudformation.role) roles.set(node.id, out.freeId(`${node.id}Role`));

  const configs = new Map(
    nodes.filter((n) => services.has(n.id)).map((n) => [n.id, resolveConfig(services.get(n.id)!, n.config)]),
  );
  // Which logical ids the nodes will create (some create nothing in some configs, like a
  // built-in Comprehend model), so that no statement or variable points at a missing one.
  const known = new Set([...Object.keys(out.resources), ...Object.keys(out.parameters)]);
  // Resources the nodes create only under a condition (an endpoint waiting for its model).
  const conditional = new Map<string, string>();
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
    for (const [id, resource] of Object.entries(dryRun)) {
      known.add(id);
      if (resource.Condition !== undefined) conditional.set(id, resource.Condition);
    }
  }
  const present = (value: CfnValue): boolean => referencedIds(value).every((id) => known.has(id));
  const conditionOf = (value: CfnValue): string | undefined =>
    allOf(out, neededConditions(value, conditional, out.conditions));

  const statements = iamStatements(wires, roles, out, present);
  const environment = environments(wires, out, present, conditionOf);

  for (const node of nodes) {
    const service = services.get(node.id);
    if (service === undefined) continue;
    const mapping = service.cloudformation;
    const roleId = roles.get(node.id);
    if (roleId !== undefined && mapping.role) {
      // Statements on a conditional resource go in a policy present only under its condition.
      const always: Statement[] = [];
      const guarded = new Map<string, Statement[]>();
      for (const statement of mergeStatements(statements.get(node.id) ?? [])) {
        const condition = conditionOf(statement.Resource);
        if (condition === undefined) always.push(statement);
        else guarded.set(condition, [...(guarded.get(condition) ?? []), statement]);
      }
      out.addResources(
        {
          [roleId]: executionRole(
            mapping.role.principal,
            mapping.role.managedPolicyArns ?? [],
            always,
            guarded,
          ),
        },
        { nodeId: node.id },
      );
    }
    const placement: Placement | undefined =
      node.group === undefined ? undefined : placements.get(node.group);
    if (node.group !== undefined && placement === undefined)
      out.problems.push({
        severity: 'warning',
        code: 'no_subnet',
        message: `${node.label || node.id} sits in group ${node.group}, which has no subnet; it is exported outside the VPC`,
        params: { label: node.label || node.id, group: node.group },
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
    for (const note of mapping.exportNotes?.(ctx) ?? [])
      out.problems.push({
        severity: 'warning',
        code: 'service_note',
        message: `${node.label || node.id}: ${note}`,
        nodeId: node.id,
      });
    out.addMappings(mapping.mappings?.(ctx) ?? {}, node.id);
    out.addConditions(mapping.conditions?.(ctx) ?? {}, node.id);
    for (const [name, output] of Object.entries(mapping.outputs?.(node.id) ?? {}))
      out.outputs[name] ??= output;
  }

  // Nodes whose subnets are all private (a node in the VPC itself uses the private ones).
  const privatelyPlaced = new Map<string, string>();
  for (const node of nodes) {
    const ids = node.group === undefined ? [] : (placements.get(node.group)?.subnetIds ?? []);
    const subnets = ids.map((v) => (v as { Ref: string }).Ref);
    const vpc = network.vpcs.find(
      (v) => subnets.length > 0 && subnets.every((s) => v.privateSubnets.includes(s)),
    );
    if (vpc !== undefined && services.has(node.id)) privatelyPlaced.set(node.id, vpc.privateSubnets[0]!);
  }
  routePrivateSubnets(network, out, privatelyPlaced);

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

  // Whatever else points at a conditional resource (wiring, a monitor of the endpoint,
  // outputs) is created under the same condition.
  propagateConditions(out, new Set(conditional.keys()));

  const template: Template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: describe(design),
    Parameters: out.parameters,
    ...(Object.keys(out.mappings).length > 0 ? { Mappings: sortKeys(out.mappings) } : {}),
    ...(Object.keys(out.conditions).length > 0 ? { Conditions: sortKeys(out.conditions) } : {}),
    Resources: out.resources,
    ...(Object.keys(out.outputs).length > 0 ? { Outputs: sortKeys(out.outputs) } : {}),
  };
  const problems = [
    ...out.problems,
    ...regionProblems(out.mappings, design.region),
    ...limitProblems(template),
    ...dependencyCycleProblems(template),
  ];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return { template, problems: problems.sort((a, b) => rank[a.severity] - rank[b.severity]) };
}

function describe(design: Design): string {
  const text = `${design.name}: exported by Nuage (${design.nodes.length} services, ${design.connections.length} connections)`;
  return text.length > 1024 ? `${text.slice(0, 1021)}...` : text;
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
