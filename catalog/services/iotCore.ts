import {
  defineService,
  type CfnResource,
  type CfnValue,
  type WiringContext,
} from '../../shared/service/types';
import { chunks, lambdaPermission, loc, meter, quantities, ref, roleArn, str, sub } from '../helpers';

/** IoT Core meters messages in 5 KB increments. */
const MESSAGE_INCREMENT_BYTES = 5 * 1024;
const MINUTES_PER_MONTH = 730 * 60;

/** A topic rule forwarding the device topic to one AWS action. */
function topicRule(ctx: WiringContext, action: Record<string, CfnValue>): Record<string, CfnResource> {
  return {
    [`${ctx.connectionId}Rule`]: {
      Type: 'AWS::IoT::TopicRule',
      Properties: {
        TopicRulePayload: {
          Sql: `SELECT * FROM '${str(ctx.source.config, 'topicPrefix', 'devices')}/#'`,
          RuleDisabled: false,
          AwsIotSqlVersion: '2016-03-23',
          Actions: [action],
        },
      },
    },
  };
}
const role = (ctx: WiringContext): CfnValue => roleArn(ctx.sourceRoleLogicalId, ctx.source.id);

/** AWS IoT Core: device connectivity, messages and rules that route them to AWS services. */
export const iotCore = defineService({
  id: 'iotCore',
  name: loc('AWS IoT Core', 'AWS IoT Core'),
  description: loc(
    'Connects devices over MQTT and routes their messages with rules; billed per million messages, connection minutes and rule actions.',
    'Connecte des objets en MQTT et route leurs messages par des règles ; facturé au million de messages, minutes de connexion et actions.',
  ),
  aliases: ['iot', 'mqtt', 'devices', 'sensors', 'objets connectés', 'capteurs', 'télémétrie'],
  category: 'iot',
  icon: 'architecture-service/AWSIoTCore.svg',
  entryPoint: true,
  config: {
    topicPrefix: {
      type: 'string',
      label: loc('Topic prefix', 'Préfixe de sujet'),
      default: 'devices',
      pattern: '^[A-Za-z0-9_-]+$',
      maxLength: 64,
    },
  },
  usageInputs: {
    devices: { label: loc('Connected devices', 'Objets connectés'), unit: 'devices', default: 100 },
  },
  meters: [
    meter('iot.messages', 'Messages (5 KB increments)', 'Messages (tranches de 5 Ko)', 'messages'),
    meter('iot.connectionMinutes', 'Connection minutes', 'Minutes de connexion', 'minutes'),
    meter('iot.rulesTriggered', 'Rules triggered', 'Règles déclenchées', 'rules'),
    meter('iot.actionsExecuted', 'Rule actions executed', 'Actions exécutées', 'actions'),
  ],
  usage: (ctx) => ({
    quantities: quantities({
      'iot.messages': ctx.load.eventsPerMonth * chunks(ctx.load.avgPayloadBytes, MESSAGE_INCREMENT_BYTES),
      'iot.connectionMinutes': ctx.usage['devices']! * MINUTES_PER_MONTH,
      'iot.rulesTriggered': ctx.load.eventsPerMonth,
      'iot.actionsExecuted': ctx.load.eventsPerMonth,
    }),
    outputFactor: 1,
    assumptions: ['Devices stay connected all month; one rule with one action per message.'],
  }),
  cloudformation: {
    types: ['AWS::IoT::Policy', 'AWS::IoT::TopicRule'],
    role: { principal: 'iot.amazonaws.com' },
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::IoT::Policy',
        Properties: {
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: 'iot:Connect',
                Resource: sub(
                  'arn:${AWS::Partition}:iot:${AWS::Region}:${AWS::AccountId}:client/${!iot:Connection.Thing.ThingName}',
                ),
              },
              {
                Effect: 'Allow',
                Action: 'iot:Publish',
                Resource: sub(
                  `arn:\${AWS::Partition}:iot:\${AWS::Region}:\${AWS::AccountId}:topic/${str(ctx.config, 'topicPrefix', 'devices')}/*`,
                ),
              },
            ],
          },
        },
      },
    }),
    reference: (id) => ref(id),
  },
  connections: [
    {
      targets: ['lambda'],
      kinds: ['trigger'],
      description: loc('A rule invokes the function', 'Une règle appelle la fonction'),
      wiring: (ctx) => ({
        ...topicRule(ctx, { Lambda: { FunctionArn: ctx.targetArn } }),
        [`${ctx.connectionId}Permission`]: lambdaPermission(ctx.targetRef, 'iot.amazonaws.com', {
          'Fn::GetAtt': [`${ctx.connectionId}Rule`, 'Arn'],
        }),
      }),
    },
    {
      targets: ['kinesisStream'],
      kinds: ['write'],
      iam: { write: ['kinesis:PutRecord'] },
      description: loc('A rule puts messages into the stream', 'Une règle écrit dans le flux'),
      wiring: (ctx) =>
        topicRule(ctx, {
          Kinesis: { StreamName: ctx.targetRef, PartitionKey: '${topic()}', RoleArn: role(ctx) },
        }),
    },
    {
      targets: ['dynamodb'],
      kinds: ['write'],
      iam: { write: ['dynamodb:PutItem'] },
      description: loc('A rule writes messages as items', 'Une règle écrit les messages dans la table'),
      wiring: (ctx) =>
        topicRule(ctx, { DynamoDBv2: { PutItem: { TableName: ctx.targetRef }, RoleArn: role(ctx) } }),
    },
    {
      targets: ['s3'],
      kinds: ['write'],
      iam: { write: ['s3:PutObject'] },
      iamResourceSuffixes: ['/*'],
      description: loc('A rule stores messages as objects', 'Une règle stocke les messages en objets'),
      wiring: (ctx) =>
        topicRule(ctx, {
          S3: { BucketName: ctx.targetRef, Key: '${topic()}/${timestamp()}', RoleArn: role(ctx) },
        }),
    },
    {
      targets: ['iotAnalytics'],
      kinds: ['write'],
      iam: { write: ['iotanalytics:BatchPutMessage'] },
      description: loc('A rule sends messages to the channel', 'Une règle envoie les messages au canal'),
      wiring: (ctx) => topicRule(ctx, { IotAnalytics: { ChannelName: ctx.targetRef, RoleArn: role(ctx) } }),
    },
  ],
});
