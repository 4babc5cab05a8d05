import { defineService, type CfnResource } from '../../shared/service/types';
import { loc, meter, quantities, ref, str, sub } from '../helpers';

/** AWS CodeDeploy application: free for EC2, Lambda and ECS; on-premises updates are billed. */
export const codeDeploy = defineService({
  id: 'codeDeploy',
  name: loc('AWS CodeDeploy application', 'Application AWS CodeDeploy'),
  description: loc(
    'Automates deployments to EC2, Lambda, ECS or on-premises servers; free except on-premises updates.',
    'Automatise les déploiements vers EC2, Lambda, ECS ou des serveurs sur site ; gratuit sauf sur site.',
  ),
  aliases: ['deploy', 'deployment', 'release', 'déploiement', 'mise en production', 'blue/green'],
  category: 'devtools',
  icon: 'architecture-service/AWSCodeDeploy.svg',
  config: {
    computePlatform: {
      type: 'enum',
      label: loc('Platform', 'Plateforme'),
      default: 'Lambda',
      options: [{ value: 'Server', label: 'EC2 / on-premises' }, { value: 'Lambda' }, { value: 'ECS' }],
    },
  },
  usageInputs: {
    onPremisesUpdates: {
      label: loc('On-premises instance updates per month', 'Mises à jour d’instances sur site par mois'),
      unit: 'updates',
      default: 0,
    },
  },
  meters: [
    meter(
      'codedeploy.onPremisesUpdates',
      'On-premises instance updates',
      'Mises à jour d’instances sur site',
      'updates',
    ),
  ],
  usage: (ctx) => ({
    quantities: quantities({
      'codedeploy.onPremisesUpdates':
        str(ctx.config, 'computePlatform') === 'Server' ? ctx.usage['onPremisesUpdates']! : 0,
    }),
    assumptions: ['Deployments to EC2, Lambda and ECS are free.'],
  }),
  cloudformation: {
    types: ['AWS::CodeDeploy::Application'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::CodeDeploy::Application',
        Properties: { ComputePlatform: str(ctx.config, 'computePlatform', 'Lambda') },
      },
    }),
    arn: (id) =>
      sub(`arn:\${AWS::Partition}:codedeploy:\${AWS::Region}:\${AWS::AccountId}:application:\${${id}}`),
    reference: (id) => ref(id),
  },
  connections: [],
});
