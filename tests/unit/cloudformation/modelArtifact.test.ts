/**
 * The fraud pipeline deploys on its first try: its SageMaker endpoint needs a model
 * artifact that a bucket created by the same stack cannot hold yet, so the model,
 * endpoint configuration, endpoint, autoscaling and monitoring wait for the
 * FraudModelModelDataUrl parameter. Checked for both parameter values the way
 * CloudFormation evaluates them: with it empty, none of them is created and nothing
 * points at them; with it set, everything is there and wired.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SpecDatabase } from '@aws-cdk/service-spec-types';
import { catalog, templates } from '../../../catalog';
import { toTemplate } from '../../../shared/cloudformation';
import { designBuilder } from '../../support/designBuilder';
import { resolveConditions } from '../../support/cfnConditions';
import { loadSpec, validateTemplateWith } from '../../support/cfnSpec';

let db: SpecDatabase;
beforeAll(async () => {
  db = await loadSpec();
});

const fraud = templates.find((t) => t.id === 'fraudDetection')!;
const { template } = toTemplate(fraud.design, catalog);
const full = template as unknown as Record<string, unknown>;
const artifact = 's3://fraud-data-lake/models/xgboost-2026-11-28/output/model.tar.gz';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;
const resourcesOf = (t: Record<string, unknown>): Resources => t['Resources'] as Resources;
const typesOf = (t: Record<string, unknown>): string[] =>
  [...new Set(Object.values(resourcesOf(t)).map((r) => r.Type))].sort();
const variables = (t: Record<string, unknown>, fn: string): Record<string, unknown> =>
  (resourcesOf(t)[fn]!.Properties!['Environment'] as { Variables: Record<string, unknown> }).Variables;
const actionsOf = (t: Record<string, unknown>, role: string): string[] =>
  (
    (resourcesOf(t)[role]!.Properties!['Policies'] ?? []) as {
      PolicyDocument: { Statement: { Action: string[] }[] };
    }[]
  ).flatMap((p) => p.PolicyDocument.Statement.flatMap((s) => s.Action));

const waiting = [
  'FraudModelModel',
  'FraudModelConfig',
  'FraudModel',
  'FraudModelScalableTarget',
  'FraudModelScalingPolicy',
  'ModelMonitorDefinition',
  'ModelMonitor',
];

describe('the fraud endpoint waits for its model artifact', () => {
  it('declares the artifact parameter, empty by default, and the condition on it', () => {
    expect(template.Parameters!['FraudModelModelDataUrl']).toMatchObject({ Type: 'String', Default: '' });
    expect(template.Conditions!['FraudModelHasModel']).toEqual({
      'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'FraudModelModelDataUrl' }, ''] }],
    });
    expect(template.Resources['FraudModelModel']!.Properties!['PrimaryContainer']).toMatchObject({
      ModelDataUrl: { Ref: 'FraudModelModelDataUrl' },
    });
  });

  it('the model, endpoint, scaling and monitoring carry the condition, nothing else does', () => {
    const conditional = Object.entries(template.Resources)
      .filter(([, r]) => r.Condition !== undefined)
      .map(([id, r]) => [id, r.Condition]);
    expect(conditional.sort()).toEqual(waiting.map((id) => [id, 'FraudModelHasModel']).sort());
    expect(template.Outputs!['FraudModelName']!.Condition).toBe('FraudModelHasModel');
  });

  it('first deploy (parameter empty): no SageMaker hosting or monitoring, no dangling reference', () => {
    const first = resolveConditions(full, { FraudModelModelDataUrl: '' });
    expect(validateTemplateWith(db, first)).toEqual([]);
    for (const id of waiting) expect(resourcesOf(first)[id], id).toBeUndefined();
    expect(
      typesOf(first).filter((t) => /SageMaker::(Model|Endpoint|Monitoring|DataQuality)/.test(t)),
    ).toEqual([]);
    expect(typesOf(first)).not.toContain('AWS::ApplicationAutoScaling::ScalableTarget');
    expect(variables(first, 'ScoringFunction')['ENDPOINT_NAME']).toBe('');
    expect(actionsOf(first, 'ScoringFunctionRole')).not.toContain('sagemaker:InvokeEndpoint');
    expect(actionsOf(first, 'ModelMonitorRole')).not.toContain('sagemaker:DescribeEndpoint');
    expect(Object.keys(first['Outputs'] as object)).not.toContain('FraudModelName');
    // Everything else is created: the data lake the model will be trained from, the pipelines.
    expect(Object.keys(resourcesOf(first)).length).toBe(
      Object.keys(template.Resources).length - waiting.length,
    );
    expect(resourcesOf(first)['Training']!.Type).toBe('AWS::SageMaker::Pipeline');
  });

  it('update with the artifact URL: everything is created and wired to the endpoint', () => {
    const second = resolveConditions(full, { FraudModelModelDataUrl: artifact });
    expect(validateTemplateWith(db, second)).toEqual([]);
    expect(Object.keys(resourcesOf(second)).sort()).toEqual(Object.keys(template.Resources).sort());
    expect(variables(second, 'ScoringFunction')['ENDPOINT_NAME']).toEqual({
      'Fn::GetAtt': ['FraudModel', 'EndpointName'],
    });
    expect(actionsOf(second, 'ScoringFunctionRole')).toContain('sagemaker:InvokeEndpoint');
    expect(actionsOf(second, 'ModelMonitorRole')).toContain('sagemaker:DescribeEndpoint');
    expect(Object.keys(second['Outputs'] as object)).toContain('FraudModelName');
  });

  it('the parameter refuses a value that is not an S3 URL', () => {
    const pattern = new RegExp(template.Parameters!['FraudModelModelDataUrl']!.AllowedPattern!);
    expect(pattern.test('')).toBe(true);
    expect(pattern.test(artifact)).toBe(true);
    expect(pattern.test('models/model.tar.gz')).toBe(false);
    expect(pattern.test('s3://bucket-only')).toBe(false);
  });
});

describe('any compute node calling a waiting endpoint', () => {
  for (const [service, target] of [
    ['lambda', 'sagemakerEndpoint'],
    ['ecsFargate', 'sagemakerEndpoint'],
    ['stepFunctions', 'sagemakerEndpoint'],
    ['lambda', 'sagemakerServerless'],
  ] as const)
    it(`${service} -invoke-> ${target}: valid with and without the model`, () => {
      const design = designBuilder('Calls')
        .node('Caller', service)
        .node('Model', target)
        .connect('Caller', 'Model', 'invoke', { id: 'Link' })
        .build();
      const exported = toTemplate(design, catalog).template as unknown as Record<string, unknown>;
      expect(validateTemplateWith(db, exported)).toEqual([]);
      const first = resolveConditions(exported, { ModelModelDataUrl: '' });
      const second = resolveConditions(exported, { ModelModelDataUrl: artifact });
      expect(validateTemplateWith(db, first)).toEqual([]);
      expect(validateTemplateWith(db, second)).toEqual([]);
      expect(resourcesOf(first)['Model']).toBeUndefined();
      expect(resourcesOf(first)['Caller']).toBeDefined();
      expect(resourcesOf(second)['Model']!.Type).toBe('AWS::SageMaker::Endpoint');
      expect(JSON.stringify(resourcesOf(first)['CallerRole'])).not.toContain('sagemaker:InvokeEndpoint');
      expect(JSON.stringify(resourcesOf(second)['CallerRole'])).toContain('sagemaker:InvokeEndpoint');
    });
});
