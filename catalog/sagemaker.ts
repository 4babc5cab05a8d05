/** Instance types and helpers shared by the SageMaker services. */
import type {
  CfnContext,
  CfnMappingTable,
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

/**
 * Accounts owning SageMaker's built-in images per region: `xgboost` for the XGBoost
 * algorithm (sagemaker-xgboost 1.x) and `modelMonitor` for the Model Monitor analyzer.
 * Source: "Docker Registry Paths and Example Code", one page per region, e.g.
 * https://docs.aws.amazon.com/sagemaker/latest/dg-ecr-paths/ecr-eu-west-3.html (XGBoost
 * (algorithm) and Model Monitor (algorithm) sections) and
 * https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-pre-built-container.html;
 * the same table the SageMaker Python SDK's image_uris.retrieve reads
 * (image_uri_config/xgboost.json, model-monitor.json). A region not listed here is
 * reported at export time, and Fn::FindInMap stops the stack there: never a wrong image.
 */
export const imageAccounts: Readonly<Record<string, { xgboost: string; modelMonitor: string }>> = {
  'ap-east-1': { xgboost: '651117190479', modelMonitor: '001633400207' },
  'ap-northeast-1': { xgboost: '354813040037', modelMonitor: '574779866223' },
  'ap-northeast-2': { xgboost: '366743142698', modelMonitor: '709848358524' },
  'ap-south-1': { xgboost: '720646828776', modelMonitor: '126357580389' },
  'ap-southeast-1': { xgboost: '121021644041', modelMonitor: '245545462676' },
  'ap-southeast-2': { xgboost: '783357654285', modelMonitor: '563025443158' },
  'ca-central-1': { xgboost: '341280168497', modelMonitor: '536280801234' },
  'cn-north-1': { xgboost: '450853457545', modelMonitor: '453000072557' },
  'cn-northwest-1': { xgboost: '451049120500', modelMonitor: '453252182341' },
  'eu-central-1': { xgboost: '492215442770', modelMonitor: '048819808253' },
  'eu-north-1': { xgboost: '662702820516', modelMonitor: '895015795356' },
  'eu-west-1': { xgboost: '141502667606', modelMonitor: '468650794304' },
  'eu-west-2': { xgboost: '764974769150', modelMonitor: '749857270468' },
  'eu-west-3': { xgboost: '659782779980', modelMonitor: '680080141114' },
  'me-south-1': { xgboost: '801668240914', modelMonitor: '607024016150' },
  'sa-east-1': { xgboost: '737474898029', modelMonitor: '539772159869' },
  'us-east-1': { xgboost: '683313688378', modelMonitor: '156813124566' },
  'us-east-2': { xgboost: '257758044811', modelMonitor: '777275614652' },
  'us-west-1': { xgboost: '746614075791', modelMonitor: '890145073186' },
  'us-west-2': { xgboost: '246618743249', modelMonitor: '159807026194' },
};

/** Name of the template mapping holding `imageAccounts`. */
export const IMAGE_ACCOUNTS = 'SageMakerImageAccounts';

/** The Mappings contribution of every SageMaker service using a built-in image. */
export const imageMappings = (): Readonly<Record<string, CfnMappingTable>> => ({
  [IMAGE_ACCOUNTS]: imageAccounts,
});

/**
 * A built-in image in the stack's own region: the registry account comes from the
 * region mapping, the domain from AWS::URLSuffix (amazonaws.com, amazonaws.com.cn).
 *
 * @example
 * builtInImage('xgboost', 'sagemaker-xgboost:1.7-1')
 * // { 'Fn::Sub': ['${Account}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/sagemaker-xgboost:1.7-1',
 * //   { Account: { 'Fn::FindInMap': ['SageMakerImageAccounts', { Ref: 'AWS::Region' }, 'xgboost'] } }] }
 */
export const builtInImage = (image: 'xgboost' | 'modelMonitor', repository: string): CfnValue =>
  sub(`\${Account}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/${repository}`, {
    Account: { 'Fn::FindInMap': [IMAGE_ACCOUNTS, { Ref: 'AWS::Region' }, image] },
  });

/** Image of the built-in XGBoost algorithm, a sensible default for tabular fraud scoring. */
export const xgboostImage = (): CfnValue => builtInImage('xgboost', 'sagemaker-xgboost:1.7-1');

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

/** Name of the parameter giving a hosted model's artifact URL: `<NodeId>ModelDataUrl`. */
export const modelDataParameter = (nodeId: string): string => `${nodeId}ModelDataUrl`;
/** Name of the condition "the artifact URL is given": `<NodeId>HasModel`. */
export const hasModelCondition = (nodeId: string): string => `${nodeId}HasModel`;

/**
 * The Conditions of a hosted model: it exists once its artifact URL parameter is set.
 *
 * @example
 * modelConditions({ nodeId: 'Fraud', ... })
 * // { FraudHasModel: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'FraudModelDataUrl' }, ''] }] } }
 */
export const modelConditions = (ctx: CfnContext): Readonly<Record<string, CfnValue>> => ({
  [hasModelCondition(ctx.nodeId)]: {
    'Fn::Not': [{ 'Fn::Equals': [{ Ref: modelDataParameter(ctx.nodeId) }, ''] }],
  },
});

/**
 * The model, endpoint configuration and endpoint of a hosted model; `variant` holds the
 * capacity (instances, or a serverless configuration) and the config may add data capture.
 * The artifact comes from the `<NodeId>ModelDataUrl` parameter, empty by default: a stack
 * that creates the bucket cannot hold the artifact yet, so the three resources carry the
 * `<NodeId>HasModel` condition and appear when the stack is updated with the URL of a
 * trained model (the exporter guards every reference to them).
 */
export function endpointResources(
  ctx: CfnContext,
  variant: Readonly<Record<string, CfnValue>>,
  extraConfig: Readonly<Record<string, CfnValue>> = {},
): Record<string, CfnResource> {
  const id = ctx.nodeId;
  const condition = hasModelCondition(id);
  const artifact = ctx.param(modelDataParameter(id), {
    Type: 'String',
    Default: '',
    Description: `S3 URL of the model.tar.gz of ${id} (e.g. a Training run's output); leave empty on the first deploy, set it after training`,
    AllowedPattern: '^(s3://[^/]+/.+)?$',
  });
  return {
    [`${id}Model`]: {
      Type: 'AWS::SageMaker::Model',
      Condition: condition,
      Properties: {
        ExecutionRoleArn: roleArn(ctx.roleLogicalId, id),
        PrimaryContainer: { Image: xgboostImage(), ModelDataUrl: artifact },
      },
    },
    [`${id}Config`]: {
      Type: 'AWS::SageMaker::EndpointConfig',
      Condition: condition,
      Properties: {
        ProductionVariants: [
          { VariantName: 'AllTraffic', ModelName: getAtt(`${id}Model`, 'ModelName'), ...variant },
        ],
        ...extraConfig,
      },
    },
    [id]: {
      Type: 'AWS::SageMaker::Endpoint',
      Condition: condition,
      Properties: { EndpointConfigName: getAtt(`${id}Config`, 'EndpointConfigName') },
    },
  };
}

/**
 * A hosted model downloads its artifact when the endpoint is created, and a bucket this
 * stack creates is empty then: the endpoint waits for the artifact URL parameter.
 */
export const modelArtifactNotes = (ctx: CfnContext): readonly string[] => [
  `endpoint ${ctx.nodeId} is created only once the ${modelDataParameter(ctx.nodeId)} parameter gives the S3 URL of a model.tar.gz (e.g. a Training run's output${ctx.environment['BUCKET_NAME'] ? ' in its connected bucket' : ''}): deploy with it empty, train, then update the stack with that URL; until then callers get an empty endpoint name and no permission on it`,
];

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
