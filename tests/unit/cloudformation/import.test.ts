import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, templates } from '../../../catalog';
import { fromTemplate, parseCfnYaml, toJson, toTemplate, toYaml } from '../../../shared/cloudformation';
import type { Design } from '../../../shared/model/design';
import { designBuilder } from '../../support/designBuilder';
import { testCatalog } from './testCatalog';

const fixture = (file: string): string => readFileSync(join('/work/shared/fixtures/cfn', file), 'utf8');
const aws = (name: string): string => fixture(`aws-cloudformation-templates/${name}`);

async function imported(text: string, cat = catalog) {
  const result = await fromTemplate(text, cat);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
const edges = (design: Design): string[] =>
  design.connections.map((c) => `${c.source} -${c.kind}-> ${c.target}`).sort();
const resourceCount = (text: string): number => {
  const parsed = parseCfnYaml(text);
  return parsed.ok ? Object.keys((parsed.value as { Resources: object }).Resources).length : -1;
};

describe('fromTemplate: bad input', () => {
  it('reports YAML syntax errors with line:column and imports nothing', async () => {
    const result = await fromTemplate(
      'Resources:\n  Fn:\n    Type: [AWS::Lambda::Function\n  Other: 1\n',
      catalog,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/^Syntax error at \d+:\d+: /);
  });

  it('reports JSON syntax errors with line:column', async () => {
    const result = await fromTemplate(
      '{\n  "Resources": {\n    "A": { "Type": "AWS::SNS::Topic", }\n  ,,\n}',
      catalog,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/^Syntax error at [2-5]:\d+/);
  });

  it('rejects documents that are not templates, naming the path', async () => {
    const issues = async (text: string) => {
      const result = await fromTemplate(text, catalog);
      return result.ok ? [] : result.issues.map((i) => `${i.code} @ ${i.path}`);
    };
    expect(await issues('- a\n- b\n')).toEqual(['not_a_template @ ']);
    expect(await issues('name: my design\nnodes: []\n')).toEqual(['not_a_template @ Resources']);
    expect(await issues('Resources: [1, 2]\n')).toEqual(['invalid_type @ Resources']);
    expect(await issues('Resources: {}\n')).toEqual(['empty_template @ Resources']);
    expect(
      await issues(
        'Resources:\n  Good: { Type: AWS::SNS::Topic }\n  Bad: { Properties: {} }\n  Worse: { Type: AWS::SQS::Queue, Properties: [] }\n',
      ),
    ).toEqual(['invalid_type @ Resources.Bad.Type', 'invalid_type @ Resources.Worse.Properties']);
  });

  it('says SAM and language-extension templates need their transform expanded first', async () => {
    for (const file of [
      'cfn-lint/good__transform_serverless_function.yaml',
      'cfn-lint/good__some_logs_stream_lambda.yaml',
    ]) {
      const result = await fromTemplate(fixture(file), catalog);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.issues[0]).toMatchObject({ code: 'unsupported_transform', path: 'Transform' });
        expect(result.issues[0]!.message).toMatch(/AWS::Serverless-2016-10-31 transform.*SAM template/);
      }
    }
    const foreach = await fromTemplate(aws('CloudFormation__fn-foreach-ddb.yaml'), catalog);
    expect(foreach.ok ? [] : foreach.issues.map((i) => i.code)).toContain('unsupported_transform');
  });
});

describe('fromTemplate: real public templates', () => {
  it('S3 → Lambda trigger gives an S3 node, a Lambda node and a trigger connection', async () => {
    const { design, report } = await imported(aws('S3__S3_LambdaTrigger.yaml'));
    expect(design.nodes.map((n) => `${n.id}:${n.service}`).sort()).toEqual([
      'S3BucketNotification:s3',
      'S3TriggerLambdaFunction:lambda',
    ]);
    expect(edges(design)).toEqual(['S3BucketNotification -trigger-> S3TriggerLambdaFunction']);
    const outcome = Object.fromEntries(report.resources.map((r) => [r.logicalId, r.outcome]));
    expect(outcome).toEqual({
      S3TriggerLambdaFunction: 'node',
      LambdaInvokePermission: 'connection',
      LambdaIAMRole: 'part',
      S3BucketNotification: 'node',
    });
    // Laid out left to right: the bucket feeds the function.
    const x = (id: string) => design.nodes.find((n) => n.id === id)!.position.x;
    expect(x('S3BucketNotification')).toBeLessThan(x('S3TriggerLambdaFunction'));
  });

  it('the VPC template gives a VPC, zones and public/private subnets, and lists what it cannot model', async () => {
    const { design, report } = await imported(aws('VPC__VPC_With_Managed_NAT_And_Private_Subnet.yaml'));
    const groups = design.groups
      .map((g) => `${g.kind}:${g.id}<${g.parent ?? ''}>${g.config['public'] === true ? ' public' : ''}`)
      .sort();
    expect(groups).toEqual([
      'availabilityZone:VPCZone1<VPC>',
      'availabilityZone:VPCZone2<VPC>',
      'subnet:PrivateSubnet0<VPCZone1>',
      'subnet:PrivateSubnet1<VPCZone2>',
      'subnet:PublicSubnet0<VPCZone1> public',
      'subnet:PublicSubnet1<VPCZone2> public',
      'vpc:VPC<>',
    ]);
    // NAT gateways are billed: they become nodes in their public subnets.
    expect(design.nodes.filter((n) => n.service === 'natGateway').map((n) => `${n.id}@${n.group}`)).toEqual([
      'NATGateway0@PublicSubnet0',
      'NATGateway1@PublicSubnet1',
    ]);
    expect(report.unsupported.map((r) => r.type)).toContain('AWS::EC2::NetworkAcl');
    const vpc = design.groups.find((g) => g.id === 'VPC')!;
    for (const g of design.groups.filter((g) => g.parent === 'VPC')) {
      expect(g.position.x).toBeGreaterThanOrEqual(vpc.position.x);
      expect(g.position.x + g.size.width).toBeLessThanOrEqual(vpc.position.x + vpc.size.width);
    }
  });

  const all = [
    'aws-cloudformation-templates/DataFirehose__DataFirehoseDeliveryStream.yaml',
    'aws-cloudformation-templates/DynamoDB__DynamoDB_Table.yaml',
    'aws-cloudformation-templates/EC2__EC2InstanceWithSecurityGroupSample.yaml',
    'aws-cloudformation-templates/ECS__FargateLaunchType__services__private-subnet-public-service.yaml',
    'aws-cloudformation-templates/IoT__lambda-iot-topicrule.yaml',
    'aws-cloudformation-templates/Lambda__LambdaSample.yaml',
    'aws-cloudformation-templates/RDS__RDS_MySQL_With_Read_Replica.yaml',
    'aws-cloudformation-templates/SNS__SNSTopic.yaml',
    'aws-cloudformation-templates/SQS__SQSStandardQueue.json',
    'aws-cloudformation-templates/Solutions__CodeBuildAndCodePipeline__cloudformation-codepipeline-template.yaml',
    'cfn-lint/good__conditions.yaml',
    'cfn-lint/public__lambda-poller.yaml',
    'cfn-lint/quickstart__vpc.json',
  ];
  for (const file of all) {
    it(`accounts for every resource of ${file}, never dropping one silently`, async () => {
      const text = fixture(file);
      const { design, report } = await imported(text);
      expect(report.resources).toHaveLength(resourceCount(text));
      expect(new Set(report.resources.map((r) => r.logicalId)).size).toBe(resourceCount(text));
      for (const entry of report.unsupported) expect(entry.detail).not.toBe('');
      expect(report.resources.filter((r) => r.outcome === 'node')).toHaveLength(design.nodes.length);
    });
  }

  it('reads the Lambda sample role as the function’s execution role, not a node', async () => {
    const { design } = await imported(aws('Lambda__LambdaSample.yaml'));
    expect(design.nodes.map((n) => n.service)).toEqual(['lambda']);
  });

  it('recovers config the mappings copy from the properties (Lambda sample: 128 MB, 10 s)', async () => {
    const lambda = await imported(aws('Lambda__LambdaSample.yaml'));
    expect(lambda.design.nodes[0]!.config).toMatchObject({ memoryMb: 128, timeoutSeconds: 10 });
    const table = await imported(aws('DynamoDB__DynamoDB_Table.yaml'));
    expect(table.design.nodes[0]!.config).toMatchObject({ billingMode: 'PROVISIONED' });
  });

  it('keeps a read replica as a database node of its own', async () => {
    const { design } = await imported(aws('RDS__RDS_MySQL_With_Read_Replica.yaml'));
    expect(design.nodes.filter((n) => n.service === 'rds').map((n) => n.id)).toEqual(['MainDB', 'ReplicaDB']);
  });

  it('notes the template sections it does not carry over', async () => {
    const { report } = await imported(aws('SNS__SNSTopic.yaml'));
    expect(report.notes.join(' ')).toMatch(/Parameters are not carried over/);
  });

  it('gives the same design for the same text', async () => {
    const text = aws('VPC__VPC_With_Managed_NAT_And_Private_Subnet.yaml');
    expect((await imported(text)).design).toEqual((await imported(text)).design);
  });
});

describe('round trip export → import', () => {
  const key = (design: Design) => ({
    nodes: design.nodes.map((n) => `${n.id}:${n.service}`).sort(),
    connections: edges(design),
  });

  for (const template of templates) {
    it(`gives back the nodes and connections of the built-in "${template.name.en}" (YAML and JSON)`, async () => {
      const exported = toTemplate(template.design, catalog).template;
      for (const text of [toYaml(exported), toJson(exported)]) {
        const { design, report } = await imported(text);
        expect(key(design)).toEqual(key(template.design));
        expect(report.unsupported).toEqual([]);
      }
    });
  }

  it('gives back nodes, connections and subnet placement with the test catalog', async () => {
    const original = designBuilder('Net')
      .group('Vpc', 'vpc')
      .group('Private', 'subnet', { parent: 'Vpc' })
      .node('Score', 'fn', { group: 'Private' })
      .node('Table', 'table')
      .node('Stream', 'stream')
      .node('Bucket', 'bucket')
      .connect('Score', 'Table', 'write', { id: 'ScoreWrites' })
      .connect('Score', 'Table', 'read', { id: 'ScoreReads' })
      .connect('Stream', 'Score', 'stream')
      .connect('Bucket', 'Score', 'trigger')
      .build();
    const { design, report } = await imported(
      toYaml(toTemplate(original, testCatalog).template),
      testCatalog,
    );
    expect(key(design)).toEqual(key(original));
    expect(design.nodes.find((n) => n.id === 'Score')!.group).toBe('Private');
    expect(design.connections.map((c) => c.id)).toEqual(
      expect.arrayContaining(['ScoreWrites', 'ScoreReads']),
    );
    expect(report.unsupported).toEqual([]);
  });
});
