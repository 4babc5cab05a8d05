import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SpecDatabase } from '@aws-cdk/service-spec-types';
import { parseCfnYaml } from '../../../shared/cloudformation/yaml';
import { loadSpec, validateTemplateWith, type SpecProblem } from '../../support/cfnSpec';

const fixtures = '/work/shared/fixtures/cfn';
const files = ['aws-cloudformation-templates', 'cfn-lint'].flatMap((dir) =>
  readdirSync(join(fixtures, dir))
    .filter((f) => /\.(yaml|json)$/.test(f))
    .map((f) => join(dir, f)),
);

function load(file: string): Record<string, unknown> {
  const parsed = parseCfnYaml(readFileSync(join(fixtures, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues[0]!.message}`);
  return parsed.value as Record<string, unknown>;
}

/** Templates whose Transform (SAM, LanguageExtensions) CloudFormation expands before validation. */
const transformed = new Set([
  'aws-cloudformation-templates/CloudFormation__fn-foreach-ddb.yaml',
  'cfn-lint/good__transform_serverless_function.yaml',
  'cfn-lint/good__some_logs_stream_lambda.yaml',
]);

let db: SpecDatabase;
beforeAll(async () => {
  db = await loadSpec();
});

const validate = (template: unknown, coerceScalars = true): SpecProblem[] =>
  validateTemplateWith(db, template, { coerceScalars });

describe('cfnSpec validator on real public templates', () => {
  it('finds all 18 fixtures', () => expect(files).toHaveLength(18));

  for (const file of files.filter((f) => !transformed.has(f))) {
    it(`accepts ${file}`, () => expect(validate(load(file))).toEqual([]));
  }

  for (const file of transformed) {
    it(`says ${file} needs its transform expanded`, () => {
      const problems = validate(load(file));
      expect(problems).toContainEqual(expect.objectContaining({ path: 'Transform' }));
    });
  }

  it('without coercion flags the strings real templates use for booleans', () => {
    const problems = validate(
      load('aws-cloudformation-templates/VPC__VPC_With_Managed_NAT_And_Private_Subnet.yaml'),
      false,
    );
    expect(problems).toContainEqual({
      path: 'Resources.PublicSubnet1.Properties.MapPublicIpOnLaunch',
      message: 'Expected a boolean, got string "true"',
    });
  });
});

/** The S3 → Lambda trigger template, changed by `edit` (a fresh deep copy each time). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit parsed templates freely
type Editable = any;

function broken(edit: (t: Editable) => void): SpecProblem[] {
  const template = structuredClone(load('aws-cloudformation-templates/S3__S3_LambdaTrigger.yaml'));
  edit(template);
  return validate(template, false);
}
const paths = (problems: SpecProblem[]): string[] => problems.map((p) => p.path);
const fn = 'Resources.S3TriggerLambdaFunction';

describe('cfnSpec validator on broken variants', () => {
  it('starts from a template that passes', () => expect(broken(() => undefined)).toEqual([]));

  it('rejects what is not a template', () => {
    expect(validate('hello')).toEqual([{ path: '', message: 'A template must be an object' }]);
    expect(paths(validate({ Resources: {} }))).toEqual(['Resources']);
    expect(paths(broken((t) => (t.Outputz = {})))).toEqual(['Outputz']);
  });

  it('rejects an unknown resource type', () => {
    const problems = broken((t) => (t.Resources.S3TriggerLambdaFunction.Type = 'AWS::Lambda::Functon'));
    expect(problems).toEqual([
      { path: `${fn}.Type`, message: 'Unknown resource type "AWS::Lambda::Functon"' },
    ]);
  });

  it('rejects a missing required property', () => {
    const problems = broken((t) => delete t.Resources.S3TriggerLambdaFunction.Properties.Code);
    expect(paths(problems)).toEqual([`${fn}.Properties.Code`]);
    expect(problems[0]!.message).toMatch(/required property Code/);
  });

  it('rejects unknown properties, also in nested types', () => {
    expect(paths(broken((t) => (t.Resources.S3TriggerLambdaFunction.Properties.Memory = 128)))).toEqual([
      `${fn}.Properties.Memory`,
    ]);
    expect(paths(broken((t) => (t.Resources.S3TriggerLambdaFunction.Properties.Code.Zip = 'x')))).toEqual([
      `${fn}.Properties.Code.Zip`,
    ]);
    expect(paths(broken((t) => (t.Resources.S3TriggerLambdaFunction.Oops = 1)))).toEqual([`${fn}.Oops`]);
  });

  it('rejects wrong value types', () => {
    const at = (edit: (p: Editable) => void) =>
      paths(broken((t) => edit(t.Resources.S3TriggerLambdaFunction.Properties)));
    expect(at((p) => (p.Timeout = 'thirty'))).toEqual([`${fn}.Properties.Timeout`]);
    expect(at((p) => (p.Timeout = 2.5))).toEqual([`${fn}.Properties.Timeout`]);
    expect(at((p) => (p.Handler = ['index.handler']))).toEqual([`${fn}.Properties.Handler`]);
    expect(at((p) => (p.Code = 'inline'))).toEqual([`${fn}.Properties.Code`]);
    expect(at((p) => (p.Layers = 'arn:layer'))).toEqual([`${fn}.Properties.Layers`]);
    expect(at((p) => (p.Layers = ['a', 3]))).toEqual([`${fn}.Properties.Layers[1]`]);
    expect(at((p) => (p.Environment = { Variables: { A: ['x'] } }))).toEqual([
      `${fn}.Properties.Environment.Variables.A`,
    ]);
    expect(at((p) => (p.Tags = [{ Key: 'a' }]))).toEqual([`${fn}.Properties.Tags[0].Value`]);
    expect(at((p) => (p.Code.S3ObjectStorageMode = 'MOVE'))).toEqual([
      `${fn}.Properties.Code.S3ObjectStorageMode`,
    ]);
    expect(at((p) => (p.Handler = { 'Fn::GetAZs': '' }))).toEqual([`${fn}.Properties.Handler`]);
    expect(at((p) => (p.Layers = { 'Fn::Join': ['', ['a']] }))).toEqual([`${fn}.Properties.Layers`]);
  });

  it('accepts intrinsics and AWS::NoValue where a value is expected', () => {
    expect(
      broken((t) => {
        const p = t.Resources.S3TriggerLambdaFunction.Properties;
        p.Timeout = { Ref: 'AWS::NoValue' };
        p.Handler = { 'Fn::Join': ['.', ['index', 'handler']] };
        p.Layers = { 'Fn::Split': [',', 'a,b'] };
        p.Description = { 'Fn::Sub': 'fn in ${AWS::Region}' };
      }),
    ).toEqual([]);
  });

  it('rejects Ref, GetAtt and Sub to things that do not exist', () => {
    expect(
      paths(broken((t) => (t.Resources.LambdaInvokePermission.Properties.SourceAccount = { Ref: 'Nope' }))),
    ).toEqual(['Resources.LambdaInvokePermission.Properties.SourceAccount.Ref']);
    const attr = broken(
      (t) =>
        (t.Resources.S3TriggerLambdaFunction.Properties.Role = { 'Fn::GetAtt': ['LambdaIAMRole', 'Name'] }),
    );
    expect(attr).toEqual([
      { path: `${fn}.Properties.Role.Fn::GetAtt`, message: 'AWS::IAM::Role has no attribute "Name"' },
    ]);
    expect(
      paths(
        broken(
          (t) => (t.Resources.S3TriggerLambdaFunction.Properties.Role = { 'Fn::GetAtt': ['Ghost', 'Arn'] }),
        ),
      ),
    ).toEqual([`${fn}.Properties.Role.Fn::GetAtt`]);
    expect(
      paths(
        broken(
          (t) =>
            (t.Resources.LambdaInvokePermission.Properties.SourceArn = {
              'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}',
            }),
        ),
      ),
    ).toEqual(['Resources.LambdaInvokePermission.Properties.SourceArn.Fn::Sub']);
    expect(
      paths(
        broken(
          (t) =>
            (t.Resources.LambdaInvokePermission.Properties.SourceArn = {
              'Fn::Sub': '${LambdaIAMRole.Nope}',
            }),
        ),
      ),
    ).toEqual(['Resources.LambdaInvokePermission.Properties.SourceArn.Fn::Sub']);
    expect(
      broken(
        (t) =>
          (t.Resources.LambdaInvokePermission.Properties.SourceArn = {
            'Fn::Sub': ['${X}-${!Literal}', { X: 'y' }],
          }),
      ),
    ).toEqual([]);
  });

  it('rejects DependsOn to an unknown resource and dependency cycles', () => {
    expect(paths(broken((t) => (t.Resources.LambdaIAMRole.DependsOn = ['Ghost'])))).toEqual([
      'Resources.LambdaIAMRole.DependsOn[0]',
    ]);
    const cycle = broken((t) => (t.Resources.LambdaIAMRole.DependsOn = 'LambdaInvokePermission'));
    expect(cycle).toHaveLength(1);
    expect(cycle[0]!.message).toMatch(
      /^Dependency cycle: (LambdaIAMRole -> LambdaInvokePermission -> S3TriggerLambdaFunction -> LambdaIAMRole|.*)$/,
    );
    expect(cycle[0]!.message.split(' -> ')).toHaveLength(4);
  });

  it('rejects unknown conditions, mappings and bad parameters', () => {
    expect(paths(broken((t) => (t.Resources.LambdaIAMRole.Condition = 'IsProd')))).toEqual([
      'Resources.LambdaIAMRole.Condition',
    ]);
    expect(
      paths(
        broken(
          (t) =>
            (t.Resources.S3TriggerLambdaFunction.Properties.Runtime = {
              'Fn::FindInMap': ['Runtimes', 'a', 'b'],
            }),
        ),
      ),
    ).toEqual([`${fn}.Properties.Runtime.Fn::FindInMap[0]`]);
    expect(paths(broken((t) => (t.Parameters.NotificationBucket.Type = 'Text')))).toEqual([
      'Parameters.NotificationBucket.Type',
    ]);
  });
});

describe('cfnSpec validator on conditional resources', () => {
  const hasBucket = { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'NotificationBucket' }, ''] }] };
  /** The trigger template with the invoke permission created only under condition HasBucket. */
  const conditional = (edit: (t: Editable) => void = () => undefined): SpecProblem[] =>
    broken((t) => {
      t.Conditions = { HasBucket: hasBucket };
      t.Resources.LambdaInvokePermission.Condition = 'HasBucket';
      edit(t);
    });
  const permission = 'LambdaInvokePermission';

  it('accepts the real templates that use conditional resources (RDS read replica, Firehose)', () => {
    for (const file of [
      'aws-cloudformation-templates/RDS__RDS_MySQL_With_Read_Replica.yaml',
      'aws-cloudformation-templates/DataFirehose__DataFirehoseDeliveryStream.yaml',
    ])
      expect(validate(load(file))).toEqual([]);
  });

  it('rejects a DependsOn from an unconditional resource on a conditional one', () => {
    expect(conditional()).toEqual([
      {
        path: 'Resources.S3BucketNotification.DependsOn[0]',
        message: `"${permission}" exists only when condition HasBucket holds; reference it under that condition or inside Fn::If [HasBucket, ...]`,
      },
    ]);
  });

  it('accepts the dependent when it carries the condition, or an Fn::And including it', () => {
    expect(conditional((t) => (t.Resources.S3BucketNotification.Condition = 'HasBucket'))).toEqual([]);
    expect(
      conditional((t) => {
        t.Conditions.IsBig = { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] };
        t.Conditions.Both = { 'Fn::And': [{ Condition: 'IsBig' }, { Condition: 'HasBucket' }] };
        t.Resources.S3BucketNotification.Condition = 'Both';
      }),
    ).toEqual([]);
    expect(
      paths(
        conditional((t) => {
          t.Conditions.IsBig = { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] };
          t.Resources.S3BucketNotification.Condition = 'IsBig';
        }),
      ),
    ).toEqual(['Resources.S3BucketNotification.DependsOn[0]']);
  });

  it('rejects Ref, GetAtt and Sub of a conditional resource outside Fn::If on its condition', () => {
    const problems = conditional((t) => {
      delete t.Resources.S3BucketNotification.DependsOn;
      t.Resources.S3BucketNotification.Properties.Tags = [
        { Key: 'a', Value: { Ref: permission } },
        { Key: 'b', Value: { 'Fn::Sub': `\${${permission}}` } },
        { Key: 'c', Value: { 'Fn::If': ['HasBucket', { Ref: permission }, 'none'] } },
        { Key: 'd', Value: { 'Fn::If': ['HasBucket', 'none', { Ref: permission }] } },
      ];
    });
    expect(paths(problems)).toEqual([
      'Resources.S3BucketNotification.Properties.Tags[0].Value.Ref',
      'Resources.S3BucketNotification.Properties.Tags[1].Value.Fn::Sub',
      'Resources.S3BucketNotification.Properties.Tags[3].Value.Fn::If[2].Ref',
    ]);
  });

  it('rejects an output of a conditional resource unless the output has the condition', () => {
    const output = (condition?: string) =>
      conditional((t) => {
        t.Resources.S3BucketNotification.Condition = 'HasBucket';
        t.Outputs = {
          Permission: { Value: { Ref: permission }, ...(condition ? { Condition: condition } : {}) },
        };
      });
    expect(paths(output())).toEqual(['Outputs.Permission.Value.Ref']);
    expect(output('HasBucket')).toEqual([]);
  });
});
