import { defineService, type CfnResource } from '../../shared/service/types';
import { formatNumber } from '../../shared/validation/numberFormat';
import {
  bool,
  bytesPerEvent,
  chunks,
  fmt,
  getAtt,
  kindLoad,
  loc,
  meter,
  num,
  quantities,
  ref,
  str,
  streamToLambda,
} from '../helpers';
import { keyRule } from '../rules';

/** A write request unit covers 1 KB, a read request unit 4 KB (strongly consistent). */
const WRITE_UNIT_BYTES = 1024;
const READ_UNIT_BYTES = 4096;

/** Amazon DynamoDB table: on-demand request units or provisioned capacity. */
export const dynamodb = defineService({
  id: 'dynamodb',
  name: loc('Amazon DynamoDB table', 'Table Amazon DynamoDB'),
  description: loc(
    'Serverless key-value and document database with single-digit millisecond latency.',
    'Base de données clé-valeur et documents sans serveur, latence de quelques millisecondes.',
  ),
  aliases: ['table', 'nosql', 'key-value', 'database', 'base de données', 'clé-valeur', 'dynamo'],
  category: 'databases',
  icon: 'architecture-service/AmazonDynamoDB.svg',
  config: {
    billingMode: {
      type: 'enum',
      label: loc('Capacity mode', 'Mode de capacité'),
      default: 'PAY_PER_REQUEST',
      options: [
        { value: 'PAY_PER_REQUEST', label: 'On-demand' },
        { value: 'PROVISIONED', label: 'Provisioned' },
      ],
    },
    partitionKey: {
      type: 'string',
      label: loc('Partition key', 'Clé de partition'),
      default: 'pk',
      pattern: '^[A-Za-z0-9_.-]+$',
      maxLength: 255,
    },
    readCapacity: {
      type: 'number',
      label: loc('Read capacity (0 = size from peak)', 'Capacité en lecture (0 = selon le pic)'),
      unit: 'RCU',
      default: 0,
      min: 0,
      integer: true,
    },
    writeCapacity: {
      type: 'number',
      label: loc('Write capacity (0 = size from peak)', 'Capacité en écriture (0 = selon le pic)'),
      unit: 'WCU',
      default: 0,
      min: 0,
      integer: true,
    },
    streamEnabled: { type: 'boolean', label: loc('DynamoDB stream', 'Flux DynamoDB'), default: false },
    pointInTimeRecovery: {
      type: 'boolean',
      label: loc('Point-in-time recovery', 'Restauration à un instant donné'),
      default: true,
    },
  },
  usageInputs: {
    storedGb: { label: loc('Stored data', 'Données stockées'), unit: 'GB', default: 1 },
  },
  meters: [
    meter(
      'dynamodb.onDemand.writeRequestUnits',
      'Write request units',
      'Unités de requête d’écriture',
      'WRU',
    ),
    meter('dynamodb.onDemand.readRequestUnits', 'Read request units', 'Unités de requête de lecture', 'RRU'),
    meter(
      'dynamodb.provisioned.wcuHours',
      'Provisioned write capacity',
      'Capacité d’écriture provisionnée',
      'WCU-hours',
    ),
    meter(
      'dynamodb.provisioned.rcuHours',
      'Provisioned read capacity',
      'Capacité de lecture provisionnée',
      'RCU-hours',
    ),
    meter('dynamodb.storage.gbMonths', 'Storage', 'Stockage', 'GB-month'),
    meter('dynamodb.pitr.gbMonths', 'Point-in-time recovery', 'Restauration à un instant donné', 'GB-month'),
  ],
  usage(ctx) {
    const writes = kindLoad(ctx.load, 'write');
    const reads = kindLoad(ctx.load, 'read');
    const wPer = chunks(bytesPerEvent(ctx.load, 'write'), WRITE_UNIT_BYTES);
    const rPer = chunks(bytesPerEvent(ctx.load, 'read'), READ_UNIT_BYTES);
    const stored = ctx.usage['storedGb']!;
    // Storage and backups first in both modes (spelled out: no spread per node per simulation).
    const pitr = bool(ctx.config, 'pointInTimeRecovery') ? stored : 0;
    if (str(ctx.config, 'billingMode') === 'PROVISIONED') {
      const neededW = Math.max(1, Math.ceil(writes.peakPerSecond * wPer));
      const neededR = Math.max(1, Math.ceil(reads.peakPerSecond * rPer));
      const wcu = num(ctx.config, 'writeCapacity') || neededW;
      const rcu = num(ctx.config, 'readCapacity') || neededR;
      const warnings: string[] = [];
      const warningsFr: string[] = [];
      const fr = (n: number): string => formatNumber(n, 'fr', 0);
      if (wcu < neededW) {
        warnings.push(`${fmt(wcu)} WCU is below the peak of ${fmt(neededW)} WCU: writes will be throttled.`);
        warningsFr.push(
          `${fr(wcu)} WCU, c’est moins que le pic de ${fr(neededW)} WCU : les écritures seront limitées (throttling).`,
        );
      }
      if (rcu < neededR) {
        warnings.push(`${fmt(rcu)} RCU is below the peak of ${fmt(neededR)} RCU: reads will be throttled.`);
        warningsFr.push(
          `${fr(rcu)} RCU, c’est moins que le pic de ${fr(neededR)} RCU : les lectures seront limitées (throttling).`,
        );
      }
      return {
        quantities: quantities({
          'dynamodb.storage.gbMonths': stored,
          'dynamodb.pitr.gbMonths': pitr,
          'dynamodb.provisioned.wcuHours': wcu * ctx.hoursPerMonth,
          'dynamodb.provisioned.rcuHours': rcu * ctx.hoursPerMonth,
        }),
        sizing: { wcu, rcu },
        outputFactor: 1,
        warnings,
        warningsFr,
      };
    }
    return {
      quantities: quantities({
        'dynamodb.storage.gbMonths': stored,
        'dynamodb.pitr.gbMonths': pitr,
        'dynamodb.onDemand.writeRequestUnits': writes.eventsPerMonth * wPer,
        'dynamodb.onDemand.readRequestUnits': reads.eventsPerMonth * rPer,
      }),
      outputFactor: 1,
      assumptions: [
        'Reads are strongly consistent (1 read unit per 4 KB); eventually consistent reads cost half.',
      ],
    };
  },
  cloudformation: {
    types: ['AWS::DynamoDB::Table'],
    resources(ctx): Record<string, CfnResource> {
      const provisioned = str(ctx.config, 'billingMode') === 'PROVISIONED';
      const key = str(ctx.config, 'partitionKey', 'pk');
      const kmsKey = ctx.environment['KMS_KEY_ARN'];
      return {
        [ctx.nodeId]: {
          Type: 'AWS::DynamoDB::Table',
          Properties: {
            BillingMode: provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST',
            AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }],
            KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
            ...(provisioned
              ? {
                  ProvisionedThroughput: {
                    ReadCapacityUnits: Math.max(1, num(ctx.config, 'readCapacity', 5)),
                    WriteCapacityUnits: Math.max(1, num(ctx.config, 'writeCapacity', 5)),
                  },
                }
              : {}),
            ...(bool(ctx.config, 'streamEnabled')
              ? { StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' } }
              : {}),
            PointInTimeRecoverySpecification: {
              PointInTimeRecoveryEnabled: bool(ctx.config, 'pointInTimeRecovery'),
            },
            SSESpecification: kmsKey
              ? { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: kmsKey }
              : { SSEEnabled: true },
          },
        },
      };
    },
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => ref(id),
    outputs: (id) => ({ [`${id}Name`]: { Value: ref(id), Description: 'Table name' } }),
  },
  connections: [
    {
      targets: ['lambda'],
      kinds: ['stream'],
      description: loc(
        'The function reads the table’s stream (enable the stream)',
        'La fonction lit le flux de la table (activez le flux)',
      ),
      wiring: (ctx) =>
        streamToLambda(ctx, getAtt(ctx.source.id, 'StreamArn'), [
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
          'dynamodb:DescribeStream',
          'dynamodb:ListStreams',
        ]),
    },
    keyRule('Encrypts the table with the key', 'Chiffre la table avec la clé'),
  ],
});
