/**
 * What the SageMaker pieces of the fraud pipeline need at run time beyond their
 * connections: the pipelines' roles may start the job they define and pass themselves to
 * it; the endpoint's model artifact must exist when the endpoint is created (warned).
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

it('the endpoint warns that its model artifact must exist before it is created', () => {
  const notes = exportProblems(fraud.design, catalog).filter((p) => p.nodeId === 'FraudModel');
  expect(notes.map((p) => [p.severity, p.code])).toEqual([['warning', 'service_note']]);
  expect(notes[0]!.message).toContain('models/model.tar.gz');
});
