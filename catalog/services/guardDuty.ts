import { defineService, type CfnResource } from '../../shared/service/types';
import { loc, meter, quantities, ref } from '../helpers';

/** Amazon GuardDuty detector: threat detection billed on the volume of events analysed. */
export const guardDuty = defineService({
  id: 'guardDuty',
  name: loc('Amazon GuardDuty detector', 'Détecteur Amazon GuardDuty'),
  description: loc(
    'Threat detection on CloudTrail events, VPC Flow Logs and DNS logs; billed on the volume analysed.',
    'Détection des menaces sur les événements CloudTrail, journaux de flux VPC et DNS ; facturée au volume analysé.',
  ),
  aliases: [
    'threat detection',
    'security monitoring',
    'ids',
    'détection des menaces',
    'sécurité',
    'intrusion',
  ],
  category: 'security',
  icon: 'architecture-service/AmazonGuardDuty.svg',
  config: {
    findingFrequency: {
      type: 'enum',
      label: loc('Finding publishing frequency', 'Fréquence de publication des résultats'),
      default: 'SIX_HOURS',
      options: [{ value: 'FIFTEEN_MINUTES' }, { value: 'ONE_HOUR' }, { value: 'SIX_HOURS' }],
    },
  },
  usageInputs: {
    cloudTrailEventsMillions: {
      label: loc('CloudTrail management events', 'Événements de gestion CloudTrail'),
      unit: 'million events',
      default: 1,
    },
    flowAndDnsLogsGb: {
      label: loc('VPC Flow Logs and DNS logs analysed', 'Journaux de flux VPC et DNS analysés'),
      unit: 'GB',
      default: 10,
    },
  },
  meters: [
    meter(
      'guardduty.cloudTrailEvents',
      'CloudTrail management events analysed',
      'Événements CloudTrail analysés',
      'events',
    ),
    meter(
      'guardduty.flowAndDnsLogsGb',
      'VPC Flow Logs and DNS logs analysed',
      'Journaux VPC et DNS analysés',
      'GB',
    ),
  ],
  usage: (ctx) => ({
    quantities: quantities({
      'guardduty.cloudTrailEvents': ctx.usage['cloudTrailEventsMillions']! * 1e6,
      'guardduty.flowAndDnsLogsGb': ctx.usage['flowAndDnsLogsGb']!,
    }),
  }),
  cloudformation: {
    types: ['AWS::GuardDuty::Detector'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::GuardDuty::Detector',
        Properties: {
          Enable: true,
          FindingPublishingFrequency: String(ctx.config['findingFrequency'] ?? 'SIX_HOURS'),
        },
      },
    }),
    reference: (id) => ref(id),
  },
  connections: [],
});
