/** Shared pieces of the SageMaker job services (training, tuning): pipelines and rules. */
import type { CfnContext, CfnResource, CfnValue, ConnectionRule, FieldMap } from '../shared/service/types';
import { loc, num, roleArn, str, sub } from './helpers';
import { kmsRule, logRule } from './rules';
import { bucketUri, instanceField, trainingTypes, xgboostImage } from './sagemaker';

/** Training reads the data lake and writes model artifacts. */
export const trainingRules: readonly ConnectionRule[] = [
  {
    targets: ['s3'],
    kinds: ['train', 'read', 'write'],
    iam: {
      train: ['s3:GetObject', 's3:ListBucket', 's3:PutObject'],
      read: ['s3:GetObject', 's3:ListBucket'],
      write: ['s3:PutObject'],
    },
    iamResourceSuffixes: ['/*'],
    env: 'BUCKET_NAME',
    description: loc(
      'Reads training data and writes the model',
      'Lit les données d’entraînement et écrit le modèle',
    ),
  },
  kmsRule,
  logRule,
];

/** A CSV channel reading every object under an S3 prefix (a Fn::Sub variable name). */
const channel = (name: string, uriVariable: string): Record<string, unknown> => ({
  ChannelName: name,
  ContentType: 'text/csv',
  DataSource: {
    S3DataSource: {
      S3DataType: 'S3Prefix',
      S3Uri: `\${${uriVariable}}`,
      S3DataDistributionType: 'FullyReplicated',
    },
  },
});

/**
 * The Training step arguments of a SageMaker pipeline (CreateTrainingJob request shape).
 * Tuning maximises validation:auc, which XGBoost only reports with a validation channel
 * and eval_metric=auc: the tuning jobs get both.
 */
function trainingArguments(ctx: CfnContext, step: 'Training' | 'Tuning'): Record<string, unknown> {
  const tuning = step === 'Tuning';
  return {
    AlgorithmSpecification: { TrainingImage: '${Image}', TrainingInputMode: 'File' },
    RoleArn: '${RoleArn}',
    InputDataConfig: tuning
      ? [channel('train', 'TrainUri'), channel('validation', 'ValidationUri')]
      : [channel('train', 'TrainUri')],
    OutputDataConfig: { S3OutputPath: '${OutputUri}' },
    ResourceConfig: {
      InstanceCount: num(ctx.config, 'instanceCount', 1),
      InstanceType: str(ctx.config, 'instanceType', 'ml.m5.xlarge'),
      VolumeSizeInGB: num(ctx.config, 'volumeGb', 30),
    },
    StoppingCondition: { MaxRuntimeInSeconds: Math.round(num(ctx.config, 'maxRuntimeHours', 2) * 3600) },
    HyperParameters: {
      objective: 'binary:logistic',
      num_round: '100',
      ...(tuning ? { eval_metric: 'auc' } : {}),
    },
  };
}

/**
 * A SageMaker pipeline holding one Training or Tuning step: CloudFormation has no
 * training-job resource, a pipeline is the deployable definition that runs it.
 */
export function pipelineResource(ctx: CfnContext, step: 'Training' | 'Tuning'): CfnResource {
  const args = trainingArguments(ctx, step);
  const stepArguments =
    step === 'Training'
      ? args
      : {
          HyperParameterTuningJobConfig: {
            Strategy: 'Bayesian',
            HyperParameterTuningJobObjective: { Type: 'Maximize', MetricName: 'validation:auc' },
            ResourceLimits: {
              MaxNumberOfTrainingJobs: num(ctx.config, 'maxTrainingJobs', 20),
              MaxParallelTrainingJobs: num(ctx.config, 'maxParallelJobs', 2),
            },
            ParameterRanges: {
              ContinuousParameterRanges: [{ Name: 'eta', MinValue: '0.05', MaxValue: '0.5' }],
              IntegerParameterRanges: [{ Name: 'max_depth', MinValue: '3', MaxValue: '10' }],
            },
          },
          TrainingJobDefinition: {
            ...args,
            StaticHyperParameters: args['HyperParameters'],
            HyperParameters: undefined,
          },
        };
  const body = JSON.stringify({
    Version: '2020-12-01',
    Steps: [{ Name: step, Type: step, Arguments: stepArguments }],
  });
  const variables: Record<string, CfnValue> = {
    Image: xgboostImage(),
    RoleArn: roleArn(ctx.roleLogicalId, ctx.nodeId),
    TrainUri: bucketUri(ctx.environment, ctx.param, 'training/'),
    ...(step === 'Tuning' ? { ValidationUri: bucketUri(ctx.environment, ctx.param, 'validation/') } : {}),
    OutputUri: bucketUri(ctx.environment, ctx.param, 'models/'),
  };
  return {
    Type: 'AWS::SageMaker::Pipeline',
    Properties: {
      PipelineName: sub('${AWS::StackName}-' + ctx.nodeId),
      RoleArn: roleArn(ctx.roleLogicalId, ctx.nodeId),
      PipelineDefinition: { PipelineDefinitionBody: sub(body, variables) },
    },
  };
}

/**
 * What the pipeline's role needs to run its step (beyond the data its connections grant):
 * start, watch and stop the job it creates (named by the pipeline at run time, hence the
 * job-name wildcard), tag it, pass itself to the job, and write the job's logs.
 */
export function pipelineRunPolicy(ctx: CfnContext, step: 'Training' | 'Tuning'): Record<string, CfnResource> {
  const role = ctx.roleLogicalId ?? `${ctx.nodeId}Role`;
  const jobs =
    step === 'Training'
      ? {
          actions: [
            'sagemaker:AddTags',
            'sagemaker:CreateTrainingJob',
            'sagemaker:DescribeTrainingJob',
            'sagemaker:StopTrainingJob',
          ],
          resources: ['training-job/*'],
        }
      : {
          actions: [
            'sagemaker:AddTags',
            'sagemaker:CreateHyperParameterTuningJob',
            'sagemaker:DescribeHyperParameterTuningJob',
            'sagemaker:DescribeTrainingJob',
            'sagemaker:ListTrainingJobsForHyperParameterTuningJob',
            'sagemaker:StopHyperParameterTuningJob',
          ],
          resources: ['hyper-parameter-tuning-job/*', 'training-job/*'],
        };
  return {
    [`${ctx.nodeId}RunPolicy`]: {
      Type: 'AWS::IAM::Policy',
      Properties: {
        PolicyName: 'run-pipeline-step',
        Roles: [{ Ref: role }],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'RunJob',
              Effect: 'Allow',
              Action: jobs.actions,
              Resource: jobs.resources.map((r) =>
                sub(`arn:\${AWS::Partition}:sagemaker:\${AWS::Region}:\${AWS::AccountId}:${r}`),
              ),
            },
            {
              Sid: 'PassOwnRole',
              Effect: 'Allow',
              Action: ['iam:PassRole'],
              Resource: [roleArn(ctx.roleLogicalId, ctx.nodeId)],
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
                sub('arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/sagemaker/*'),
              ],
            },
          ],
        },
      },
    },
  };
}

/** Config shared by training and tuning jobs: instances, volume and run-time limit. */
export const trainingFields = (
  instances: { en: string; fr: string },
  maxRuntime: { en: string; fr: string; hours: number },
): FieldMap => ({
  instanceType: instanceField(trainingTypes, 'ml.m5.xlarge'),
  instanceCount: {
    type: 'number',
    label: loc(instances.en, instances.fr),
    default: 1,
    min: 1,
    max: 100,
    integer: true,
  },
  volumeGb: {
    type: 'number',
    label: loc('Volume per instance', 'Volume par instance'),
    unit: 'GB',
    default: 30,
    min: 1,
    max: 16384,
    integer: true,
  },
  maxRuntimeHours: {
    type: 'number',
    label: loc(maxRuntime.en, maxRuntime.fr),
    unit: 'hours',
    default: maxRuntime.hours,
    min: 0.1,
    max: 672,
  },
});
