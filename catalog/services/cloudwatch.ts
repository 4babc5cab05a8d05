import { defineService, type CfnResource } from '../../shared/service/types';
import { getAtt, loc, meter, quantities, ref, str } from '../helpers';

const retentions = ['1', '3', '7', '14', '30', '60', '90', '180', '365', '731', '1827', '3653'];

/**
 * Amazon CloudWatch: a log group plus the account's metrics, alarms and dashboards.
 * Log ingestion is billed by the services that write logs (Lambda...), on the same
 * shared meter, so drawing a 'log' connection never counts the same bytes twice.
 */
export const cloudwatch = defineService({
  id: 'cloudwatch',
  name: loc('Amazon CloudWatch', 'Amazon CloudWatch'),
  description: loc(
    'Logs, metrics, alarms and dashboards for every service of the architecture.',
    'Journaux, métriques, alarmes et tableaux de bord pour tous les services de l’architecture.',
  ),
  aliases: [
    'logs',
    'metrics',
    'monitoring',
    'alarm',
    'dashboard',
    'journaux',
    'métriques',
    'surveillance',
    'alarme',
    'tableau de bord',
  ],
  category: 'management',
  icon: 'architecture-service/AmazonCloudWatch.svg',
  config: {
    retentionDays: {
      type: 'enum',
      label: loc('Log retention', 'Rétention des journaux'),
      unit: 'days',
      default: '30',
      options: retentions.map((value) => ({ value })),
    },
  },
  usageInputs: {
    otherLogsIngestedGb: {
      label: loc('Other logs ingested per month', 'Autres journaux ingérés par mois'),
      unit: 'GB',
      default: 0,
      help: loc('Logs from sources not drawn on the canvas.', 'Journaux de sources non dessinées.'),
    },
    logsStoredGb: {
      label: loc('Logs stored (compressed)', 'Journaux stockés (compressés)'),
      unit: 'GB',
      default: 1,
    },
    customMetrics: { label: loc('Custom metrics', 'Métriques personnalisées'), unit: 'metrics', default: 10 },
    alarms: { label: loc('Standard alarms', 'Alarmes standard'), unit: 'alarms', default: 5 },
    dashboards: { label: loc('Dashboards', 'Tableaux de bord'), unit: 'dashboards', default: 1 },
    insightsGbScanned: {
      label: loc('Logs Insights data scanned', 'Données analysées par Logs Insights'),
      unit: 'GB',
      default: 0,
    },
  },
  meters: [
    meter('cloudwatch.logs.ingestedGb', 'Log ingestion', 'Ingestion de journaux', 'GB'),
    meter('cloudwatch.logs.storedGbMonths', 'Log storage', 'Stockage des journaux', 'GB-month'),
    meter('cloudwatch.metrics.custom', 'Custom metrics', 'Métriques personnalisées', 'metric-months'),
    meter(
      'cloudwatch.alarms.standard',
      'Standard-resolution alarms',
      'Alarmes à résolution standard',
      'alarm-months',
    ),
    meter('cloudwatch.dashboards', 'Dashboards', 'Tableaux de bord', 'dashboard-months'),
    meter('cloudwatch.logs.insightsGbScanned', 'Logs Insights queries', 'Requêtes Logs Insights', 'GB'),
  ],
  usage(ctx) {
    return {
      quantities: quantities({
        'cloudwatch.logs.ingestedGb': ctx.usage['otherLogsIngestedGb']!,
        'cloudwatch.logs.storedGbMonths': ctx.usage['logsStoredGb']!,
        'cloudwatch.metrics.custom': ctx.usage['customMetrics']!,
        'cloudwatch.alarms.standard': ctx.usage['alarms']!,
        'cloudwatch.dashboards': ctx.usage['dashboards']!,
        'cloudwatch.logs.insightsGbScanned': ctx.usage['insightsGbScanned']!,
      }),
      assumptions: [
        'Logs of connected services are billed on their own lines (same shared meter and free tier).',
      ],
    };
  },
  cloudformation: {
    types: ['AWS::Logs::LogGroup'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::Logs::LogGroup',
        Properties: { RetentionInDays: Number(str(ctx.config, 'retentionDays', '30')) },
      },
    }),
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => ref(id),
  },
  connections: [],
});
