import { defineService, type CfnResource } from '../../shared/service/types';
import { loc } from '../helpers';
import { s3 } from './s3';

const archiveClasses = ['GLACIER', 'DEEP_ARCHIVE'];

/**
 * Long-term archive. The legacy S3 Glacier vault API has no CloudFormation resource type
 * in the resource specification, so the archive is exported as an S3 bucket whose objects
 * go straight to a Glacier storage class (AWS's recommended way for new archives).
 */
export const glacierVault = defineService({
  id: 'glacierVault',
  name: loc('Amazon S3 Glacier archive', 'Archive Amazon S3 Glacier'),
  description: loc(
    'Low-cost archive for data read rarely; retrieval is billed per request and per GB.',
    'Archive à bas coût pour des données rarement lues ; la récupération est facturée à la requête et au Go.',
  ),
  aliases: [
    'glacier',
    'archive',
    'vault',
    'cold storage',
    'coffre',
    'archivage',
    'stockage à froid',
    'deep archive',
  ],
  category: 'storage',
  icon: 'architecture-service/AmazonSimpleStorageServiceGlacier.svg',
  config: {
    storageClass: {
      type: 'enum',
      label: loc('Archive class', 'Classe d’archive'),
      default: 'GLACIER',
      options: [
        { value: 'GLACIER', label: 'Glacier Flexible Retrieval' },
        { value: 'DEEP_ARCHIVE', label: 'Glacier Deep Archive' },
      ],
    },
  },
  usageInputs: s3.usageInputs,
  meters: s3.meters.filter((m) => /^s3\.(glacierFlexible|deepArchive)\./.test(m.key)),
  usage: (ctx) => s3.usage(ctx),
  cloudformation: {
    types: ['AWS::S3::Bucket'],
    resources: (ctx): Record<string, CfnResource> => {
      const cls = archiveClasses.includes(String(ctx.config['storageClass']))
        ? ctx.config['storageClass']!
        : 'GLACIER';
      return s3.cloudformation.resources({
        ...ctx,
        config: { ...ctx.config, storageClass: cls, versioning: false },
      });
    },
    arn: s3.cloudformation.arn,
    reference: s3.cloudformation.reference,
  },
  connections: s3.connections,
});
