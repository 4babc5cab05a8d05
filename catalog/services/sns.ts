import { defineService, type CfnResource } from '../../shared/service/types';
import { chunks, lambdaPermission, loc, meter, quantities, ref, str } from '../helpers';
import { keyRule } from '../rules';

/** SNS bills each 64 KB chunk of a published message as one request. */
const REQUEST_CHUNK_BYTES = 64 * 1024;

/** Amazon SNS topic: publish once, deliver to subscribers (Lambda, SQS, email, HTTP). */
export const sns = defineService({
  id: 'sns',
  name: loc('Amazon SNS topic', 'Rubrique Amazon SNS'),
  description: loc(
    'Publish/subscribe topic that fans messages out to functions, queues, email and HTTP endpoints.',
    'Rubrique de publication/abonnement qui diffuse les messages vers fonctions, files, e-mail et HTTP.',
  ),
  aliases: ['topic', 'notification', 'alert', 'pub/sub', 'rubrique', 'alerte', 'e-mail', 'sms'],
  category: 'integration',
  icon: 'architecture-service/AmazonSimpleNotificationService.svg',
  config: {
    emailEndpoint: {
      type: 'string',
      label: loc('Email subscriber', 'Abonné e-mail'),
      default: '',
      maxLength: 254,
      pattern: '^$|^[^@\\s]+@[^@\\s]+$',
      help: loc(
        'Optional address that receives every message.',
        'Adresse facultative qui reçoit chaque message.',
      ),
    },
  },
  usageInputs: {
    httpSubscribers: { label: loc('HTTP/S subscribers', 'Abonnés HTTP/S'), unit: 'subscribers', default: 0 },
  },
  meters: [
    meter(
      'sns.requests',
      'Publish requests (64 KB chunks)',
      'Requêtes de publication (tranches de 64 Ko)',
      'requests',
    ),
    meter('sns.deliveries.http', 'HTTP/S deliveries', 'Livraisons HTTP/S', 'notifications'),
    meter('sns.deliveries.email', 'Email deliveries', 'Livraisons e-mail', 'notifications'),
  ],
  usage(ctx) {
    const messages = ctx.load.eventsPerMonth;
    const email = str(ctx.config, 'emailEndpoint') !== '' ? 1 : 0;
    return {
      quantities: quantities({
        'sns.requests': messages * chunks(ctx.load.avgPayloadBytes, REQUEST_CHUNK_BYTES),
        'sns.deliveries.http': messages * ctx.usage['httpSubscribers']!,
        'sns.deliveries.email': messages * email,
      }),
      outputFactor: 1,
      assumptions: [
        'Deliveries to Lambda functions and SQS queues are free; the receiving service bills them.',
      ],
    };
  },
  cloudformation: {
    types: ['AWS::SNS::Topic'],
    resources(ctx): Record<string, CfnResource> {
      const email = str(ctx.config, 'emailEndpoint');
      const kmsKey = ctx.environment['KMS_KEY_ARN'];
      return {
        [ctx.nodeId]: {
          Type: 'AWS::SNS::Topic',
          Properties: kmsKey ? { KmsMasterKeyId: kmsKey } : {},
        },
        ...(email
          ? {
              [`${ctx.nodeId}Email`]: {
                Type: 'AWS::SNS::Subscription',
                Properties: { TopicArn: ref(ctx.nodeId), Protocol: 'email', Endpoint: email },
              },
            }
          : {}),
      };
    },
    arn: (id) => ref(id),
    reference: (id) => ref(id),
    outputs: (id) => ({ [`${id}Arn`]: { Value: ref(id), Description: 'Topic ARN' } }),
  },
  connections: [
    {
      targets: ['lambda'],
      kinds: ['subscribe', 'trigger'],
      description: loc(
        'The topic invokes the function for each message',
        'La rubrique appelle la fonction pour chaque message',
      ),
      wiring: (ctx): Record<string, CfnResource> => ({
        [`${ctx.connectionId}Subscription`]: {
          Type: 'AWS::SNS::Subscription',
          Properties: { TopicArn: ctx.sourceArn, Protocol: 'lambda', Endpoint: ctx.targetArn },
        },
        [`${ctx.connectionId}Permission`]: lambdaPermission(
          ctx.targetRef,
          'sns.amazonaws.com',
          ctx.sourceArn,
        ),
      }),
    },
    {
      targets: ['sqs'],
      kinds: ['subscribe'],
      description: loc(
        'The topic sends each message to the queue',
        'La rubrique dépose chaque message dans la file',
      ),
      wiring: (ctx): Record<string, CfnResource> => ({
        [`${ctx.connectionId}Subscription`]: {
          Type: 'AWS::SNS::Subscription',
          Properties: {
            TopicArn: ctx.sourceArn,
            Protocol: 'sqs',
            Endpoint: ctx.targetArn,
            RawMessageDelivery: true,
          },
        },
        [`${ctx.connectionId}QueuePolicy`]: {
          Type: 'AWS::SQS::QueuePolicy',
          Properties: {
            Queues: [ctx.targetRef],
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { Service: 'sns.amazonaws.com' },
                  Action: 'sqs:SendMessage',
                  Resource: ctx.targetArn,
                  Condition: { ArnEquals: { 'aws:SourceArn': ctx.sourceArn } },
                },
              ],
            },
          },
        },
      }),
    },
    keyRule('Encrypts messages at rest with the key', 'Chiffre les messages au repos avec la clé'),
  ],
});
