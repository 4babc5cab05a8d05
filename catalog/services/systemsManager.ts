import { defineService, type CfnResource } from '../../shared/service/types';
import { loc, meter, quantities, ref, str } from '../helpers';

/** AWS Systems Manager Parameter Store parameter (standard parameters are free). */
export const systemsManager = defineService({
  id: 'systemsManager',
  name: loc('AWS Systems Manager parameter', 'Paramètre AWS Systems Manager'),
  description: loc(
    'Parameter Store for configuration values, plus fleet operations; standard parameters are free.',
    'Magasin de paramètres pour la configuration, et opérations sur le parc ; les paramètres standard sont gratuits.',
  ),
  aliases: ['ssm', 'parameter store', 'configuration', 'paramètre', 'magasin de paramètres', 'automation'],
  category: 'management',
  icon: 'architecture-service/AWSSystemsManager.svg',
  config: {
    tier: {
      type: 'enum',
      label: loc('Tier', 'Niveau'),
      default: 'Standard',
      options: [{ value: 'Standard' }, { value: 'Advanced' }],
    },
    value: { type: 'string', label: loc('Value', 'Valeur'), default: 'changeme', maxLength: 4096 },
  },
  usageInputs: {
    apiInteractions: {
      label: loc('API interactions per month (advanced)', 'Interactions API par mois (avancé)'),
      unit: 'requests',
      default: 0,
    },
  },
  meters: [
    meter('ssm.advancedParameters', 'Advanced parameter', 'Paramètre avancé', 'parameter-months'),
    meter(
      'ssm.advancedApiInteractions',
      'Advanced parameter API interactions',
      'Interactions API (paramètres avancés)',
      'requests',
    ),
  ],
  usage(ctx) {
    const advanced = str(ctx.config, 'tier') === 'Advanced';
    return {
      quantities: quantities({
        'ssm.advancedParameters': advanced ? 1 : 0,
        'ssm.advancedApiInteractions': advanced ? ctx.usage['apiInteractions']! + ctx.load.eventsPerMonth : 0,
      }),
    };
  },
  cloudformation: {
    types: ['AWS::SSM::Parameter'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::SSM::Parameter',
        Properties: {
          Type: 'String',
          Tier: str(ctx.config, 'tier', 'Standard'),
          Value: str(ctx.config, 'value', 'changeme'),
        },
      },
    }),
    arn: (id) => ({
      'Fn::Sub': `arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/\${${id}}`,
    }),
    reference: (id) => ref(id),
  },
  connections: [],
});
