import { defineService, type CfnResource } from '../../shared/service/types';
import { BYTES_PER_GB, loc, meter, num, quantities, ref, sub } from '../helpers';

/** AWS IoT Analytics: channel, pipeline and data store for device data. */
export const iotAnalytics = defineService({
  id: 'iotAnalytics',
  name: loc('AWS IoT Analytics', 'AWS IoT Analytics'),
  description: loc(
    'Channel, pipeline and data store that cleaned and kept device data for analysis. Retired by AWS on 15 December 2025: kept so that existing designs and templates still open.',
    'Canal, pipeline et magasin qui nettoyaient et conservaient les données des objets. Retiré par AWS le 15 décembre 2025 : conservé pour ouvrir les architectures et modèles existants.',
  ),
  retired: {
    on: '2025-12-15',
    // "On December 15, 2025, AWS will end support for AWS IoT Analytics. After December 15,
    // 2025, you will no longer be able to access the AWS IoT Analytics console or AWS IoT
    // Analytics resources." (notice at the top of every page of the user guide)
    source: 'https://docs.aws.amazon.com/iotanalytics/latest/userguide/iotanalytics-end-of-support.html',
    instead: loc(
      'route device data with an IoT Core rule to S3 (or Kinesis Data Streams) and query it with Athena',
      'acheminez les données des objets par une règle IoT Core vers S3 (ou Kinesis Data Streams) et interrogez-les avec Athena',
    ),
  },
  aliases: ['iot analytics', 'device data', 'telemetry', 'données des objets', 'télémétrie', 'analyse iot'],
  category: 'iot',
  icon: 'category/InternetofThings.svg',
  config: {
    retentionDays: {
      type: 'number',
      label: loc('Data store retention', 'Rétention du magasin'),
      unit: 'days',
      default: 90,
      min: 1,
      max: 3650,
      integer: true,
    },
  },
  meters: [
    meter('iotanalytics.processedGb', 'Pipeline data processed', 'Données traitées par le pipeline', 'GB'),
    meter('iotanalytics.storageGbMonths', 'Data store storage', 'Stockage du magasin', 'GB-month'),
  ],
  usage(ctx) {
    const gb = ctx.load.bytesPerMonth / BYTES_PER_GB;
    return {
      quantities: quantities({
        'iotanalytics.processedGb': gb,
        'iotanalytics.storageGbMonths': gb * Math.min(num(ctx.config, 'retentionDays', 90) / 30, 120),
      }),
      assumptions: ['Stored data builds up to the retention period at the monthly rate.'],
    };
  },
  cloudformation: {
    types: ['AWS::IoTAnalytics::Channel', 'AWS::IoTAnalytics::Datastore', 'AWS::IoTAnalytics::Pipeline'],
    resources(ctx): Record<string, CfnResource> {
      const id = ctx.nodeId;
      const name = id.toLowerCase();
      return {
        [id]: { Type: 'AWS::IoTAnalytics::Channel', Properties: { ChannelName: `${name}_channel` } },
        [`${id}Store`]: {
          Type: 'AWS::IoTAnalytics::Datastore',
          Properties: {
            DatastoreName: `${name}_store`,
            RetentionPeriod: { NumberOfDays: num(ctx.config, 'retentionDays', 90), Unlimited: false },
          },
        },
        [`${id}Pipeline`]: {
          Type: 'AWS::IoTAnalytics::Pipeline',
          Properties: {
            PipelineName: `${name}_pipeline`,
            PipelineActivities: [
              { Channel: { Name: 'from_channel', ChannelName: ref(id), Next: 'to_store' } },
              { Datastore: { Name: 'to_store', DatastoreName: ref(`${id}Store`) } },
            ],
          },
        },
      };
    },
    arn: (id) =>
      sub(`arn:\${AWS::Partition}:iotanalytics:\${AWS::Region}:\${AWS::AccountId}:channel/\${${id}}`),
    reference: (id) => ref(id),
  },
  connections: [],
});
