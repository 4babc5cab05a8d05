import type { z } from 'zod';
import type { ConfigValue, Design } from '../model/design';
import { fieldSchema } from '../service/fields';
import type { Catalog, FieldDefinition, ServiceDefinition } from '../service/types';
import { planGraph } from '../simulation/graph';
import { simulationProblems } from '../simulation/simulate';
import { canConnect } from './connections';
import type { Problem, ProblemParams } from './problem';

const schemas = new WeakMap<FieldDefinition, z.ZodType<ConfigValue>>();
function schemaOf(field: FieldDefinition): z.ZodType<ConfigValue> {
  let schema = schemas.get(field);
  if (!schema) schemas.set(field, (schema = fieldSchema(field)));
  return schema;
}

/**
 * Every problem of a design an architect should see: unknown or retired services, connections the
 * catalog does not allow, config values outside their field's rules, cycles, nodes no
 * load reaches, entry loads on services that cannot take one, and the quota warnings the
 * services' usage raises in the active scenario.
 *
 * @example
 * check(design, catalog)
 * // [{ severity: 'error', code: 'connection_not_allowed', connectionId: 'SnsToStream', message: '...' }]
 */
export function check(design: Design, catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  // The design's region, and each other region a scenario prices in.
  const regions: { region: string; scenario?: string }[] = [{ region: design.region }];
  for (const s of design.scenarios)
    if (s.region !== undefined && !regions.some((r) => r.region === s.region))
      regions.push({ region: s.region, scenario: s.name });

  for (const node of design.nodes) {
    const service = catalog[node.service];
    if (!service) {
      problems.push({
        severity: 'error',
        code: 'unknown_service',
        message: `"${node.label}" uses service "${node.service}", which the catalog does not know`,
        params: { label: node.label, service: node.service },
        nodeId: node.id,
      });
      continue;
    }
    if (service.retired) problems.push(retiredProblem(node.id, node.label, service));
    for (const { region, scenario } of regions) {
      const source = service.notOfferedIn?.[region];
      if (source !== undefined)
        problems.push({
          severity: 'error',
          code: 'service_not_in_region',
          message: `"${node.label}" uses ${service.name.en}, which AWS does not offer in ${region}${scenario === undefined ? '' : ` (region of scenario "${scenario}")`}: choose another region or another service (${source})`,
          params: {
            label: node.label,
            service: service.name.fr,
            region,
            source,
            ...(scenario === undefined ? {} : { scenario }),
          },
          nodeId: node.id,
        });
    }
    checkConfig(node.config, service.config, node.id, node.label, undefined, problems);
    for (const scenario of design.scenarios) {
      const override = scenario.overrides[node.id];
      if (override)
        checkConfig(override.config, service.config, node.id, node.label, scenario.name, problems);
    }
  }

  for (const conn of design.connections) {
    const source = byId.get(conn.source);
    const target = byId.get(conn.target);
    if (!source || !target || !catalog[source.service] || !catalog[target.service]) continue;
    const allowed = canConnect(catalog, source.service, target.service);
    if (!allowed.ok)
      problems.push({
        severity: 'error',
        code: 'connection_not_allowed',
        message: allowed.reason.en,
        params: { reason: allowed.reason.fr },
        connectionId: conn.id,
        nodeId: source.id,
      });
    else if (!allowed.kinds.includes(conn.kind))
      problems.push({
        severity: 'error',
        code: 'connection_kind_not_allowed',
        message: `${source.label} → ${target.label}: "${conn.kind}" is not allowed here (allowed: ${allowed.kinds.join(', ')})`,
        params: {
          source: source.label,
          target: target.label,
          kind: conn.kind,
          allowed: allowed.kinds.join(', '),
        },
        connectionId: conn.id,
        nodeId: source.id,
      });
  }

  for (const cycle of planGraph(design).cycles)
    problems.push({
      severity: 'error',
      code: 'cycle',
      message: `Connections form a cycle through ${cycle.join(' → ')}`,
      params: { path: cycle.join(' → ') },
      nodeId: cycle[0] as string,
    });

  for (const scenario of design.scenarios)
    for (const load of scenario.loads) {
      const node = byId.get(load.nodeId);
      const service = node ? catalog[node.service] : undefined;
      if (node && service && service.entryPoint !== true)
        problems.push({
          severity: 'warning',
          code: 'not_entry_point',
          message: `Scenario "${scenario.name}" puts load on "${node.label}", but ${service.name.en} is not an entry point`,
          params: { scenario: scenario.name, label: node.label, service: service.name.fr },
          nodeId: node.id,
        });
    }

  problems.push(...unreachedNodes(design, catalog));

  if (design.scenarios.length > 0) {
    for (const p of simulationProblems(design, catalog))
      if (p.code !== 'cycle' && p.code !== 'unknown_service') problems.push(p);
  }
  return problems;
}

function checkConfig(
  config: Readonly<Record<string, ConfigValue>>,
  fields: Readonly<Record<string, FieldDefinition>>,
  nodeId: string,
  label: string,
  scenario: string | undefined,
  problems: Problem[],
): void {
  const where = scenario === undefined ? '' : ` in scenario "${scenario}"`;
  const inScenario: ProblemParams = scenario === undefined ? {} : { scenario };
  for (const key in config) {
    const field = fields[key];
    if (!field) {
      problems.push({
        severity: 'warning',
        code: 'unknown_config',
        message: `"${label}" has a setting "${key}"${where} that its service does not define`,
        params: { label, key, ...inScenario },
        nodeId,
      });
      continue;
    }
    const parsed = schemaOf(field).safeParse(config[key]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const limit =
        issue && 'minimum' in issue ? issue.minimum : issue && 'maximum' in issue ? issue.maximum : undefined;
      const divisor = issue && 'divisor' in issue ? issue.divisor : undefined;
      const bound = limit ?? divisor;
      problems.push({
        severity: 'error',
        code: 'invalid_config',
        message: `"${label}" ${field.label.en}${where}: ${issue?.message ?? 'invalid value'} (got ${JSON.stringify(config[key])})`,
        params: {
          label,
          field: field.label.fr,
          value: JSON.stringify(config[key]) ?? String(config[key]),
          issue: issue?.code ?? '',
          ...(typeof bound === 'number' ? { limit: bound } : {}),
          ...inScenario,
        },
        nodeId,
      });
    }
  }
}

/** Sinks that no scenario's entry load reaches along connections (info: they bill only fixed costs). */
function unreachedNodes(design: Design, catalog: Catalog): Problem[] {
  const plan = planGraph(design);
  const reached = new Uint8Array(design.nodes.length);
  const queue: number[] = [];
  for (const scenario of design.scenarios)
    for (const load of scenario.loads) {
      const i = plan.indexById.get(load.nodeId);
      if (i !== undefined && !reached[i]) {
        reached[i] = 1;
        queue.push(i);
      }
    }
  while (queue.length > 0) {
    const v = queue.pop() as number;
    for (let o = plan.outStart[v]!; o < plan.outStart[v + 1]!; o++) {
      const t = plan.targetOf[plan.outList[o]!]!;
      if (t >= 0 && !reached[t]) {
        reached[t] = 1;
        queue.push(t);
      }
    }
  }
  const out: Problem[] = [];
  design.nodes.forEach((node, i) => {
    const service = catalog[node.service];
    // A node that sends but receives nothing drives itself (scheduled jobs, notebooks).
    if (
      !reached[i] &&
      plan.outStart[i] === plan.outStart[i + 1] &&
      service &&
      service.group !== true &&
      service.meters.length > 0
    )
      out.push({
        severity: 'info',
        code: 'no_load',
        message: `No load reaches "${node.label}": connect it or give it an entry load in a scenario`,
        params: { label: node.label },
        nodeId: node.id,
      });
  });
  return out;
}

/**
 * The error of a node whose service AWS has retired: it can no longer be created.
 *
 * @example
 * retiredProblem('Analytics', 'Device analytics', catalog.iotAnalytics).message
 * // '"Device analytics" uses AWS IoT Analytics, which AWS retired on 2025-12-15: …'
 */
export function retiredProblem(nodeId: string, label: string, service: ServiceDefinition): Problem {
  const retired = service.retired!;
  return {
    severity: 'error',
    code: 'service_retired',
    message: `"${label}" uses ${service.name.en}, which AWS retired on ${retired.on}: it can no longer be created, so the design cannot deploy as drawn. Instead, ${retired.instead.en}`,
    params: { label, service: service.name.fr, on: retired.on, instead: retired.instead.fr },
    nodeId,
  };
}
