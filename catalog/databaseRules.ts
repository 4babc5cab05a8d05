/** Network-reached databases: compute nodes connect over the VPC, credentials from Secrets Manager. */
import type { ConnectionRule } from '../shared/service/types';
import { loc } from './helpers';

/** Security of a database: subnets come from its group, the master password from a managed secret. */
export const databaseConnections: readonly ConnectionRule[] = [
  {
    targets: ['kms'],
    kinds: ['encrypt'],
    env: 'KMS_KEY_ARN',
    description: loc('Encrypts storage with the key', 'Chiffre le stockage avec la clé'),
  },
];
