import { defineService, type CfnResource } from '../../shared/service/types';
import { BYTES_PER_GB, getAtt, loc, meter, num, quantities, ref, roleArn, sub } from '../helpers';

/** Firehose rounds each record up to the next 5 KB for ingestion billing. */
const RECORD_ROUNDING_BYTES = 5 * 1024;

/** Amazon Data Firehose delivery stream to S3: billed per GB ingested (records rounded to 5 KB). */
export const firehose = defineService({
  id: 'firehose',
  name: loc('Amazon Data Firehose', 'Amazon Data Firehose'),
  description: loc(
    'Delivers streaming records in batches to S3 and other stores; billed per GB ingested.',
    'Livre des enregistrements en flux par lots vers S3 et d’autres stockages ; facturé au Go ingéré.',
  ),
  aliases: [
    'kinesis firehose',
    'delivery stream',
    'ingestion',
    'flux de livraison',
    'chargement',
    'firehose',
  ],
  category: 'analytics',
  icon: 'architecture-service/AmazonDataFirehose.svg',
  entryPoint: true,
  config: {
    bufferSeconds: {
      type: 'number',
      label: loc('Buffer interval', 'Intervalle de mise en tampon'),
      unit: 's',
      default: 300,
      min: 0,
      max: 900,
      integer: true,
    },
    bufferMb: {
      type: 'number',
      label: loc('Buffer size', 'Taille du tampon'),
      unit: 'MB',
      default: 5,
      min: 1,
      max: 128,
      integer: true,
    },
  },
  meters: [
    meter(
      'firehose.ingestedGb',
      'Data ingested (5 KB increments)',
      'Données ingérées (tranches de 5 Ko)',
      'GB',
    ),
  ],
  usage(ctx) {
    const rounded = Math.ceil(ctx.load.avgPayloadBytes / RECORD_ROUNDING_BYTES) * RECORD_ROUNDING_BYTES;
    const objects = ctx.load.bytesPerMonth / (num(ctx.config, 'bufferMb', 5) * 1024 * 1024);
    return {
      quantities: quantities({ 'firehose.ingestedGb': (ctx.load.eventsPerMonth * rounded) / BYTES_PER_GB }),
      // Records leave in buffered objects.
      outputFactor:
        ctx.load.eventsPerMonth > 0
          ? Math.min(
              1,
              Math.max(objects, (ctx.hoursPerMonth * 3600) / num(ctx.config, 'bufferSeconds', 300)) /
                ctx.load.eventsPerMonth,
            )
          : 1,
    };
  },
  cloudformation: {
    types: ['AWS::KinesisFirehose::DeliveryStream'],
    role: { principal: 'firehose.amazonaws.com' },
    resources(ctx): Record<string, CfnResource> {
      const bucket =
        ctx.environment['BUCKET_NAME'] ??
        ctx.param('FirehoseBucketName', { Type: 'String', Description: 'Destination bucket' });
      const bucketArn = sub('arn:${AWS::Partition}:s3:::${Bucket}', { Bucket: bucket });
      return {
        [ctx.nodeId]: {
          Type: 'AWS::KinesisFirehose::DeliveryStream',
          Properties: {
            DeliveryStreamType: 'DirectPut',
            ExtendedS3DestinationConfiguration: {
              BucketARN: bucketArn,
              RoleARN: roleArn(ctx.roleLogicalId, ctx.nodeId),
              BufferingHints: {
                IntervalInSeconds: num(ctx.config, 'bufferSeconds', 300),
                SizeInMBs: num(ctx.config, 'bufferMb', 5),
              },
              CompressionFormat: 'GZIP',
            },
          },
        },
      };
    },
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => ref(id),
  },
  connections: [
    {
      targets: ['s3'],
      kinds: ['write'],
      iam: { write: ['s3:PutObject', 's3:AbortMultipartUpload', 's3:GetBucketLocation', 's3:ListBucket'] },
      iamResourceSuffixes: ['/*'],
      env: 'BUCKET_NAME',
      description: loc('Delivers batches to the bucket', 'Livre des lots dans le compartiment'),
    },
  ],
});
