import { defineService, type CfnResource } from '../../shared/service/types';
import { bool, getAtt, kindLoad, loc, meter, quantities, sub } from '../helpers';

/** AWS KMS customer managed key. */
export const kms = defineService({
  id: 'kms',
  name: loc('AWS KMS key', 'Clé AWS KMS'),
  description: loc(
    'Customer managed encryption key; billed per key-month and per 10,000 API requests.',
    'Clé de chiffrement gérée par le client ; facturée par clé-mois et par tranche de 10 000 requêtes.',
  ),
  aliases: ['key', 'encryption', 'kms', 'cmk', 'clé', 'chiffrement', 'cryptographie'],
  category: 'security',
  icon: 'architecture-service/AWSKeyManagementService.svg',
  config: {
    rotation: {
      type: 'boolean',
      label: loc('Automatic yearly rotation', 'Rotation annuelle automatique'),
      default: true,
    },
  },
  usageInputs: {
    extraRequestsPerMonth: {
      label: loc('Other API requests per month', 'Autres requêtes API par mois'),
      unit: 'requests',
      default: 0,
      help: loc(
        'Requests not drawn as connections. S3 Bucket Keys cut the requests of encrypted buckets.',
        'Requêtes non dessinées. Les clés de compartiment S3 réduisent les requêtes des compartiments chiffrés.',
      ),
    },
    rotatedVersions: {
      label: loc('Rotated key versions kept', 'Versions de clé conservées après rotation'),
      unit: 'keys',
      default: 0,
      help: loc(
        'Each rotation adds $1/month, capped after the second rotation.',
        'Chaque rotation ajoute 1 $/mois, plafonné après la deuxième.',
      ),
    },
  },
  meters: [
    meter('kms.keys', 'Customer managed key', 'Clé gérée par le client', 'key-months'),
    meter('kms.requests', 'API requests', 'Requêtes API', 'requests'),
  ],
  usage(ctx) {
    const versions = bool(ctx.config, 'rotation') ? Math.min(ctx.usage['rotatedVersions']!, 2) : 0;
    return {
      quantities: quantities({
        'kms.keys': 1 + versions,
        'kms.requests': kindLoad(ctx.load, 'encrypt').eventsPerMonth + ctx.usage['extraRequestsPerMonth']!,
      }),
    };
  },
  cloudformation: {
    types: ['AWS::KMS::Key'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::KMS::Key',
        Properties: {
          EnableKeyRotation: bool(ctx.config, 'rotation'),
          KeyPolicy: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'AccountAdministers',
                Effect: 'Allow',
                Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') },
                Action: 'kms:*',
                Resource: '*',
              },
            ],
          },
        },
      },
    }),
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => getAtt(id, 'Arn'),
    outputs: (id) => ({ [`${id}Arn`]: { Value: getAtt(id, 'Arn'), Description: 'Key ARN' } }),
  },
  connections: [],
});
