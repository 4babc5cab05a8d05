/**
 * A small catalog for exporter tests, independent of catalog/: a function with a role, a
 * table, a stream polled by the function, a bucket that triggers the function (wiring
 * that extends the bucket), a topic, a queue and a service without ARN.
 */
import type { Catalog, CfnResource, CfnValue, ServiceDefinition } from '../../../shared/service/types';

const ref = (id: string): CfnValue => ({ Ref: id });
const arn = (id: string): CfnValue => ({ 'Fn::GetAtt': [id, 'Arn'] });
const text = { en: 'x', fr: 'x' };

function service(
  id: string,
  partial: Partial<ServiceDefinition> & Pick<ServiceDefinition, 'cloudformation'>,
): ServiceDefinition {
  return {
    id,
    name: { en: id, fr: id },
    description: text,
    aliases: [],
    category: 'compute',
    icon: '',
    config: {},
    meters: [],
    usage: () => ({ quantities: {} }),
    connections: [],
    ...partial,
  };
}

const fn = service('fn', {
  config: { memoryMb: { type: 'number', label: text, default: 256 } },
  cloudformation: {
    types: ['AWS::Lambda::Function'],
    role: {
      principal: 'lambda.amazonaws.com',
      managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
    },
    resources: (ctx) => ({
      [ctx.nodeId]: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Runtime: 'python3.12',
          Handler: 'index.handler',
          Role: arn(ctx.roleLogicalId ?? 'Missing'),
          MemorySize: ctx.config['memoryMb'] as number,
          Code: {
            S3Bucket: ctx.param('CodeBucket', {
              Type: 'String',
              Description: 'Bucket holding the function packages',
            }),
            S3Key: `${ctx.nodeId}.zip`,
          },
          ...(Object.keys(ctx.environment).length > 0
            ? { Environment: { Variables: { ...ctx.environment } } }
            : {}),
          ...(ctx.subnetIds.length > 0
            ? { VpcConfig: { SubnetIds: [...ctx.subnetIds], SecurityGroupIds: [...ctx.securityGroupIds] } }
            : {}),
        },
      },
    }),
    arn,
    reference: ref,
    outputs: (id) => ({ [`${id}Arn`]: { Value: arn(id), Description: 'Function ARN' } }),
    exportNotes: (ctx) => [`upload ${ctx.nodeId}.zip to the CodeBucket bucket before creating the stack`],
  },
  connections: [
    {
      targets: ['table'],
      kinds: ['read', 'write'],
      iam: { read: ['dynamodb:GetItem', 'dynamodb:Query'], write: ['dynamodb:PutItem'] },
      iamResourceSuffixes: ['/index/*'],
      env: 'TABLE_NAME',
    },
    { targets: ['topic'], kinds: ['publish'], iam: { publish: ['sns:Publish'] }, env: 'TOPIC_ARN' },
    { targets: ['noArn'], kinds: ['write'], iam: { write: ['thing:Put'] } },
    { targets: ['fn'], kinds: ['invoke'], iam: { invoke: ['lambda:InvokeFunction'] }, env: 'FUNCTION_NAME' },
    { targets: ['lazy'], kinds: ['write'], iam: { write: ['kinesis:PutRecord'] }, env: 'STREAM_NAME' },
  ],
});

const table = service('table', {
  cloudformation: {
    types: ['AWS::DynamoDB::Table'],
    resources: (ctx) => ({
      [ctx.nodeId]: {
        Type: 'AWS::DynamoDB::Table',
        Properties: {
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        },
      },
    }),
    arn,
    reference: ref,
  },
});

const stream = service('stream', {
  cloudformation: {
    types: ['AWS::Kinesis::Stream'],
    resources: (ctx) => ({ [ctx.nodeId]: { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1 } } }),
    arn,
    reference: ref,
  },
  connections: [
    {
      targets: ['fn'],
      kinds: ['stream'],
      iam: {
        stream: [
          'kinesis:GetRecords',
          'kinesis:GetShardIterator',
          'kinesis:DescribeStream',
          'kinesis:ListShards',
        ],
      },
      wiring: (ctx) => ({
        [`${ctx.connectionId}Mapping`]: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: {
            EventSourceArn: ctx.sourceArn,
            FunctionName: ctx.targetRef,
            StartingPosition: 'LATEST',
            BatchSize: 100,
          },
        },
      }),
    },
  ],
});

const bucket = service('bucket', {
  cloudformation: {
    types: ['AWS::S3::Bucket'],
    resources: (ctx) => ({
      [ctx.nodeId]: {
        Type: 'AWS::S3::Bucket',
        Properties: { VersioningConfiguration: { Status: 'Enabled' } },
      },
    }),
    arn,
    reference: ref,
  },
  connections: [
    {
      targets: ['fn'],
      kinds: ['trigger'],
      wiring: (ctx): Record<string, CfnResource> => ({
        [`${ctx.connectionId}Permission`]: {
          Type: 'AWS::Lambda::Permission',
          Properties: {
            Action: 'lambda:InvokeFunction',
            FunctionName: ctx.targetArn,
            Principal: 's3.amazonaws.com',
            SourceAccount: { Ref: 'AWS::AccountId' },
          },
        },
        [ctx.source.id]: {
          Type: 'AWS::S3::Bucket',
          DependsOn: [`${ctx.connectionId}Permission`],
          Properties: {
            NotificationConfiguration: {
              LambdaConfigurations: [{ Event: 's3:ObjectCreated:*', Function: ctx.targetArn }],
            },
          },
        },
      }),
    },
  ],
});

const topic = service('topic', {
  cloudformation: {
    types: ['AWS::SNS::Topic'],
    resources: (ctx) => ({ [ctx.nodeId]: { Type: 'AWS::SNS::Topic', Properties: {} } }),
    arn: ref,
    reference: ref,
  },
});

const noArn = service('noArn', {
  cloudformation: {
    types: ['AWS::SQS::Queue'],
    resources: (ctx) => ({ [ctx.nodeId]: { Type: 'AWS::SQS::Queue', Properties: {} } }),
  },
});

const nat = service('nat', {
  cloudformation: {
    types: ['AWS::EC2::NatGateway'],
    resources: (ctx): Record<string, CfnResource> => ({
      [`${ctx.nodeId}Ip`]: { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc' } },
      [ctx.nodeId]: {
        Type: 'AWS::EC2::NatGateway',
        Properties: {
          SubnetId: ctx.subnetIds[0] ?? 'subnet-missing',
          AllocationId: { 'Fn::GetAtt': [`${ctx.nodeId}Ip`, 'AllocationId'] },
        },
      },
    }),
  },
});

/**
 * A stream created only once its `<id>Shards` parameter is not 0 (condition `<id>On`),
 * with a topic of its own that waits for it through DependsOn only (the exporter must give
 * it the condition); it feeds functions like `stream`.
 */
const lazy = service('lazy', {
  cloudformation: {
    types: ['AWS::Kinesis::Stream'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::Kinesis::Stream',
        Condition: `${ctx.nodeId}On`,
        Properties: {
          ShardCount: ctx.param(`${ctx.nodeId}Shards`, { Type: 'Number', Default: 0, Description: 'Shards' }),
        },
      },
      [`${ctx.nodeId}Alarm`]: { Type: 'AWS::SNS::Topic', DependsOn: ctx.nodeId, Properties: {} },
    }),
    conditions: (ctx) => ({
      [`${ctx.nodeId}On`]: { 'Fn::Not': [{ 'Fn::Equals': [ref(`${ctx.nodeId}Shards`), '0'] }] },
    }),
    arn,
    reference: ref,
    outputs: (id) => ({ [`${id}Arn`]: { Value: arn(id), Description: 'Stream ARN' } }),
  },
  connections: [{ ...stream.connections[0]!, targets: ['fn'] }],
});

export const testCatalog: Catalog = { fn, table, stream, bucket, topic, noArn, nat, lazy };
