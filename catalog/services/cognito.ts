import { defineService, type CfnResource } from '../../shared/service/types';
import { getAtt, loc, meter, num, quantities, ref } from '../helpers';

/** Amazon Cognito user pool: billed per monthly active user. */
export const cognito = defineService({
  id: 'cognito',
  name: loc('Amazon Cognito user pool', 'Groupe d’utilisateurs Amazon Cognito'),
  description: loc(
    'Sign-up and sign-in for application users; billed per monthly active user.',
    'Inscription et connexion des utilisateurs ; facturé par utilisateur actif mensuel.',
  ),
  aliases: [
    'authentication',
    'login',
    'users',
    'sign-in',
    'authentification',
    'connexion',
    'utilisateurs',
    'oauth',
  ],
  category: 'security',
  icon: 'architecture-service/AmazonCognito.svg',
  entryPoint: true,
  config: {
    mfa: {
      type: 'enum',
      label: loc('Multi-factor authentication', 'Authentification multifacteur'),
      default: 'OPTIONAL',
      options: [{ value: 'OFF' }, { value: 'OPTIONAL' }, { value: 'ON' }],
    },
    passwordMinLength: {
      type: 'number',
      label: loc('Minimum password length', 'Longueur minimale du mot de passe'),
      default: 12,
      min: 6,
      max: 99,
      integer: true,
    },
  },
  usageInputs: {
    monthlyActiveUsers: {
      label: loc('Monthly active users', 'Utilisateurs actifs mensuels'),
      unit: 'MAU',
      default: 1000,
    },
  },
  meters: [
    meter(
      'cognito.essentials.mau',
      'Monthly active users (Essentials)',
      'Utilisateurs actifs mensuels (Essentials)',
      'MAU',
    ),
  ],
  usage: (ctx) => ({
    quantities: quantities({ 'cognito.essentials.mau': ctx.usage['monthlyActiveUsers']! }),
    outputFactor: 1,
  }),
  cloudformation: {
    types: ['AWS::Cognito::UserPool'],
    resources(ctx): Record<string, CfnResource> {
      const mfa = String(ctx.config['mfa'] ?? 'OPTIONAL');
      return {
        [ctx.nodeId]: {
          Type: 'AWS::Cognito::UserPool',
          Properties: {
            UsernameAttributes: ['email'],
            AutoVerifiedAttributes: ['email'],
            MfaConfiguration: mfa,
            ...(mfa === 'OFF' ? {} : { EnabledMfas: ['SOFTWARE_TOKEN_MFA'] }),
            Policies: {
              PasswordPolicy: {
                MinimumLength: num(ctx.config, 'passwordMinLength', 12),
                RequireNumbers: true,
                RequireSymbols: true,
              },
            },
          },
        },
        [`${ctx.nodeId}Client`]: {
          Type: 'AWS::Cognito::UserPoolClient',
          Properties: { UserPoolId: ref(ctx.nodeId), GenerateSecret: false },
        },
      };
    },
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => ref(id),
  },
  connections: [],
});
