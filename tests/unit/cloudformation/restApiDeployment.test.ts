/**
 * A REST API with several Lambda integrations deploys once: one AWS::ApiGateway::Deployment
 * depending on every method, one stage on it (a deployment per integration for the same
 * stage fails: the second one finds the stage taken).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SpecDatabase } from '@aws-cdk/service-spec-types';
import { catalog } from '../../../catalog';
import { toTemplate, type Template } from '../../../shared/cloudformation';
import { designBuilder } from '../../support/designBuilder';
import { loadSpec, validateTemplateWith } from '../../support/cfnSpec';

let db: SpecDatabase;
beforeAll(async () => {
  db = await loadSpec();
});

const api = (config: Record<string, string | boolean> = {}) =>
  toTemplate(
    designBuilder('Rest')
      .node('Api', 'apiGateway', { config: { apiType: 'REST', stageName: 'live', ...config } })
      .node('Orders', 'lambda')
      .node('Payments', 'lambda')
      .node('Refunds', 'lambda')
      .connect('Api', 'Orders', 'invoke', { id: 'ToOrders' })
      .connect('Api', 'Payments', 'invoke', { id: 'ToPayments' })
      .connect('Api', 'Refunds', 'invoke', { id: 'ToRefunds' })
      .build(),
    catalog,
  );
const ofType = (resources: Template['Resources'], type: string) =>
  Object.entries(resources).filter(([, r]) => r.Type === type);

describe('REST API -> 3 Lambda functions', () => {
  it('is spec-valid with no export error', () => {
    const { template, problems } = api();
    expect(validateTemplateWith(db, template)).toEqual([]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('has exactly one deployment, depending on the three methods', () => {
    const { template } = api();
    const deployments = ofType(template.Resources, 'AWS::ApiGateway::Deployment');
    expect(deployments.map(([id]) => id)).toEqual(['ApiDeployment']);
    expect(ofType(template.Resources, 'AWS::ApiGateway::Method').map(([id]) => id)).toEqual([
      'ToOrdersMethod',
      'ToPaymentsMethod',
      'ToRefundsMethod',
    ]);
    expect(deployments[0]![1]).toEqual({
      Type: 'AWS::ApiGateway::Deployment',
      Properties: { RestApiId: { Ref: 'Api' } },
      DependsOn: ['ToOrdersMethod', 'ToPaymentsMethod', 'ToRefundsMethod'],
    });
  });

  it('has exactly one stage, named by the config, on that deployment', () => {
    const stages = ofType(api().template.Resources, 'AWS::ApiGateway::Stage');
    expect(stages).toEqual([
      [
        'ApiStage',
        {
          Type: 'AWS::ApiGateway::Stage',
          Properties: {
            RestApiId: { Ref: 'Api' },
            DeploymentId: { Ref: 'ApiDeployment' },
            StageName: 'live',
          },
        },
      ],
    ]);
  });

  it('the cache goes on the one stage', () => {
    const { template } = api({ cacheEnabled: true });
    expect(validateTemplateWith(db, template)).toEqual([]);
    expect(template.Resources['ApiStage']!.Properties).toMatchObject({
      CacheClusterEnabled: true,
      CacheClusterSize: '1.6',
    });
  });

  it('each function still gets its own resource path, integration and permission', () => {
    const { template } = api();
    expect(ofType(template.Resources, 'AWS::ApiGateway::Resource').map(([, r]) => r.Properties)).toEqual(
      ['orders', 'payments', 'refunds'].map((PathPart) => ({
        RestApiId: { Ref: 'Api' },
        ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
        PathPart,
      })),
    );
    expect(ofType(template.Resources, 'AWS::Lambda::Permission')).toHaveLength(3);
  });
});
