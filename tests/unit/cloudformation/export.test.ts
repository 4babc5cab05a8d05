import { beforeAll, describe, expect, it } from 'vitest';
import type { SpecDatabase } from '@aws-cdk/service-spec-types';
import {
  parseCfnYaml,
  toJson,
  toTemplate,
  toYaml,
  parseCidr,
  overlaps,
  contains,
} from '../../../shared/cloudformation';
import type { Design } from '../../../shared/model/design';
import { designBuilder } from '../../support/designBuilder';
import { loadSpec, validateTemplateWith } from '../../support/cfnSpec';
import { testCatalog } from './testCatalog';

let db: SpecDatabase;
beforeAll(async () => {
  db = await loadSpec();
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const pipeline = (): Design =>
  designBuilder('Pipeline')
    .group('Vpc', 'vpc')
    .group('ZoneA', 'availabilityZone', { parent: 'Vpc', config: { zone: 1 } })
    .group('Public', 'subnet', { parent: 'ZoneA', config: { public: true } })
    .group('Private', 'subnet', { parent: 'Vpc', config: { cidr: '10.0.0.0/24' } })
    .node('Score', 'fn', { group: 'Private', config: { memoryMb: 1024 } })
    .node('Table', 'table')
    .node('Profiles', 'table')
    .node('Stream', 'stream')
    .node('Bucket', 'bucket')
    .node('Alerts', 'topic')
    .connect('Score', 'Table', 'write', { id: 'ScoreWritesTable' })
    .connect('Score', 'Table', 'read', { id: 'ScoreReadsTable' })
    .connect('Score', 'Profiles', 'read', { id: 'ScoreReadsProfiles' })
    .connect('Stream', 'Score', 'stream', { id: 'StreamToScore' })
    .connect('Bucket', 'Score', 'trigger', { id: 'BucketTriggersScore' })
    .connect('Score', 'Alerts', 'publish', { id: 'ScorePublishes' })
    .build();

type Props = Record<string, unknown>;
const props = (
  template: { Resources: Readonly<Record<string, { Properties?: unknown }>> },
  id: string,
): Props => template.Resources[id]!.Properties as Props;

describe('toTemplate', () => {
  it('exports a spec-valid template with parameters, resources and outputs', () => {
    const { template, problems } = toTemplate(deepFreeze(pipeline()), testCatalog);
    expect(validateTemplateWith(db, template)).toEqual([]);
    expect(template.Description).toMatch(/^Pipeline/);
    expect(template.Parameters?.['EnvironmentName']?.Default).toBe('dev');
    expect(template.Outputs?.['ScoreArn']?.Value).toEqual({ 'Fn::GetAtt': ['Score', 'Arn'] });
    expect(problems.map((p) => p.code)).toEqual(['service_note', 'no_internet_route', 'parameter_required']);
    expect(problems[0]).toEqual({
      severity: 'warning',
      code: 'service_note',
      message: 'Score: upload Score.zip to the CodeBucket bucket before creating the stack',
      nodeId: 'Score',
    });
  });

  it('gives the compute node a role with exactly the statements its connections need', () => {
    const { template } = toTemplate(pipeline(), testCatalog);
    const role = props(template, 'ScoreRole');
    expect(props(template, 'Score')['Role']).toEqual({ 'Fn::GetAtt': ['ScoreRole', 'Arn'] });
    expect(role['AssumeRolePolicyDocument']).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    });
    const statements = (role['Policies'] as { PolicyDocument: { Statement: unknown[] } }[])[0]!.PolicyDocument
      .Statement;
    expect(statements).toEqual([
      { Sid: 'ScorePublishes', Effect: 'Allow', Action: ['sns:Publish'], Resource: [{ Ref: 'Alerts' }] },
      {
        Sid: 'ScoreReadsProfiles',
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:Query'],
        Resource: [{ 'Fn::GetAtt': ['Profiles', 'Arn'] }, { 'Fn::Sub': '${Profiles.Arn}/index/*' }],
      },
      {
        Sid: 'ScoreReadsTable',
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:Query'],
        Resource: [{ 'Fn::GetAtt': ['Table', 'Arn'] }, { 'Fn::Sub': '${Table.Arn}/index/*' }],
      },
      {
        Sid: 'ScoreWritesTable',
        Effect: 'Allow',
        Action: ['dynamodb:PutItem'],
        Resource: [{ 'Fn::GetAtt': ['Table', 'Arn'] }, { 'Fn::Sub': '${Table.Arn}/index/*' }],
      },
      // The stream has no role: the polling function's role reads it.
      {
        Sid: 'StreamToScore',
        Effect: 'Allow',
        Action: [
          'kinesis:DescribeStream',
          'kinesis:GetRecords',
          'kinesis:GetShardIterator',
          'kinesis:ListShards',
        ],
        Resource: [{ 'Fn::GetAtt': ['Stream', 'Arn'] }],
      },
    ]);
    expect(JSON.stringify(statements)).not.toContain('"*"');
  });

  it('grants "*" only where the target has no ARN, and says so', () => {
    const design = designBuilder('W')
      .node('Fn', 'fn')
      .node('Q', 'noArn')
      .connect('Fn', 'Q', 'write', { id: 'Put' })
      .build();
    const { template, problems } = toTemplate(design, testCatalog);
    expect(JSON.stringify(props(template, 'FnRole'))).toContain('"Resource":["*"]');
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'iam_wildcard', connectionId: 'Put', severity: 'warning' }),
    );
  });

  it('names targets in environment variables, suffixed when a name is used twice', () => {
    const { template } = toTemplate(pipeline(), testCatalog);
    expect((props(template, 'Score')['Environment'] as Props)['Variables']).toEqual({
      TABLE_NAME_PROFILES: { Ref: 'Profiles' },
      TABLE_NAME_TABLE: { Ref: 'Table' },
      TOPIC_ARN: { Ref: 'Alerts' },
    });
  });

  it('adds wiring resources and lets wiring extend the source resource', () => {
    const { template } = toTemplate(pipeline(), testCatalog);
    expect(props(template, 'StreamToScoreMapping')).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': ['Stream', 'Arn'] },
      FunctionName: { Ref: 'Score' },
    });
    expect(template.Resources['Bucket']).toEqual({
      Type: 'AWS::S3::Bucket',
      DependsOn: ['BucketTriggersScorePermission'],
      Properties: {
        VersioningConfiguration: { Status: 'Enabled' },
        NotificationConfiguration: {
          LambdaConfigurations: [
            { Event: 's3:ObjectCreated:*', Function: { 'Fn::GetAtt': ['Score', 'Arn'] } },
          ],
        },
      },
    });
  });

  it('reports unknown services and connections no rule allows, never dropping them silently', () => {
    const design = designBuilder('Bad')
      .node('Fn', 'fn')
      .node('Ghost', 'nope')
      .node('Table', 'table')
      .connect('Table', 'Fn', 'write', { id: 'Backwards' })
      .connect('Fn', 'Ghost', 'write', { id: 'ToGhost' })
      .build();
    const { template, problems } = toTemplate(design, testCatalog);
    expect(problems.slice(0, 3)).toEqual([
      expect.objectContaining({ severity: 'error', code: 'unknown_service', nodeId: 'Ghost' }),
      expect.objectContaining({
        severity: 'error',
        code: 'connection_not_allowed',
        connectionId: 'Backwards',
      }),
      expect.objectContaining({ severity: 'error', code: 'unknown_node', connectionId: 'ToGhost' }),
    ]);
    expect(template.Resources['Ghost']).toBeUndefined();
    expect(validateTemplateWith(db, template)).toEqual([]);
  });

  it('reports two resources wanting one logical id instead of overwriting', () => {
    const design = designBuilder('Clash').node('Fn', 'fn').node('FnRole', 'table').build();
    const { template, problems } = toTemplate(design, testCatalog);
    expect(template.Resources['FnRole']?.Type).toBe('AWS::DynamoDB::Table');
    expect(props(template, 'Fn')['Role']).toEqual({ 'Fn::GetAtt': ['FnRole2', 'Arn'] });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('toTemplate networking', () => {
  it('allocates non-overlapping subnets inside the VPC and keeps explicit CIDRs', () => {
    const design = designBuilder('Net')
      .group('Vpc', 'vpc', { config: { cidr: '10.1.0.0/16' } })
      .group('A', 'subnet', { parent: 'Vpc', config: { cidr: '10.1.0.0/24' } })
      .group('B', 'subnet', { parent: 'Vpc' })
      .group('Az', 'availabilityZone', { parent: 'Vpc', config: { zone: 2 } })
      .group('C', 'subnet', { parent: 'Az', config: { public: true } })
      .group('Empty', 'availabilityZone', { parent: 'Vpc' })
      .node('Fn', 'fn', { group: 'Az' })
      .build();
    const { template, problems } = toTemplate(design, testCatalog);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(validateTemplateWith(db, template)).toEqual([]);
    const subnets = Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::EC2::Subnet');
    expect(subnets.map(([id]) => id).sort()).toEqual(['A', 'B', 'C', 'EmptySubnet']);
    const cidrs = subnets.map(([, r]) => parseCidr((r.Properties as Props)['CidrBlock'] as string)!);
    const vpc = parseCidr('10.1.0.0/16')!;
    cidrs.forEach((c, i) => {
      expect(contains(vpc, c)).toBe(true);
      cidrs.slice(i + 1).forEach((d) => expect(overlaps(c, d)).toBe(false));
    });
    expect(props(template, 'A')['CidrBlock']).toBe('10.1.0.0/24');
    expect(props(template, 'C')['AvailabilityZone']).toEqual({ 'Fn::Select': [2, { 'Fn::GetAZs': '' }] });
    expect(props(template, 'C')['MapPublicIpOnLaunch']).toBe(true);
    expect(props(template, 'VpcPublicDefaultRoute')).toMatchObject({
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: { Ref: 'VpcInternetGateway' },
    });
    expect(props(template, 'CRouteTableAssociation')['RouteTableId']).toEqual({ Ref: 'VpcPublicRouteTable' });
    expect(props(template, 'ARouteTableAssociation')['RouteTableId']).toEqual({
      Ref: 'VpcPrivateRouteTable',
    });
    expect(props(template, 'Fn')['VpcConfig']).toEqual({
      SubnetIds: [{ Ref: 'C' }],
      SecurityGroupIds: [{ 'Fn::GetAtt': ['VpcSecurityGroup', 'GroupId'] }],
    });
  });

  it('routes private subnets through a NAT gateway node in a public subnet, and warns without one', () => {
    const base = designBuilder('Nat')
      .group('Vpc', 'vpc')
      .group('Public', 'subnet', { parent: 'Vpc', config: { public: true } })
      .group('Private', 'subnet', { parent: 'Vpc' })
      .node('Fn', 'fn', { group: 'Private' });
    const withNat = toTemplate(base.node('Gateway', 'nat', { group: 'Public' }).build(), testCatalog);
    expect(validateTemplateWith(db, withNat.template)).toEqual([]);
    expect(withNat.template.Resources['VpcPrivateDefaultRoute']).toEqual({
      Type: 'AWS::EC2::Route',
      Properties: {
        RouteTableId: { Ref: 'VpcPrivateRouteTable' },
        DestinationCidrBlock: '0.0.0.0/0',
        NatGatewayId: { Ref: 'Gateway' },
      },
    });
    expect(withNat.problems.map((p) => p.code)).not.toContain('no_internet_route');
    const without = toTemplate(
      designBuilder('NoNat')
        .group('Vpc', 'vpc')
        .group('Private', 'subnet', { parent: 'Vpc' })
        .node('Fn', 'fn', { group: 'Private' })
        .build(),
      testCatalog,
    );
    expect(without.problems).toContainEqual(
      expect.objectContaining({
        code: 'no_internet_route',
        message: expect.stringContaining('Fn in private subnets'),
      }),
    );
  });

  it('gives an empty VPC two private subnets in two zones, used by its nodes', () => {
    const design = designBuilder('Empty').group('Net', 'vpc').node('Fn', 'fn', { group: 'Net' }).build();
    const { template } = toTemplate(design, testCatalog);
    expect(validateTemplateWith(db, template)).toEqual([]);
    expect((props(template, 'Fn')['VpcConfig'] as Props)['SubnetIds']).toEqual([
      { Ref: 'NetSubnet1' },
      { Ref: 'NetSubnet2' },
    ]);
    expect(props(template, 'NetSubnet2')['AvailabilityZone']).toEqual({
      'Fn::Select': [1, { 'Fn::GetAZs': '' }],
    });
  });

  it('reports explicit CIDRs that are malformed, outside the VPC or overlapping', () => {
    const design = designBuilder('Bad')
      .group('Vpc', 'vpc', { config: { cidr: '10.0.0.0/16' } })
      .group('Out', 'subnet', { parent: 'Vpc', config: { cidr: '192.168.0.0/24' } })
      .group('One', 'subnet', { parent: 'Vpc', config: { cidr: '10.0.0.0/23' } })
      .group('Two', 'subnet', { parent: 'Vpc', config: { cidr: '10.0.1.0/24' } })
      .group('Junk', 'subnet', { parent: 'Vpc', config: { cidr: '10.0.0.300/24' } })
      .group('Stray', 'subnet')
      .build();
    const { template, problems } = toTemplate(design, testCatalog);
    const messages = problems.filter((p) => p.code === 'invalid_group').map((p) => p.message);
    expect(messages).toEqual([
      'Stray: a subnet must sit inside a VPC or an availability zone',
      'Junk: CIDR "10.0.0.300/24" is not a network block like 10.0.1.0/24',
      "Out: CIDR 192.168.0.0/24 is outside the VPC's 10.0.0.0/16",
      'Two: CIDR 10.0.1.0/24 overlaps another subnet of the VPC',
    ]);
    // The rejected ones still get a valid block: nothing is silently dropped.
    expect(validateTemplateWith(db, template)).toEqual([]);
    expect(['Junk', 'Out', 'Two'].map((id) => props(template, id)['CidrBlock'])).toEqual([
      '10.0.2.0/24',
      '10.0.3.0/24',
      '10.0.4.0/24',
    ]);
  });
});

describe('determinism and serialisation', () => {
  it('gives byte-identical YAML and JSON whatever the order of the design arrays', () => {
    const design = pipeline();
    const shuffled: Design = {
      ...design,
      nodes: [...design.nodes].reverse(),
      connections: [...design.connections].reverse(),
      groups: [...design.groups].reverse(),
    };
    const a = toTemplate(design, testCatalog).template;
    const b = toTemplate(shuffled, testCatalog).template;
    expect(toYaml(b)).toBe(toYaml(a));
    expect(toJson(b)).toBe(toJson(a));
  });

  it('reads its own YAML and JSON back to the same template', () => {
    const { template } = toTemplate(pipeline(), testCatalog);
    const yaml = toYaml(template);
    expect(yaml).toContain('Role: !GetAtt ScoreRole.Arn');
    expect(yaml).toContain('- !Sub ${Table.Arn}/index/*');
    expect(parseCfnYaml(yaml)).toEqual({ ok: true, value: JSON.parse(toJson(template)) });
    expect(parseCfnYaml(toJson(template))).toEqual({ ok: true, value: JSON.parse(toJson(template)) });
  });
});
