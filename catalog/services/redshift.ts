import { defineService, type CfnResource } from '../../shared/service/types';
import { loc, meter, num, quantities, ref, str, sub } from '../helpers';
import { databaseConnections } from '../databaseRules';

const nodeTypes = ['ra3.large', 'ra3.xlplus', 'ra3.4xlarge'] as const;

/** Amazon Redshift data warehouse: RA3 provisioned cluster or Serverless (RPU-hours). */
export const redshift = defineService({
  id: 'redshift',
  name: loc('Amazon Redshift', 'Amazon Redshift'),
  description: loc(
    'Columnar data warehouse for SQL analytics: RA3 nodes per hour, or Serverless per RPU-hour.',
    'Entrepôt de données en colonnes pour l’analyse SQL : nœuds RA3 à l’heure, ou Serverless à la RPU-heure.',
  ),
  aliases: ['data warehouse', 'warehouse', 'olap', 'entrepôt de données', 'analytique', 'sql analytics'],
  category: 'databases',
  icon: 'architecture-service/AmazonRedshift.svg',
  config: {
    mode: {
      type: 'enum',
      label: loc('Deployment', 'Déploiement'),
      default: 'serverless',
      options: [
        { value: 'serverless', label: 'Serverless' },
        { value: 'provisioned', label: 'Provisioned RA3' },
      ],
    },
    nodeType: {
      type: 'enum',
      label: loc('Node type', 'Type de nœud'),
      default: 'ra3.xlplus',
      options: nodeTypes.map((value) => ({ value })),
    },
    nodes: { type: 'number', label: loc('Nodes', 'Nœuds'), default: 2, min: 1, max: 128, integer: true },
    baseRpu: {
      type: 'number',
      label: loc('Base capacity (Serverless)', 'Capacité de base (Serverless)'),
      unit: 'RPU',
      default: 8,
      min: 4,
      max: 1024,
      step: 8,
    },
  },
  usageInputs: {
    activeHoursPerMonth: {
      label: loc('Hours with queries running (Serverless)', 'Heures avec requêtes (Serverless)'),
      unit: 'hours',
      default: 40,
    },
    managedStorageGb: { label: loc('Managed storage', 'Stockage géré'), unit: 'GB', default: 500 },
  },
  meters: [
    ...nodeTypes.map((t) =>
      meter(`redshift.${t}.hours`, `Redshift ${t} node`, `Nœud Redshift ${t}`, 'hours'),
    ),
    meter(
      'redshift.serverless.rpuHours',
      'Redshift Serverless compute',
      'Calcul Redshift Serverless',
      'RPU-hours',
    ),
    meter(
      'redshift.managedStorage.gbMonths',
      'Redshift managed storage',
      'Stockage géré Redshift',
      'GB-month',
    ),
  ],
  usage(ctx) {
    const serverless = str(ctx.config, 'mode') === 'serverless';
    return {
      quantities: quantities({
        ...(serverless
          ? {
              'redshift.serverless.rpuHours':
                num(ctx.config, 'baseRpu', 8) *
                Math.min(ctx.usage['activeHoursPerMonth']!, ctx.hoursPerMonth),
            }
          : {
              [`redshift.${str(ctx.config, 'nodeType', 'ra3.xlplus')}.hours`]:
                num(ctx.config, 'nodes', 2) * ctx.hoursPerMonth,
            }),
        'redshift.managedStorage.gbMonths': ctx.usage['managedStorageGb']!,
      }),
      assumptions: serverless
        ? ['Serverless capacity is billed only while queries run, at the base RPU.']
        : [],
    };
  },
  cloudformation: {
    types: [
      'AWS::RedshiftServerless::Namespace',
      'AWS::RedshiftServerless::Workgroup',
      'AWS::Redshift::Cluster',
    ],
    resources(ctx): Record<string, CfnResource> {
      const id = ctx.nodeId;
      if (str(ctx.config, 'mode') === 'serverless')
        return {
          [`${id}Namespace`]: {
            Type: 'AWS::RedshiftServerless::Namespace',
            Properties: {
              NamespaceName: sub('${AWS::StackName}-' + id.toLowerCase()),
              AdminUsername: 'admin',
              ManageAdminPassword: true,
              DbName: 'analytics',
            },
          },
          [id]: {
            Type: 'AWS::RedshiftServerless::Workgroup',
            Properties: {
              WorkgroupName: sub('${AWS::StackName}-' + id.toLowerCase()),
              NamespaceName: ref(`${id}Namespace`),
              BaseCapacity: num(ctx.config, 'baseRpu', 8),
              ...(ctx.subnetIds.length > 0 ? { SubnetIds: [...ctx.subnetIds] } : {}),
              ...(ctx.securityGroupIds.length > 0 ? { SecurityGroupIds: [...ctx.securityGroupIds] } : {}),
            },
          },
        };
      const nodes = num(ctx.config, 'nodes', 2);
      return {
        [id]: {
          Type: 'AWS::Redshift::Cluster',
          DeletionPolicy: 'Snapshot',
          UpdateReplacePolicy: 'Snapshot',
          Properties: {
            ClusterType: nodes > 1 ? 'multi-node' : 'single-node',
            NodeType: str(ctx.config, 'nodeType', 'ra3.xlplus'),
            ...(nodes > 1 ? { NumberOfNodes: nodes } : {}),
            DBName: 'analytics',
            MasterUsername: 'admin',
            ManageMasterPassword: true,
            Encrypted: true,
            PubliclyAccessible: false,
          },
        },
      };
    },
    reference: (id) => ref(id),
  },
  connections: [
    ...databaseConnections,
    {
      targets: ['s3'],
      kinds: ['read'],
      description: loc(
        'Loads data from the bucket (COPY) or queries it (Spectrum)',
        'Charge les données du compartiment (COPY) ou les interroge (Spectrum)',
      ),
    },
  ],
});
