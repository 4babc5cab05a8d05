import { defineService, type CfnResource } from '../../shared/service/types';
import { kindLoad, loc, meter, quantities, ref } from '../helpers';
import { keyRule } from '../rules';

/** AWS Secrets Manager secret: per secret-month and per 10,000 API calls. */
export const secretsManager = defineService({
  id: 'secretsManager',
  name: loc('AWS Secrets Manager secret', 'Secret AWS Secrets Manager'),
  description: loc(
    'Stores and rotates credentials; billed per secret-month and per 10,000 API calls.',
    'Stocke et fait tourner des identifiants ; facturé par secret-mois et par 10 000 appels API.',
  ),
  aliases: ['secret', 'password', 'credentials', 'mot de passe', 'identifiants', 'coffre-fort'],
  category: 'security',
  icon: 'architecture-service/AWSSecretsManager.svg',
  config: {
    passwordLength: {
      type: 'number',
      label: loc('Generated password length', 'Longueur du mot de passe généré'),
      default: 32,
      min: 8,
      max: 4096,
      integer: true,
    },
  },
  usageInputs: {
    cacheHitRatio: {
      label: loc(
        'Share of reads served from a client cache',
        'Part des lectures servies par un cache client',
      ),
      unit: 'ratio',
      default: 0.99,
    },
  },
  meters: [
    meter('secretsmanager.secrets', 'Secret', 'Secret', 'secret-months'),
    meter('secretsmanager.apiCalls', 'API calls', 'Appels API', 'requests'),
  ],
  usage(ctx) {
    const miss = 1 - Math.min(Math.max(ctx.usage['cacheHitRatio']!, 0), 1);
    return {
      quantities: quantities({
        'secretsmanager.secrets': 1,
        'secretsmanager.apiCalls': kindLoad(ctx.load, 'read').eventsPerMonth * miss,
      }),
    };
  },
  cloudformation: {
    types: ['AWS::SecretsManager::Secret'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::SecretsManager::Secret',
        Properties: {
          GenerateSecretString: {
            PasswordLength: Number(ctx.config['passwordLength'] ?? 32),
            ExcludePunctuation: true,
          },
          ...(ctx.environment['KMS_KEY_ARN'] ? { KmsKeyId: ctx.environment['KMS_KEY_ARN'] } : {}),
        },
      },
    }),
    arn: (id) => ref(id),
    reference: (id) => ref(id),
  },
  connections: [keyRule('Encrypts the secret with the key', 'Chiffre le secret avec la clé')],
});
