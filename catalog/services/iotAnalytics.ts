import { defineService, type CfnResource } from '../../shared/service/types';
import { BYTES_PER_GB, loc, meter, num, quantities, ref, sub } from '../helpers';

/** AWS IoT Analytics: channel, pipeline and data store for device data. */
export const iotAnalytics = defineService({
  id: 'iotAnalytics',
  name: loc('AWS IoT Analytics', 'AWS IoT Analytics'),
  description: loc(
    'Channel, pipeline and data store that clean and keep device data for analysis (AWS has announced its end of support: prefer it only for existing designs).',
    'Canal, pipeline et magasin qui nettoient et conservent les données des objets (fin de support annoncée par AWS : à réserver aux architectures existantes).',
  ),
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
