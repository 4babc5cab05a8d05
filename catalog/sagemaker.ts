/** Instance types and helpers shared by the SageMaker services. */
import type {
  CfnContext,
  CfnResource,
  CfnValue,
  ConnectionRule,
  FieldDefinition,
} from '../shared/service/types';
import { getAtt, instanceMeters, instanceOptions, loc, roleArn, sub, type InstanceType } from './helpers';

/** ML instance families (vCPU and memory from the SageMaker instance-type documentation). */
export const hostingTypes: readonly InstanceType[] = [
  { value: 'ml.t2.medium', vcpu: 2, memoryGiB: 4 },
  { value: 'ml.m5.large', vcpu: 2, memoryGiB: 8 },
  { value: 'ml.m5.xlarge', vcpu: 4, memoryGiB: 16 },
  { value: 'ml.m5.2xlarge', vcpu: 8, memoryGiB: 32 },
  { value: 'ml.c5.large', vcpu: 2, memoryGiB: 4 },
  { value: 'ml.c5.xlarge', vcpu: 4, memoryGiB: 8 },
  { value: 'ml.c5.2xlarge', vcpu: 8, memoryGiB: 16 },
  { value: 'ml.g4dn.xlarge', vcpu: 4, memoryGiB: 16, gpu: 1 },
];
export const trainingTypes: readonly InstanceType[] = [
  { value: 'ml.m5.large', vcpu: 2, memoryGiB: 8 },
  { value: 'ml.m5.xlarge', vcpu: 4, memoryGiB: 16 },
  { value: 'ml.m5.2xlarge', vcpu: 8, memoryGiB: 32 },
  { value: 'ml.m5.4xlarge', vcpu: 16, memoryGiB: 64 },
  { value: 'ml.c5.xlarge', vcpu: 4, memoryGiB: 8 },
  { value: 'ml.c5.2xlarge', vcpu: 8, memoryGiB: 16 },
  { value: 'ml.g4dn.xlarge', vcpu: 4, memoryGiB: 16, gpu: 1 },
  { value: 'ml.p3.2xlarge', vcpu: 8, memoryGiB: 61, gpu: 1 },
];
export const notebookTypes: readonly InstanceType[] = [
  { value: 'ml.t3.medium', vcpu: 2, memoryGiB: 4 },
  { value: 'ml.t3.large', vcpu: 2, memoryGiB: 8 },
  { value: 'ml.m5.xlarge', vcpu: 4, memoryGiB: 16 },
  { value: 'ml.c5.xlarge', vcpu: 4, memoryGiB: 8 },
];
export const processingTypes: readonly InstanceType[] = [
  { value: 'ml.t3.medium', vcpu: 2, memoryGiB: 4 },
  { value: 'ml.m5.large', vcpu: 2, memoryGiB: 8 },
  { value: 'ml.m5.xlarge', vcpu: 4, memoryGiB: 16 },
];

export const hostingMeters = instanceMeters(
  'sagemaker.hosting',
  hostingTypes,
  'Real-time inference',
  'Inférence en temps réel',
);
export const trainingMeters = instanceMeters('sagemaker.training', trainingTypes, 'Training', 'Entraînement');
export const notebookMeters = instanceMeters(
  'sagemaker.notebook',
  notebookTypes,
  'Notebook instance',
  'Instance de notebook',
);
export const processingMeters = instanceMeters(
  'sagemaker.processing',
  processingTypes,
  'Processing',
  'Traitement',
);

export const instanceField = (types: readonly InstanceType[], defaultType: string): FieldDefinition => ({
  type: 'enum',
  label: loc('Instance type', 'Type d’instance'),
  default: defaultType,
  options: instanceOptions(types),
});

/** Image of the built-in XGBoost algorithm, a sensible default for tabular fraud scoring. */
export const xgboostImage = (
  param: (name: string, d: { Type: string; Default: string; Description: string }) => CfnValue,
): CfnValue =>
  param('XgboostImageUri', {
    Type: 'String',
    Default: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    Description: 'SageMaker XGBoost container image for the stack region',
  });

/** S3 URI prefix inside the bucket the node is connected to (or a parameter when none). */
export function bucketUri(
  environment: Readonly<Record<string, CfnValue>>,
  param: (name: string, d: { Type: string; Default: string; Description: string }) => CfnValue,
  suffix: string,
): CfnValue {
  const bucket =
    environment['BUCKET_NAME'] ??
    param('MlBucketName', {
      Type: 'String',
      Default: 'my-ml-bucket',
      Description: 'Bucket holding training data and models',
    });
  return sub(`s3://\${Bucket}/${suffix}`, { Bucket: bucket });
}

/**
 * The model, endpoint configuration and endpoint of a hosted model; `variant` holds the
 * capacity (instances, or a serverless configuration) and the config may add data capture.
 */
export function endpointResources(
  ctx: CfnContext,
  variant: Readonly<Record<string, CfnValue>>,
  extraConfig: Readonly<Record<string, CfnValue>> = {},
): Record<string, CfnResource> {
  const id = ctx.nodeId;
  return {
    [`${id}Model`]: {
      Type: 'AWS::SageMaker::Model',
      Properties: {
        ExecutionRoleArn: roleArn(ctx.roleLogicalId, id),
        PrimaryContainer: {
          Image: xgboostImage(ctx.param),
          ModelDataUrl: bucketUri(ctx.environment, ctx.param, 'models/model.tar.gz'),
        },
      },
    },
    [`${id}Config`]: {
      Type: 'AWS::SageMaker::EndpointConfig',
      Properties: {
        ProductionVariants: [
          { VariantName: 'AllTraffic', ModelName: getAtt(`${id}Model`, 'ModelName'), ...variant },
        ],
        ...extraConfig,
      },
    },
    [id]: {
      Type: 'AWS::SageMaker::Endpoint',
      Properties: { EndpointConfigName: getAtt(`${id}Config`, 'EndpointConfigName') },
    },
  };
}

/** A hosted model loads its artifact (and writes captured data) in the connected bucket. */
export const modelArtifactRule: ConnectionRule = {
  targets: ['s3'],
  kinds: ['read'],
  iam: { read: ['s3:GetObject', 's3:PutObject'] },
  iamResourceSuffixes: ['/*'],
  env: 'BUCKET_NAME',
  description: loc(
    'Loads the model artifact from the bucket',
    'Charge l’artefact du modèle depuis le compartiment',
  ),
};
