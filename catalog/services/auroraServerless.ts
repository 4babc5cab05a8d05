import { defineService, type CfnResource } from '../../shared/service/types';
import { getAtt, loc, meter, num, quantities, ref, str } from '../helpers';
import { databaseConnections, dbSubnets } from '../databaseRules';

/** Amazon Aurora Serverless v2: capacity in ACUs that follows the load between bounds. */
export const auroraServerless = defineService({
  id: 'auroraServerless',
  name: loc('Amazon Aurora Serverless v2', 'Amazon Aurora Serverless v2'),
  description: loc(
    'MySQL- or PostgreSQL-compatible database whose capacity (ACU) scales with load; billed per ACU-hour, GB-month and I/O.',
    'Base compatible MySQL ou PostgreSQL dont la capacité (ACU) suit la charge ; facturée à l’ACU-heure, au Go-mois et aux E/S.',
  ),
  aliases: ['aurora', 'serverless database', 'postgresql', 'mysql', 'base de données', 'sans serveur', 'acu'],
  category: 'databases',
  icon: 'architecture-service/AmazonAurora.svg',
  config: {
    engine: {
      type: 'enum',
      label: loc('Engine', 'Moteur'),
      default: 'aurora-postgresql',
      options: [
        { value: 'aurora-postgresql', label: 'Aurora PostgreSQL' },
        { value: 'aurora-mysql', label: 'Aurora MySQL' },
      ],
    },
    minAcu: {
      type: 'number',
      label: loc('Minimum capacity', 'Capacité minimum'),
      unit: 'ACU',
      default: 0.5,
      min: 0,
      max: 256,
      step: 0.5,
    },
    maxAcu: {
      type: 'number',
      label: loc('Maximum capacity', 'Capacité maximum'),
      unit: 'ACU',
      default: 8,
      min: 1,
      max: 256,
      step: 0.5,
    },
  },
  usageInputs: {
    averageAcu: { label: loc('Average capacity used', 'Capacité moyenne utilisée'), unit: 'ACU', default: 1 },
    storageGb: { label: loc('Stored data', 'Données stockées'), unit: 'GB', default: 20 },
    ioPerEvent: {
      label: loc('I/O requests per request served', 'E/S par requête servie'),
      unit: 'I/O',
      default: 5,
    },
  },
  meters: [
    meter(
      'aurora.serverlessV2.acuHours',
      'Aurora Serverless v2 capacity',
      'Capacité Aurora Serverless v2',
      'ACU-hours',
    ),
    meter('aurora.storageGbMonths', 'Aurora storage', 'Stockage Aurora', 'GB-month'),
    meter('aurora.ioRequests', 'Aurora I/O requests', 'Requêtes d’E/S Aurora', 'requests'),
  ],
  usage(ctx) {
    const acu = Math.min(
      Math.max(ctx.usage['averageAcu']!, num(ctx.config, 'minAcu', 0.5)),
      num(ctx.config, 'maxAcu', 8),
    );
    return {
      quantities: quantities({
        'aurora.serverlessV2.acuHours': acu * ctx.hoursPerMonth,
        'aurora.storageGbMonths': ctx.usage['storageGb']!,
        'aurora.ioRequests': ctx.load.eventsPerMonth * ctx.usage['ioPerEvent']!,
      }),
      sizing: { acu },
      outputFactor: 1,
    };
  },
  cloudformation: {
    types: ['AWS::RDS::DBCluster', 'AWS::RDS::DBInstance'],
    resources(ctx): Record<string, CfnResource> {
      const id = ctx.nodeId;
      const subnets = dbSubnets(ctx);
      const engine = str(ctx.config, 'engine', 'aurora-postgresql');
      const kmsKey = ctx.environment['KMS_KEY_ARN'];
      return {
        ...subnets.resources,
        [id]: {
          Type: 'AWS::RDS::DBCluster',
          DeletionPolicy: 'Snapshot',
          UpdateReplacePolicy: 'Snapshot',
          Properties: {
            Engine: engine,
            MasterUsername: 'dbadmin',
            ManageMasterUserPassword: true,
            StorageEncrypted: true,
            ...(kmsKey ? { KmsKeyId: kmsKey } : {}),
            ServerlessV2ScalingConfiguration: {
              MinCapacity: num(ctx.config, 'minAcu', 0.5),
              MaxCapacity: num(ctx.config, 'maxAcu', 8),
            },
            ...subnets.properties,
            ...(ctx.securityGroupIds.length > 0 ? { VpcSecurityGroupIds: [...ctx.securityGroupIds] } : {}),
          },
        },
        [`${id}Writer`]: {
          Type: 'AWS::RDS::DBInstance',
          Properties: { Engine: engine, DBClusterIdentifier: ref(id), DBInstanceClass: 'db.serverless' },
        },
      };
    },
    arn: (id) => getAtt(id, 'DBClusterArn'),
    reference: (id) => getAtt(id, 'Endpoint.Address'),
  },
  connections: databaseConnections,
});
