/**
 * The exporter on the real catalog: every built-in template and every service and allowed
 * connection gives a spec-valid template; the fraud pipeline matches its golden file; IAM
 * statements are exactly what each connection kind needs, on the target's ARN.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SpecDatabase } from '@aws-cdk/service-spec-types';
import { catalog, templates } from '../../../catalog';
import { toTemplate, toYaml, type Template } from '../../../shared/cloudformation';
import type { ConnectionKind } from '../../../shared/model/design';
import type { Problem } from '../../../shared/validation/problem';
import { designBuilder } from '../../support/designBuilder';
import { loadSpec, validateTemplateWith } from '../../support/cfnSpec';

let db: SpecDatabase;
beforeAll(async () => {
  db = await loadSpec();
});

const goldenPath = new URL('../../golden/fraud-detection.yaml', import.meta.url);
const fraud = templates.find((t) => t.id === 'fraudDetection') ?? templates[0]!;
const services = Object.values(catalog).filter((s) => !s.group);

describe('export of the built-in templates', () => {
  for (const template of templates) {
    it(`"${template.name.en}" is spec-valid with no error`, () => {
      const { template: exported, problems } = toTemplate(template.design, catalog);
      expect(validateTemplateWith(db, exported)).toEqual([]);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }

  it('the fraud pipeline matches tests/golden/fraud-detection.yaml (UPDATE_GOLDEN=1 rewrites it)', () => {
    const yaml = toYaml(toTemplate(fraud.design, catalog).template);
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(goldenPath, yaml);
    expect(existsSync(goldenPath), 'run with UPDATE_GOLDEN=1 to create the golden file').toBe(true);
    expect(yaml).toBe(readFileSync(goldenPath, 'utf8'));
  });
});

const retired = (problems: readonly Problem[]) => problems.filter((p) => p.code === 'service_retired');
const errors = (problems: readonly Problem[]) =>
  problems.filter((p) => p.severity === 'error' && p.code !== 'service_retired');

describe('every catalog service and allowed connection exports spec-valid', () => {
  it('covers the catalog', () => expect(services.length).toBeGreaterThanOrEqual(10));
  for (const service of services) {
    it(`${service.id} alone and with each allowed target`, () => {
      const alone = toTemplate(designBuilder('One').node('A', service.id).build(), catalog);
      expect(validateTemplateWith(db, alone.template)).toEqual([]);
      // A retired service still exports spec-valid resources, with the one error that says
      // CloudFormation can no longer create them.
      expect(retired(alone.problems).map((p) => p.nodeId)).toEqual(service.retired ? ['A'] : []);
      expect(errors(alone.problems)).toEqual([]);
      for (const rule of service.connections)
        for (const target of rule.targets)
          for (const kind of rule.kinds) {
            const design = designBuilder('Pair')
              .node('A', service.id)
              .node('B', target)
              .connect('A', 'B', kind, { id: 'Link' })
              .build();
            const { template, problems } = toTemplate(design, catalog);
            expect({
              link: `${service.id} -${kind}-> ${target}`,
              problems: validateTemplateWith(db, template),
            }).toEqual({
              link: `${service.id} -${kind}-> ${target}`,
              problems: [],
            });
            expect(retired(problems).map((p) => p.nodeId)).toEqual(
              [service.retired ? 'A' : '', catalog[target]?.retired ? 'B' : ''].filter(Boolean),
            );
            expect([...errors(problems), ...problems.filter((p) => p.code === 'iam_wildcard')]).toEqual([]);
          }
    });
  }
});

type Statement = { Sid: string; Action: string[]; Resource: unknown[] };
function statementsOf(template: Template, role: string): Statement[] {
  // A policy on a conditional resource is `Fn::If: [condition, policy, AWS::NoValue]`.
  type Policy = { PolicyDocument: { Statement: Statement[] } };
  const policies = (template.Resources[role]?.Properties?.['Policies'] ?? []) as (
    Policy | { 'Fn::If': [string, Policy, unknown] }
  )[];
  return policies.flatMap((p) => ('Fn::If' in p ? p['Fn::If'][1] : p).PolicyDocument.Statement);
}
const pair = (source: string, target: string, kind: ConnectionKind) =>
  toTemplate(
    designBuilder('Iam')
      .node('Src', source)
      .node('Dst', target)
      .connect('Src', 'Dst', kind, { id: 'Link' })
      .build(),
    catalog,
  ).template;

describe('least-privilege IAM, as the issue states it', () => {
  const expected: [string, string, ConnectionKind, string[], unknown[]][] = [
    [
      'lambda',
      'dynamodb',
      'write',
      ['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
      [{ 'Fn::GetAtt': ['Dst', 'Arn'] }, { 'Fn::Sub': '${Dst.Arn}/index/*' }],
    ],
    ['lambda', 'sagemakerEndpoint', 'invoke', ['sagemaker:InvokeEndpoint'], [{ Ref: 'Dst' }]],
    ['lambda', 'sns', 'publish', ['sns:Publish'], [{ Ref: 'Dst' }]],
    [
      'lambda',
      'kinesisStream',
      'write',
      ['kinesis:PutRecord', 'kinesis:PutRecords'],
      [{ 'Fn::GetAtt': ['Dst', 'Arn'] }],
    ],
    [
      'lambda',
      'kms',
      'encrypt',
      ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'],
      [{ 'Fn::GetAtt': ['Dst', 'Arn'] }],
    ],
  ];
  for (const [source, target, kind, actions, resources] of expected) {
    it(`${source} -${kind}-> ${target}: ${actions.join(', ')} on the target only`, () => {
      const template = pair(source, target, kind);
      expect(statementsOf(template, 'SrcRole')).toEqual([
        { Sid: 'Link', Effect: 'Allow', Action: actions, Resource: resources },
      ]);
    });
  }
});

describe('IAM statements for every connection kind that grants IAM', () => {
  for (const service of services.filter((s) => s.cloudformation.role))
    for (const rule of service.connections)
      for (const kind of rule.kinds) {
        const actions = rule.iam?.[kind];
        if (!actions || actions.length === 0) continue;
        for (const target of rule.targets) {
          it(`${service.id} -${kind}-> ${target}`, () => {
            const arn = catalog[target]!.cloudformation.arn?.('Dst');
            expect(arn, `${target} must declare an ARN so the grant is not "*"`).toBeDefined();
            const { template, problems } = toTemplate(
              designBuilder('Iam')
                .node('Src', service.id)
                .node('Dst', target)
                .connect('Src', 'Dst', kind, { id: 'Link' })
                .build(),
              catalog,
            );
            const [statement, ...others] = statementsOf(template, 'SrcRole');
            expect(others).toEqual([]);
            expect(statement!.Sid).toBe('Link');
            expect(statement!.Action).toEqual([...new Set(actions)].sort());
            if (problems.some((p) => p.code === 'iam_target_without_resource')) {
              // The target creates nothing in its default configuration (a built-in model): "*", said so.
              expect(template.Resources['Dst']).toBeUndefined();
              expect(statement!.Resource).toEqual(['*']);
            } else {
              expect(statement!.Resource).toEqual([
                arn,
                ...(rule.iamResourceSuffixes ?? []).map(() => expect.anything()),
              ]);
              expect(JSON.stringify(statement!.Resource)).not.toContain('"*"');
            }
            expect(statement!.Action.every((a) => /^[a-z0-9-]+:[A-Za-z0-9]+$/.test(a))).toBe(true);
          });
        }
      }
});

describe('designs the export cannot deploy', () => {
  it('a loop of connections whose resources need each other is a dependency_cycle error, as the spec check finds', () => {
    // A function starts a state machine that invokes the same function: each needs the other's ARN.
    const design = designBuilder('Loop')
      .node('Fn', 'lambda')
      .node('Flow', 'stepFunctions')
      .connect('Fn', 'Flow', 'invoke', { id: 'Start' })
      .connect('Flow', 'Fn', 'invoke', { id: 'Call' })
      .build();
    const { template, problems } = toTemplate(design, catalog);
    const cycles = problems.filter((p) => p.code === 'dependency_cycle');
    expect(cycles.length).toBeGreaterThan(0);
    expect(cycles[0]).toMatchObject({ severity: 'error' });
    expect(cycles[0]?.message).toMatch(/^Resources (\w+ -> )+\w+ need each other/);
    // The independent checker (tests/support) finds a cycle through the same resources.
    const found = validateTemplateWith(db, template).filter((p) => p.message.startsWith('Dependency cycle'));
    expect(found.length).toBeGreaterThan(0);
    const ids = (path: string) => new Set(path.split(' -> '));
    expect(ids(String(cycles[0]!.params?.['path']))).toEqual(
      ids(found[0]!.message.slice('Dependency cycle: '.length)),
    );
    // Without the loop, no cycle.
    const open = { ...design, connections: design.connections.filter((c) => c.id !== 'Call') };
    expect(toTemplate(open, catalog).problems.map((p) => p.code)).not.toContain('dependency_cycle');
  });

  it('a retired service is exported with an error naming the date and what to use instead', () => {
    const { problems } = toTemplate(designBuilder('Old').node('Legacy', 'iotAnalytics').build(), catalog);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'service_retired', nodeId: 'Legacy' }),
    ]);
    expect(problems[0]?.message).toContain('AWS IoT Analytics, which AWS retired on 2025-12-15');
  });
});
