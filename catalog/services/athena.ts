import { defineService, type CfnResource } from '../../shared/service/types';
import { loc, meter, quantities, ref, sub } from '../helpers';

/** Athena bills each query for at least 10 MB scanned. */
const MIN_MB_PER_QUERY = 10;

/** Amazon Athena workgroup: serverless SQL over S3, billed per TB scanned. */
export const athena = defineService({
  id: 'athena',
  name: loc('Amazon Athena', 'Amazon Athena'),
  description: loc(
    'Serverless SQL queries over data in S3; billed per TB scanned.',
    'Requêtes SQL sans serveur sur les données S3 ; facturées au To analysé.',
  ),
  aliases: ['sql', 'query', 'presto', 'trino', 'requête', 'interrogation', 'analyse ad hoc'],
  category: 'analytics',
  icon: 'architecture-service/AmazonAthena.svg',
  entryPoint: true,
  config: {},
  usageInputs: {
    queriesPerMonth: { label: loc('Queries per month', 'Requêtes par mois'), unit: 'queries', default: 1000 },
    gbScannedPerQuery: {
      label: loc('Data scanned per query', 'Données analysées par requête'),
      unit: 'GB',
      default: 1,
    },
  },
  meters: [meter('athena.tbScanned', 'Data scanned', 'Données analysées', 'TB')],
  usage(ctx) {
    const queries = ctx.usage['queriesPerMonth']! + ctx.load.eventsPerMonth;
    const gb = Math.max(ctx.usage['gbScannedPerQuery']!, MIN_MB_PER_QUERY / 1024);
    return { quantities: quantities({ 'athena.tbScanned': (queries * gb) / 1024 }), outputFactor: 1 };
  },
  cloudformation: {
    types: ['AWS::Athena::WorkGroup'],
    resources(ctx): Record<string, CfnResource> {
      const bucket =
        ctx.environment['BUCKET_NAME'] ??
        ctx.param('AthenaResultsBucket', { Type: 'String', Description: 'Bucket for query results' });
      return {
        [ctx.nodeId]: {
          Type: 'AWS::Athena::WorkGroup',
          Properties: {
            Name: sub('${AWS::StackName}-' + ctx.nodeId),
            WorkGroupConfiguration: {
              ResultConfiguration: {
                OutputLocation: sub('s3://${Bucket}/athena-results/', { Bucket: bucket }),
              },
            },
          },
        },
      };
    },
    reference: (id) => ref(id),
  },
  connections: [
    {
      targets: ['s3'],
      kinds: ['read'],
      env: 'BUCKET_NAME',
      description: loc(
        'Queries the bucket’s data and stores results',
        'Interroge les données du compartiment',
      ),
    },
  ],
});
