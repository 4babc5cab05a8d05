import { defineService, type CfnResource } from '../../shared/service/types';
import { bool, getAtt, loc, meter, num, quantities, str, type InstanceType } from '../helpers';
import { databaseConnections, dbSubnets } from '../databaseRules';

const classes: readonly InstanceType[] = [
  { value: 'db.t3.micro', vcpu: 2, memoryGiB: 1 },
  { value: 'db.t3.medium', vcpu: 2, memoryGiB: 4 },
  { value: 'db.m5.large', vcpu: 2, memoryGiB: 8 },
  { value: 'db.r5.large', vcpu: 2, memoryGiB: 16 },
];
const engines = [
  { value: 'mysql', label: 'MySQL 8.0', version: '8.0' },
  { value: 'postgres', label: 'PostgreSQL 16', version: '16' },
];
const deployments = ['singleAz', 'multiAz'] as const;

/** Amazon RDS for MySQL or PostgreSQL, single- or Multi-AZ. */
export const rds = defineService({
  id: 'rds',
  name: loc('Amazon RDS database', 'Base de données Amazon RDS'),
  description: loc(
    'Managed MySQL or PostgreSQL on a database instance; billed per instance-hour and GB-month of storage.',
    'MySQL ou PostgreSQL gérés sur une instance ; facturés à l’heure d’instance et au Go-mois de stockage.',
  ),
  aliases: ['database', 'sql', 'mysql', 'postgresql', 'postgres', 'base de données', 'relationnelle', 'rds'],
  category: 'databases',
  icon: 'architecture-service/AmazonRDS.svg',
  config: {
    engine: {
      type: 'enum',
      label: loc('Engine', 'Moteur'),
      default: 'postgres',
      options: engines.map((e) => ({ value: e.value, label: e.label })),
    },
    instanceClass: {
      type: 'enum',
      label: loc('Instance class', 'Classe d’instance'),
      default: 'db.t3.medium',
      options: classes.map((c) => ({
        value: c.value,
        label: `${c.value} (${c.vcpu} vCPU, ${c.memoryGiB} GiB)`,
        facts: { vcpu: c.vcpu, memoryGiB: c.memoryGiB },
      })),
    },
    multiAz: {
      type: 'boolean',
      label: loc('Multi-AZ (standby replica)', 'Multi-AZ (réplique de secours)'),
      default: false,
    },
    storageGb: {
      type: 'number',
      label: loc('Allocated storage (gp3)', 'Stockage alloué (gp3)'),
      unit: 'GB',
      default: 20,
      min: 20,
      max: 65536,
      integer: true,
    },
    backupRetentionDays: {
      type: 'number',
      label: loc('Backup retention', 'Rétention des sauvegardes'),
      unit: 'days',
      default: 7,
      min: 0,
      max: 35,
      integer: true,
    },
  },
  usageInputs: {
    backupGb: {
      label: loc('Backup storage beyond the database size', 'Sauvegardes au-delà de la taille de la base'),
      unit: 'GB',
      default: 0,
    },
  },
  meters: [
    ...engines.flatMap((e) =>
      deployments.flatMap((d) =>
        classes.map((c) =>
          meter(
            `rds.${e.value}.${d}.${c.value}.hours`,
            `RDS ${e.label} ${c.value} (${d})`,
            `RDS ${e.label} ${c.value} (${d})`,
            'hours',
          ),
        ),
      ),
    ),
    meter(
      'rds.gp3.singleAz.storageGbMonths',
      'RDS gp3 storage (Single-AZ)',
      'Stockage RDS gp3 (mono-AZ)',
      'GB-month',
    ),
    meter(
      'rds.gp3.multiAz.storageGbMonths',
      'RDS gp3 storage (Multi-AZ)',
      'Stockage RDS gp3 (Multi-AZ)',
      'GB-month',
    ),
    meter(
      'rds.backup.gbMonths',
      'Backup storage beyond the database size',
      'Sauvegardes au-delà de la taille',
      'GB-month',
    ),
  ],
  usage(ctx) {
    const d = bool(ctx.config, 'multiAz') ? 'multiAz' : 'singleAz';
    return {
      quantities: quantities({
        [`rds.${str(ctx.config, 'engine', 'postgres')}.${d}.${str(ctx.config, 'instanceClass', 'db.t3.medium')}.hours`]:
          ctx.hoursPerMonth,
        [`rds.gp3.${d}.storageGbMonths`]: num(ctx.config, 'storageGb', 20),
        'rds.backup.gbMonths': ctx.usage['backupGb']!,
      }),
      outputFactor: 1,
    };
  },
  cloudformation: {
    types: ['AWS::RDS::DBInstance'],
    resources(ctx): Record<string, CfnResource> {
      const id = ctx.nodeId;
      const subnets = dbSubnets(ctx);
      const engine = engines.find((e) => e.value === str(ctx.config, 'engine')) ?? engines[1]!;
      const kmsKey = ctx.environment['KMS_KEY_ARN'];
      return {
        ...subnets.resources,
        [id]: {
          Type: 'AWS::RDS::DBInstance',
          DeletionPolicy: 'Snapshot',
          UpdateReplacePolicy: 'Snapshot',
          Properties: {
            Engine: engine.value,
            EngineVersion: engine.version,
            DBInstanceClass: str(ctx.config, 'instanceClass', 'db.t3.medium'),
            AllocatedStorage: String(num(ctx.config, 'storageGb', 20)),
            StorageType: 'gp3',
            StorageEncrypted: true,
            ...(kmsKey ? { KmsKeyId: kmsKey } : {}),
            MultiAZ: bool(ctx.config, 'multiAz'),
            MasterUsername: 'dbadmin',
            ManageMasterUserPassword: true,
            BackupRetentionPeriod: num(ctx.config, 'backupRetentionDays', 7),
            PubliclyAccessible: false,
            ...subnets.properties,
            ...(ctx.securityGroupIds.length > 0 ? { VPCSecurityGroups: [...ctx.securityGroupIds] } : {}),
          },
        },
      };
    },
    arn: (id) => getAtt(id, 'DBInstanceArn'),
    reference: (id) => getAtt(id, 'Endpoint.Address'),
    outputs: (id) => ({
      [`${id}Endpoint`]: { Value: getAtt(id, 'Endpoint.Address'), Description: 'Database endpoint' },
    }),
  },
  connections: databaseConnections,
});
