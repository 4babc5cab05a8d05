import { defineService, type CfnResource } from '../../shared/service/types';
import {
  LAMBDA_TARGET_ROLE,
  bool,
  chunks,
  eventSourceMapping,
  getAtt,
  loc,
  meter,
  num,
  quantities,
  ref,
} from '../helpers';
import { keyRule } from '../rules';

/** SQS bills each 64 KB chunk of a payload as one request. */
const REQUEST_CHUNK_BYTES = 64 * 1024;
/** Send, receive and delete: the API requests one message costs. */
const REQUESTS_PER_MESSAGE = 3;

/** Amazon SQS queue, standard or FIFO: billed per million requests. */
export const sqs = defineService({
  id: 'sqs',
  name: loc('Amazon SQS queue', 'File Amazon SQS'),
  description: loc(
    'Message queue that decouples producers and consumers; billed per million requests (64 KB chunks).',
    'File de messages qui découple producteurs et consommateurs ; facturée au million de requêtes (tranches de 64 Ko).',
  ),
  aliases: [
    'queue',
    'message queue',
    'fifo',
    'file d’attente',
    "file d'attente",
    'file de messages',
    'buffer',
  ],
  category: 'integration',
  icon: 'architecture-service/AmazonSimpleQueueService.svg',
  entryPoint: true,
  config: {
    fifo: {
      type: 'boolean',
      label: loc('FIFO (ordered, exactly once)', 'FIFO (ordonnée, exactement une fois)'),
      default: false,
    },
    visibilityTimeoutSeconds: {
      type: 'number',
      label: loc('Visibility timeout', 'Délai de visibilité'),
      unit: 's',
      default: 60,
      min: 0,
      max: 43200,
      integer: true,
    },
    retentionDays: {
      type: 'number',
      label: loc('Message retention', 'Rétention des messages'),
      unit: 'days',
      default: 4,
      min: 1,
      max: 14,
      integer: true,
    },
  },
  meters: [
    meter('sqs.standard.requests', 'Standard queue requests', 'Requêtes file standard', 'requests'),
    meter('sqs.fifo.requests', 'FIFO queue requests', 'Requêtes file FIFO', 'requests'),
  ],
  usage: (ctx) => ({
    quantities: quantities({
      [bool(ctx.config, 'fifo') ? 'sqs.fifo.requests' : 'sqs.standard.requests']:
        ctx.load.eventsPerMonth *
        REQUESTS_PER_MESSAGE *
        chunks(ctx.load.avgPayloadBytes, REQUEST_CHUNK_BYTES),
    }),
    outputFactor: 1,
    assumptions: [
      'Each message costs a send, a receive and a delete request; empty receives are not counted.',
    ],
  }),
  cloudformation: {
    types: ['AWS::SQS::Queue'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::SQS::Queue',
        Properties: {
          ...(bool(ctx.config, 'fifo') ? { FifoQueue: true, ContentBasedDeduplication: true } : {}),
          VisibilityTimeout: num(ctx.config, 'visibilityTimeoutSeconds', 60),
          MessageRetentionPeriod: num(ctx.config, 'retentionDays', 4) * 86400,
          ...(ctx.environment['KMS_KEY_ARN']
            ? { KmsMasterKeyId: ctx.environment['KMS_KEY_ARN'] }
            : { SqsManagedSseEnabled: true }),
        },
      },
    }),
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => ref(id),
    outputs: (id) => ({ [`${id}Url`]: { Value: ref(id), Description: 'Queue URL' } }),
  },
  connections: [
    {
      targets: ['lambda'],
      kinds: ['stream', 'trigger'],
      description: loc('The function polls the queue in batches', 'La fonction lit la file par lots'),
      wiring: (ctx) =>
        eventSourceMapping(
          ctx.connectionId,
          ctx.sourceArn,
          ctx.targetRef,
          LAMBDA_TARGET_ROLE(ctx.target.id, ctx.targetRoleLogicalId),
          ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
          { BatchSize: Math.min(num(ctx.target.config, 'batchSize', 10), 10000) },
        ),
    },
    keyRule('Encrypts messages with the key', 'Chiffre les messages avec la clé'),
  ],
});
