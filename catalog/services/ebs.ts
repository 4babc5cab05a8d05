import { defineService, type CfnResource } from '../../shared/service/types';
import { formatNumber } from '../../shared/validation/numberFormat';
import { loc, meter, num, quantities, ref, str } from '../helpers';
import { keyRule } from '../rules';

const GP3_BASE_IOPS = 3000;
const GP3_BASE_THROUGHPUT = 125;
const IO2_TIER_IOPS = 32000;
/** Smallest st1 / sc1 volume (EBS volume types documentation). */
const HDD_MIN_GB = 125;
const types = ['gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1'] as const;

/** Amazon EBS volume: storage, provisioned IOPS and throughput, per month provisioned. */
export const ebs = defineService({
  id: 'ebs',
  name: loc('Amazon EBS volume', 'Volume Amazon EBS'),
  description: loc(
    'Block storage for EC2 instances; billed per GB-month and provisioned IOPS or throughput.',
    'Stockage en mode bloc pour instances EC2 ; facturé au Go-mois et aux IOPS ou débit provisionnés.',
  ),
  aliases: ['volume', 'disk', 'block storage', 'disque', 'stockage bloc', 'ssd', 'gp3'],
  category: 'storage',
  icon: 'architecture-service/AmazonElasticBlockStore.svg',
  config: {
    volumeType: {
      type: 'enum',
      label: loc('Volume type', 'Type de volume'),
      default: 'gp3',
      options: types.map((value) => ({ value })),
    },
    sizeGb: {
      type: 'number',
      label: loc('Size', 'Taille'),
      unit: 'GB',
      default: 100,
      min: 1,
      max: 65536,
      integer: true,
    },
    iops: {
      type: 'number',
      label: loc('Provisioned IOPS (gp3, io1, io2)', 'IOPS provisionnées (gp3, io1, io2)'),
      unit: 'IOPS',
      default: 3000,
      min: 100,
      max: 256000,
      integer: true,
    },
    throughputMbps: {
      type: 'number',
      label: loc('Throughput (gp3)', 'Débit (gp3)'),
      unit: 'MB/s',
      default: 125,
      min: 125,
      max: 2000,
      integer: true,
    },
  },
  usageInputs: {
    provisionedShare: {
      label: loc('Share of the month provisioned', 'Part du mois provisionnée'),
      unit: 'ratio',
      default: 1,
      help: loc(
        'EBS bills per second: 12 hours of a 30-day month = 1/60.',
        'EBS facture à la seconde : 12 heures d’un mois de 30 jours = 1/60.',
      ),
    },
    snapshotGb: { label: loc('Snapshot storage', 'Stockage des instantanés'), unit: 'GB', default: 0 },
  },
  meters: [
    meter('ebs.gp3.storageGbMonths', 'gp3 storage', 'Stockage gp3', 'GB-month'),
    meter('ebs.gp3.iopsMonths', 'gp3 IOPS above 3,000', 'IOPS gp3 au-delà de 3 000', 'IOPS-month'),
    meter(
      'ebs.gp3.throughputMonths',
      'gp3 throughput above 125 MB/s',
      'Débit gp3 au-delà de 125 Mo/s',
      'MBps-month',
    ),
    meter('ebs.gp2.storageGbMonths', 'gp2 storage', 'Stockage gp2', 'GB-month'),
    meter('ebs.io1.storageGbMonths', 'io1 storage', 'Stockage io1', 'GB-month'),
    meter('ebs.io1.iopsMonths', 'io1 provisioned IOPS', 'IOPS provisionnées io1', 'IOPS-month'),
    meter('ebs.io2.storageGbMonths', 'io2 storage', 'Stockage io2', 'GB-month'),
    meter('ebs.io2.iopsMonths', 'io2 provisioned IOPS', 'IOPS provisionnées io2', 'IOPS-month'),
    meter('ebs.st1.storageGbMonths', 'st1 storage', 'Stockage st1', 'GB-month'),
    meter('ebs.sc1.storageGbMonths', 'sc1 storage', 'Stockage sc1', 'GB-month'),
    meter('ebs.snapshots.gbMonths', 'Snapshots (standard)', 'Instantanés (standard)', 'GB-month'),
  ],
  usage(ctx) {
    const type = str(ctx.config, 'volumeType', 'gp3');
    const share = Math.min(Math.max(ctx.usage['provisionedShare']!, 0), 1);
    const size = num(ctx.config, 'sizeGb', 100) * share;
    const iops = num(ctx.config, 'iops', 3000);
    const q: Record<string, number> = {
      [`ebs.${type}.storageGbMonths`]: size,
      'ebs.snapshots.gbMonths': ctx.usage['snapshotGb']!,
    };
    if (type === 'gp3') {
      q['ebs.gp3.iopsMonths'] = Math.max(0, iops - GP3_BASE_IOPS) * share;
      q['ebs.gp3.throughputMonths'] =
        Math.max(0, num(ctx.config, 'throughputMbps', 125) - GP3_BASE_THROUGHPUT) * share;
    }
    if (type === 'io1' || type === 'io2') q[`ebs.${type}.iopsMonths`] = iops * share;
    return {
      quantities: quantities(q),
      assumptions:
        type === 'io2' && iops > IO2_TIER_IOPS ? ['io2 IOPS above 32,000 are billed at a lower tier.'] : [],
      ...((type === 'st1' || type === 'sc1') && num(ctx.config, 'sizeGb', 100) < HDD_MIN_GB
        ? {
            warnings: [`${type} volumes must be at least ${HDD_MIN_GB} GB.`],
            warningsFr: [`Un volume ${type} doit faire au moins ${formatNumber(HDD_MIN_GB, 'fr')} Go.`],
          }
        : { warnings: [] }),
    };
  },
  cloudformation: {
    types: ['AWS::EC2::Volume'],
    resources(ctx): Record<string, CfnResource> {
      const type = str(ctx.config, 'volumeType', 'gp3');
      return {
        [ctx.nodeId]: {
          Type: 'AWS::EC2::Volume',
          Properties: {
            AvailabilityZone: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
            Size: num(ctx.config, 'sizeGb', 100),
            VolumeType: type,
            Encrypted: true,
            ...(ctx.environment['KMS_KEY_ARN'] ? { KmsKeyId: ctx.environment['KMS_KEY_ARN'] } : {}),
            ...(type === 'gp3' || type === 'io1' || type === 'io2'
              ? { Iops: num(ctx.config, 'iops', 3000) }
              : {}),
            ...(type === 'gp3' ? { Throughput: num(ctx.config, 'throughputMbps', 125) } : {}),
          },
        },
      };
    },
    arn: (id) => ref(id),
    reference: (id) => ref(id),
  },
  connections: [keyRule('Encrypts the volume with the key', 'Chiffre le volume avec la clé')],
});
