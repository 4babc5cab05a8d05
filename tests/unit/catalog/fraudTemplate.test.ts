import { describe, expect, it } from 'vitest';
import { catalog, templates } from '../../../catalog/index';
import { parseDesign } from '../../../shared/model/parse';
import type { CfnValue } from '../../../shared/service/types';
import { validateTemplate } from '../../support/cfnSpec';
import { resolveConditions } from '../../support/cfnConditions';
import { cfnContext, roleResource } from './support';

const fraud = templates.find((t) => t.id === 'fraudDetection')!;
const NODE_W = 180;
const NODE_H = 90;

describe('fraud-detection template', () => {
  it('is a valid design document', () => {
    const r = parseDesign(JSON.parse(JSON.stringify(fraud.design)));
    expect(r.ok ? [] : r.issues).toEqual([]);
    expect(fraud.name.fr).toMatch(/fraude/);
  });

  it('uses only catalog services and connections the catalog allows', () => {
    const byId = new Map(fraud.design.nodes.map((n) => [n.id, n]));
    for (const n of fraud.design.nodes) expect(catalog[n.service], n.service).toBeDefined();
    for (const c of fraud.design.connections) {
      const source = catalog[byId.get(c.source)!.service]!;
      const target = byId.get(c.target)!.service;
      const allowed = source.connections.some((r) => r.targets.includes(target) && r.kinds.includes(c.kind));
      expect(allowed, `${c.source} -${c.kind}-> ${c.target}`).toBe(true);
    }
  });

  it('holds the seed pipeline: API -> scoring -> endpoint, stream -> function -> table, alerts at 2 %', () => {
    const kinds = fraud.design.connections.map((c) => {
      const s = fraud.design.nodes.find((n) => n.id === c.source)!.service;
      const t = fraud.design.nodes.find((n) => n.id === c.target)!.service;
      return `${s}-${c.kind}->${t}`;
    });
    for (const expected of [
      'apiGateway-invoke->lambda',
      'lambda-invoke->sagemakerEndpoint',
      'kinesisStream-stream->lambda',
      'lambda-write->dynamodb',
      'lambda-publish->sns',
      's3-encrypt->kms',
      'sagemakerTraining-train->s3',
      'sagemakerTuning-train->s3',
      'sagemakerModelMonitor-monitor->sagemakerEndpoint',
      'lambda-log->cloudwatch',
    ])
      expect(kinds).toContain(expected);
    expect(fraud.design.connections.find((c) => c.target === 'FraudAlerts')?.ratio).toBe(0.02);
    const normal = fraud.design.scenarios.find((s) => s.id === fraud.design.activeScenarioId)!;
    expect(normal.loads[0]).toMatchObject({
      eventsPerMonth: 2_000_000,
      peakPerSecond: 150,
      payloadBytes: 2048,
    });
    expect(fraud.design.scenarios.map((s) => s.id)).toEqual(['normal', 'launch', 'peak']);
    expect(fraud.design.scenarios[2]!.loads[0]!.eventsPerMonth).toBe(20_000_000);
  });

  it('lays nodes out without overlaps inside a 1440 x 900 window', () => {
    const nodes = fraud.design.nodes;
    for (const a of nodes) {
      expect(a.position.x + NODE_W).toBeLessThanOrEqual(1440);
      expect(a.position.y + NODE_H).toBeLessThanOrEqual(900);
      for (const b of nodes) {
        if (a === b) continue;
        const apart =
          Math.abs(a.position.x - b.position.x) >= NODE_W || Math.abs(a.position.y - b.position.y) >= NODE_H;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });

  it('exports nodes and connection wiring into a template the CloudFormation spec accepts', async () => {
    const byId = new Map(fraud.design.nodes.map((n) => [n.id, n]));
    const env = new Map<string, Record<string, CfnValue>>();
    for (const c of fraud.design.connections) {
      const source = catalog[byId.get(c.source)!.service]!;
      const target = catalog[byId.get(c.target)!.service]!;
      const rule = source.connections.find((r) => r.targets.includes(target.id) && r.kinds.includes(c.kind))!;
      if (rule.env && target.cloudformation.reference)
        env.set(c.source, { ...env.get(c.source), [rule.env]: target.cloudformation.reference(c.target) });
    }
    const resources: Record<string, unknown> = {};
    const parameters: Record<string, unknown> = {};
    const mappings: Record<string, unknown> = {};
    const conditions: Record<string, unknown> = {};
    for (const n of fraud.design.nodes) {
      const service = catalog[n.service]!;
      const { ctx, parameters: p } = cfnContext(service, n.id, n.config as never, env.get(n.id) ?? {});
      Object.assign(resources, service.cloudformation.resources(ctx));
      Object.assign(parameters, p);
      Object.assign(mappings, service.cloudformation.mappings?.(ctx));
      Object.assign(conditions, service.cloudformation.conditions?.(ctx));
      if (service.cloudformation.role)
        resources[`${n.id}Role`] = roleResource(service.cloudformation.role.principal);
    }
    for (const c of fraud.design.connections) {
      const s = byId.get(c.source)!;
      const t = byId.get(c.target)!;
      const source = catalog[s.service]!;
      const target = catalog[t.service]!;
      const rule = source.connections.find((r) => r.targets.includes(target.id) && r.kinds.includes(c.kind))!;
      if (!rule.wiring) continue;
      Object.assign(
        resources,
        rule.wiring({
          source: { id: s.id, config: s.config },
          target: { id: t.id, config: t.config },
          connectionId: c.id,
          kind: c.kind,
          sourceArn: source.cloudformation.arn!(s.id),
          targetArn: target.cloudformation.arn!(t.id),
          sourceRef: source.cloudformation.reference!(s.id),
          targetRef: target.cloudformation.reference!(t.id),
        }),
      );
    }
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: parameters,
      Mappings: mappings,
      Conditions: conditions,
      Resources: resources,
    };
    // Assembled without the exporter, which guards references to the endpoint that waits
    // for its model (a Condition): checked as created once the model parameter is set.
    const modelSet = resolveConditions(template, {
      FraudModelModelDataUrl: 's3://fraud-data-lake/models/job/output/model.tar.gz',
    });
    expect(Object.keys(modelSet['Resources'] as object)).toEqual(Object.keys(resources));
    expect(await validateTemplate(modelSet)).toEqual([]);
    const types = Object.values(resources).map((r) => (r as { Type: string }).Type);
    expect(types).toContain('AWS::Lambda::EventSourceMapping');
    expect(types).toContain('AWS::Lambda::Permission');
  });
});
