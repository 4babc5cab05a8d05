import { defineService, type CfnResource } from '../../shared/service/types';
import { formatNumber } from '../../shared/validation/numberFormat';
import {
  BYTES_PER_GB,
  chunks,
  fmt,
  getAtt,
  loc,
  meter,
  num,
  quantities,
  ref,
  str,
  streamToLambda,
} from '../helpers';
import { keyRule } from '../rules';

const MB = 1024 * 1024;
/** Per-shard write limits (Kinesis Data Streams quotas). */
const SHARD_BYTES_PER_SECOND = MB;
const SHARD_RECORDS_PER_SECOND = 1000;
/** Provisioned mode bills PUT payload units of 25 KB. */
const PUT_UNIT_BYTES = 25 * 1024;

/** Amazon Kinesis Data Streams: on-demand (per GB) or provisioned (per shard-hour). */
export const kinesisStream = defineService({
  id: 'kinesisStream',
  name: loc('Amazon Kinesis Data Streams', 'Amazon Kinesis Data Streams'),
  description: loc(
    'Durable real-time stream of records read by consumers in order per shard.',
    'Flux durable d’enregistrements en temps réel, lu dans l’ordre par des consommateurs.',
  ),
  aliases: ['stream', 'kinesis', 'flux', 'streaming', 'diffusion en continu', 'shard', 'partition'],
  category: 'analytics',
  icon: 'architecture-service/AmazonKinesisDataStreams.svg',
  entryPoint: true,
  config: {
    mode: {
      type: 'enum',
      label: loc('Capacity mode', 'Mode de capacité'),
      default: 'PROVISIONED',
      options: [
        { value: 'PROVISIONED', label: 'Provisioned (shards)' },
        { value: 'ON_DEMAND', label: 'On-demand' },
      ],
    },
    shardCount: {
      type: 'number',
      label: loc('Shards (0 = size from peak load)', 'Partitions (0 = dimensionner selon le pic)'),
      unit: 'shards',
      default: 0,
      min: 0,
      max: 10000,
      integer: true,
    },
    retentionHours: {
      type: 'number',
      label: loc('Retention', 'Rétention'),
      unit: 'hours',
      default: 24,
      min: 24,
      max: 8760,
      integer: true,
    },
  },
  usageInputs: {
    consumers: {
      label: loc('Consumer applications', 'Applications consommatrices'),
      unit: 'consumers',
      default: 1,
    },
  },
  meters: [
    meter('kinesis.shardHours', 'Shard hours', 'Heures de partition', 'shard-hours'),
    meter('kinesis.putPayloadUnits', 'PUT payload units (25 KB)', 'Unités de charge PUT (25 Ko)', 'units'),
    meter(
      'kinesis.onDemand.streamHours',
      'On-demand stream hours',
      'Heures de flux à la demande',
      'stream-hours',
    ),
    meter('kinesis.onDemand.ingestedGb', 'On-demand data ingested', 'Données ingérées (à la demande)', 'GB'),
    meter('kinesis.onDemand.retrievedGb', 'On-demand data retrieved', 'Données lues (à la demande)', 'GB'),
  ],
  usage(ctx) {
    const records = ctx.load.eventsPerMonth;
    const bytes = ctx.load.avgPayloadBytes;
    const peakBytes = ctx.load.peakPerSecond * bytes;
    const needed = Math.max(
      1,
      Math.ceil(peakBytes / SHARD_BYTES_PER_SECOND),
      Math.ceil(ctx.load.peakPerSecond / SHARD_RECORDS_PER_SECOND),
    );
    const pinned = num(ctx.config, 'shardCount');
    const warnings: string[] = [];
    const warningsFr: string[] = [];
    if (str(ctx.config, 'mode') === 'ON_DEMAND') {
      // On-demand bills data rounded up to the next KB per record.
      const ingestedGb = (records * Math.ceil(bytes / 1024) * 1024) / BYTES_PER_GB;
      return {
        quantities: quantities({
          'kinesis.onDemand.streamHours': ctx.hoursPerMonth,
          'kinesis.onDemand.ingestedGb': ingestedGb,
          'kinesis.onDemand.retrievedGb': ingestedGb * Math.max(ctx.usage['consumers']!, 0),
        }),
        outputFactor: 1,
      };
    }
    const shards = pinned > 0 ? pinned : needed;
    if (pinned > 0 && pinned < needed) {
      warnings.push(
        `${fmt(pinned)} shard(s) are below the peak write rate, which needs ${fmt(needed)} (1 MB/s and 1,000 records/s per shard): writes will be throttled.`,
      );
      warningsFr.push(
        `${formatNumber(pinned, 'fr', 0)} shard(s) ne suffisent pas au débit d’écriture de pointe, qui en demande ${formatNumber(needed, 'fr', 0)} (1 Mo/s et 1\u202f000 enregistrements/s par shard) : les écritures seront limitées (throttling).`,
      );
    }
    return {
      quantities: quantities({
        'kinesis.shardHours': shards * ctx.hoursPerMonth,
        'kinesis.putPayloadUnits': records * chunks(bytes, PUT_UNIT_BYTES),
      }),
      sizing: { shards },
      outputFactor: 1,
      assumptions:
        pinned > 0
          ? []
          : [`${fmt(shards)} shard(s) sized from the peak of ${fmt(ctx.load.peakPerSecond)} records/s.`],
      warnings,
      warningsFr,
    };
  },
  cloudformation: {
    types: ['AWS::Kinesis::Stream'],
    resources(ctx): Record<string, CfnResource> {
      const onDemand = str(ctx.config, 'mode') === 'ON_DEMAND';
      const kmsKey = ctx.environment['KMS_KEY_ARN'];
      return {
        [ctx.nodeId]: {
          Type: 'AWS::Kinesis::Stream',
          Properties: {
            StreamModeDetails: { StreamMode: onDemand ? 'ON_DEMAND' : 'PROVISIONED' },
            ...(onDemand ? {} : { ShardCount: Math.max(1, num(ctx.config, 'shardCount', 1)) }),
            RetentionPeriodHours: num(ctx.config, 'retentionHours', 24),
            ...(kmsKey ? { StreamEncryption: { EncryptionType: 'KMS', KeyId: kmsKey } } : {}),
          },
        },
      };
    },
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => ref(id),
    outputs: (id) => ({ [`${id}Name`]: { Value: ref(id), Description: 'Stream name' } }),
  },
  connections: [
    {
      targets: ['lambda'],
      kinds: ['stream'],
      description: loc('The function polls the stream in batches', 'La fonction lit le flux par lots'),
      wiring: (ctx) =>
        streamToLambda(ctx, ctx.sourceArn, [
          'kinesis:GetRecords',
          'kinesis:GetShardIterator',
          'kinesis:DescribeStream',
          'kinesis:DescribeStreamSummary',
          'kinesis:ListShards',
        ]),
    },
    keyRule('Server-side encryption with the key', 'Chiffrement côté serveur avec la clé'),
  ],
});
