/**
 * What the SageMaker pieces of the fraud pipeline need at run time beyond their
 * connections: the pipelines' roles may start the job they define and pass themselves to
 * it; the endpoint waits for its model artifact URL parameter (said in a note).
 */
import { describe, expect, it } from 'vitest';
import { catalog, templates } from '../../../catalog';
import { exportProblems, toTemplate } from '../../../shared/cloudformation';

const fraud = templates.find((t) => t.id === 'fraudDetection')!;
const { template } = toTemplate(fraud.design, catalog);
const arn = (suffix: string) => ({
  'Fn::Sub': `arn:\${AWS::Partition}:sagemaker:\${AWS::Region}:\${AWS::AccountId}:${suffix}`,
});

describe('SageMaker pipeline roles may run their step', () => {
  const cases: [string, string[], unknown[]][] = [
    [
      'Training',
      [
        'sagemaker:AddTags',
        'sagemaker:CreateTrainingJob',
        'sagemaker:DescribeTrainingJob',
        'sagemaker:StopTrainingJob',
      ],
      [arn('training-job/*')],
    ],
    [
      'Tuning',
      [
        'sagemaker:AddTags',
        'sagemaker:CreateHyperParameterTuningJob',
        'sagemaker:DescribeHyperParameterTuningJob',
        'sagemaker:DescribeTrainingJob',
        'sagemaker:ListTrainingJobsForHyperParameterTuningJob',
        'sagemaker:StopHyperParameterTuningJob',
      ],
      [arn('hyper-parameter-tuning-job/*'), arn('training-job/*')],
    ],
  ];
  for (const [id, actions, resources] of cases)
    it(`${id}: starts its job, passes only its own role to SageMaker, writes the job logs`, () => {
      const policy = template.Resources[`${id}RunPolicy`]!;
      expect(policy.Type).toBe('AWS::IAM::Policy');
      expect(policy.Properties!['Roles']).toEqual([{ Ref: `${id}Role` }]);
      expect((policy.Properties!['PolicyDocument'] as { Statement: unknown[] }).Statement).toEqual([
        { Sid: 'RunJob', Effect: 'Allow', Action: actions, Resource: resources },
        {
          Sid: 'PassOwnRole',
          Effect: 'Allow',
          Action: ['iam:PassRole'],
          Resource: [{ 'Fn::GetAtt': [`${id}Role`, 'Arn'] }],
          Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
        },
        {
          Sid: 'JobLogs',
          Effect: 'Allow',
          Action: [
            'logs:CreateLogGroup',
            'logs:CreateLogStream',
            'logs:DescribeLogStreams',
            'logs:PutLogEvents',
          ],
          Resource: [
            {
              'Fn::Sub':
                'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/sagemaker/*',
            },
          ],
        },
      ]);
    });
});

it('the endpoint says it waits for its model artifact parameter', () => {
  const notes = exportProblems(fraud.design, catalog).filter((p) => p.nodeId === 'FraudModel');
  expect(notes.map((p) => [p.severity, p.code])).toEqual([['warning', 'service_note']]);
  expect(notes[0]!.message).toContain('FraudModelModelDataUrl');
  expect(template.Parameters!['FraudModelModelDataUrl']).toMatchObject({ Type: 'String', Default: '' });
});

describe('the tuning step can compute the metric it maximises', () => {
  const [body, variables] = (
    template.Resources['Tuning']!.Properties!['PipelineDefinition'] as {
      PipelineDefinitionBody: { 'Fn::Sub': [string, Record<string, unknown>] };
    }
  ).PipelineDefinitionBody['Fn::Sub'];
  const step = (JSON.parse(body) as { Steps: { Arguments: Record<string, Record<string, unknown>> }[] })
    .Steps[0]!.Arguments;

  it('maximises validation:auc, with eval_metric=auc and a validation channel (XGBoost reports it only then)', () => {
    expect(step['HyperParameterTuningJobConfig']!['HyperParameterTuningJobObjective']).toEqual({
      Type: 'Maximize',
      MetricName: 'validation:auc',
    });
    const definition = step['TrainingJobDefinition']!;
    expect(definition['StaticHyperParameters']).toMatchObject({ eval_metric: 'auc' });
    const channels = definition['InputDataConfig'] as { ChannelName: string; DataSource: unknown }[];
    expect(channels.map((c) => c.ChannelName)).toEqual(['train', 'validation']);
    expect(JSON.stringify(channels[1]!.DataSource)).toContain('${ValidationUri}');
    expect(variables['ValidationUri']).toEqual({
      'Fn::Sub': ['s3://${Bucket}/validation/', { Bucket: { Ref: 'DataLake' } }],
    });
  });
});

it('Model Monitor reads the captured data it checks, in the bucket it writes reports to', () => {
  const policies = template.Resources['ModelMonitorRole']!.Properties!['Policies'] as {
    PolicyDocument: { Statement: { Sid: string; Action: string[] }[] };
  }[];
  const statement = policies[0]!.PolicyDocument.Statement.find((s) => s.Sid === 'ModelMonitorToDataLake')!;
  expect(statement.Action).toEqual(['s3:GetObject', 's3:ListBucket', 's3:PutObject']);
});
