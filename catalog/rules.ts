/**
 * Connection rules shared by every compute service (Lambda, containers, instances):
 * least-privilege IAM actions per kind on the target's ARN and the environment variable
 * naming the target.
 */
import type { ConnectionRule } from '../shared/service/types';
import { loc } from './helpers';

export const dynamodbRule: ConnectionRule = {
  targets: ['dynamodb'],
  kinds: ['read', 'write'],
  iam: {
    read: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'],
    write: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'],
  },
  iamResourceSuffixes: ['/index/*'],
  env: 'TABLE_NAME',
  description: loc('Reads or writes items in the table', 'Lit ou écrit des éléments dans la table'),
};

export const endpointRule: ConnectionRule = {
  targets: ['sagemakerEndpoint'],
  kinds: ['invoke'],
  iam: { invoke: ['sagemaker:InvokeEndpoint'] },
  env: 'ENDPOINT_NAME',
  description: loc('Calls the model endpoint for a prediction', 'Appelle le point de terminaison du modèle'),
};

export const snsPublishRule: ConnectionRule = {
  targets: ['sns'],
  kinds: ['publish'],
  iam: { publish: ['sns:Publish'] },
  env: 'TOPIC_ARN',
  description: loc('Publishes messages to the topic', 'Publie des messages dans la rubrique'),
};

export const kinesisWriteRule: ConnectionRule = {
  targets: ['kinesisStream'],
  kinds: ['write', 'publish'],
  iam: {
    write: ['kinesis:PutRecord', 'kinesis:PutRecords'],
    publish: ['kinesis:PutRecord', 'kinesis:PutRecords'],
  },
  env: 'STREAM_NAME',
  description: loc('Puts records into the stream', 'Écrit des enregistrements dans le flux'),
};

export const s3Rule: ConnectionRule = {
  targets: ['s3'],
  kinds: ['read', 'write'],
  iam: { read: ['s3:GetObject', 's3:ListBucket'], write: ['s3:PutObject'] },
  iamResourceSuffixes: ['/*'],
  env: 'BUCKET_NAME',
  description: loc('Reads or writes objects in the bucket', 'Lit ou écrit des objets dans le compartiment'),
};

export const kmsRule: ConnectionRule = {
  targets: ['kms'],
  kinds: ['encrypt'],
  iam: { encrypt: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'] },
  env: 'KMS_KEY_ARN',
  description: loc('Encrypts and decrypts with the key', 'Chiffre et déchiffre avec la clé'),
};

/** A resource encrypted at rest with a customer managed key (KMS_KEY_ARN given to its resources). */
export const keyRule = (en: string, fr: string): ConnectionRule => ({
  targets: ['kms'],
  kinds: ['encrypt'],
  env: 'KMS_KEY_ARN',
  description: loc(en, fr),
});

export const logRule: ConnectionRule = {
  targets: ['cloudwatch'],
  kinds: ['log'],
  iam: { log: ['logs:CreateLogStream', 'logs:PutLogEvents'] },
  env: 'LOG_GROUP_NAME',
  description: loc('Sends logs and metrics to CloudWatch', 'Envoie journaux et métriques à CloudWatch'),
};

export const sqsRule: ConnectionRule = {
  targets: ['sqs'],
  kinds: ['publish', 'write'],
  iam: { publish: ['sqs:SendMessage'], write: ['sqs:SendMessage'] },
  env: 'QUEUE_URL',
  description: loc('Sends messages to the queue', 'Envoie des messages dans la file'),
};

export const workflowRule: ConnectionRule = {
  targets: ['stepFunctions'],
  kinds: ['invoke'],
  iam: { invoke: ['states:StartExecution', 'states:StartSyncExecution'] },
  env: 'STATE_MACHINE_ARN',
  description: loc('Starts the workflow', 'Démarre le flux de travail'),
};

export const eventBusRule: ConnectionRule = {
  targets: ['eventBridge'],
  kinds: ['publish'],
  iam: { publish: ['events:PutEvents'] },
  env: 'EVENT_BUS_NAME',
  description: loc('Publishes events to the bus', 'Publie des événements sur le bus'),
};

export const firehoseRule: ConnectionRule = {
  targets: ['firehose'],
  kinds: ['write'],
  iam: { write: ['firehose:PutRecord', 'firehose:PutRecordBatch'] },
  env: 'DELIVERY_STREAM_NAME',
  description: loc(
    'Puts records into the delivery stream',
    'Écrit des enregistrements dans le flux de livraison',
  ),
};

export const secretRule: ConnectionRule = {
  targets: ['secretsManager'],
  kinds: ['read'],
  iam: { read: ['secretsmanager:GetSecretValue'] },
  env: 'SECRET_ARN',
  description: loc('Reads the secret', 'Lit le secret'),
};

export const parameterRule: ConnectionRule = {
  targets: ['systemsManager'],
  kinds: ['read'],
  iam: { read: ['ssm:GetParameter'] },
  env: 'PARAMETER_NAME',
  description: loc('Reads the parameter', 'Lit le paramètre'),
};

export const comprehendRule: ConnectionRule = {
  targets: ['comprehend'],
  kinds: ['invoke'],
  iam: { invoke: ['comprehend:DetectSentiment', 'comprehend:DetectEntities', 'comprehend:DetectKeyPhrases'] },
  description: loc('Analyses text', 'Analyse du texte'),
};

export const serverlessEndpointRule: ConnectionRule = {
  ...endpointRule,
  targets: ['sagemakerServerless'],
};

/** Databases reached over the network: no IAM action, the host name as an environment variable. */
export const databaseRule: ConnectionRule = {
  targets: ['rds', 'auroraServerless', 'elasticache', 'redshift'],
  kinds: ['read', 'write'],
  env: 'DB_HOST',
  description: loc('Connects to the database over the VPC', 'Se connecte à la base via le VPC'),
};

/** What any compute node (function, task, instance) may call. */
export const computeRules: readonly ConnectionRule[] = [
  dynamodbRule,
  endpointRule,
  serverlessEndpointRule,
  snsPublishRule,
  kinesisWriteRule,
  s3Rule,
  kmsRule,
  logRule,
  sqsRule,
  workflowRule,
  eventBusRule,
  firehoseRule,
  secretRule,
  parameterRule,
  comprehendRule,
  databaseRule,
];
