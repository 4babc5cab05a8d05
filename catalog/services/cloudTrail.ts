import { defineService, type CfnResource } from '../../shared/service/types';
import { bool, getAtt, loc, meter, quantities, ref, sub } from '../helpers';

/** AWS CloudTrail trail: the first copy of management events is free; data events are billed. */
export const cloudTrail = defineService({
  id: 'cloudTrail',
  name: loc('AWS CloudTrail trail', 'Journal AWS CloudTrail'),
  description: loc(
    'Records API activity of the account to S3; the first copy of management events is free.',
    'Enregistre l’activité API du compte dans S3 ; la première copie des événements de gestion est gratuite.',
  ),
  aliases: ['audit', 'trail', 'api activity', 'journal d’audit', 'traçabilité', 'conformité'],
  category: 'management',
  icon: 'architecture-service/AWSCloudTrail.svg',
  config: {
    multiRegion: { type: 'boolean', label: loc('All regions', 'Toutes les régions'), default: true },
    s3DataEvents: {
      type: 'boolean',
      label: loc('Log S3 data events', 'Journaliser les événements de données S3'),
      default: false,
    },
  },
  usageInputs: {
    dataEventsPerMonth: {
      label: loc('Data events per month', 'Événements de données par mois'),
      unit: 'events',
      default: 0,
    },
  },
  meters: [
    meter('cloudtrail.dataEvents', 'Data events recorded', 'Événements de données enregistrés', 'events'),
  ],
  usage: (ctx) => ({
    quantities: quantities({
      'cloudtrail.dataEvents': bool(ctx.config, 's3DataEvents') ? ctx.usage['dataEventsPerMonth']! : 0,
    }),
    assumptions: ['The first copy of management events is free; log storage is billed on the bucket.'],
  }),
  cloudformation: {
    types: ['AWS::CloudTrail::Trail'],
    resources(ctx): Record<string, CfnResource> {
      const id = ctx.nodeId;
      const bucket =
        ctx.environment['BUCKET_NAME'] ??
        ctx.param('TrailBucketName', { Type: 'String', Description: 'Bucket receiving CloudTrail logs' });
      const bucketArn = sub('arn:${AWS::Partition}:s3:::${Bucket}', { Bucket: bucket });
      return {
        [`${id}BucketPolicy`]: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: bucket,
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { Service: 'cloudtrail.amazonaws.com' },
                  Action: 's3:GetBucketAcl',
                  Resource: bucketArn,
                },
                {
                  Effect: 'Allow',
                  Principal: { Service: 'cloudtrail.amazonaws.com' },
                  Action: 's3:PutObject',
                  Resource: sub('arn:${AWS::Partition}:s3:::${Bucket}/AWSLogs/${AWS::AccountId}/*', {
                    Bucket: bucket,
                  }),
                  Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
                },
              ],
            },
          },
        },
        [id]: {
          Type: 'AWS::CloudTrail::Trail',
          DependsOn: `${id}BucketPolicy`,
          Properties: {
            IsLogging: true,
            S3BucketName: bucket,
            IsMultiRegionTrail: bool(ctx.config, 'multiRegion'),
            EnableLogFileValidation: true,
            ...(bool(ctx.config, 's3DataEvents')
              ? {
                  EventSelectors: [
                    {
                      ReadWriteType: 'All',
                      DataResources: [{ Type: 'AWS::S3::Object', Values: [sub('arn:${AWS::Partition}:s3')] }],
                    },
                  ],
                }
              : {}),
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
      kinds: ['write', 'log'],
      env: 'BUCKET_NAME',
      description: loc(
        'Delivers log files to the bucket',
        'Dépose les fichiers journaux dans le compartiment',
      ),
    },
  ],
});
