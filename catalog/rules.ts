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

export const logRule: ConnectionRule = {
  targets: ['cloudwatch'],
  kinds: ['log'],
  iam: { log: ['logs:CreateLogStream', 'logs:PutLogEvents'] },
  env: 'LOG_GROUP_NAME',
  description: loc('Sends logs and metrics to CloudWatch', 'Envoie journaux et métriques à CloudWatch'),
};

/** What any compute node (function, task, instance) may call. */
export const computeRules: readonly ConnectionRule[] = [
  dynamodbRule,
  endpointRule,
  snsPublishRule,
  kinesisWriteRule,
  s3Rule,
  kmsRule,
  logRule,
];
