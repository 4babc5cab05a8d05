import { defineService, type CfnResource } from '../../shared/service/types';
import { assumeRolePolicy, getAtt, loc, ref, str } from '../helpers';

const principals = [
  'lambda.amazonaws.com',
  'ecs-tasks.amazonaws.com',
  'ec2.amazonaws.com',
  'sagemaker.amazonaws.com',
  'states.amazonaws.com',
  'glue.amazonaws.com',
  'codebuild.amazonaws.com',
];

/** AWS IAM role placed explicitly (roles of compute nodes are generated from connections). */
export const iamRole = defineService({
  id: 'iamRole',
  name: loc('AWS IAM role', 'Rôle AWS IAM'),
  description: loc(
    'Identity a service assumes to call other AWS services; IAM itself is free.',
    'Identité qu’un service assume pour appeler d’autres services AWS ; IAM est gratuit.',
  ),
  aliases: ['iam', 'role', 'policy', 'permissions', 'rôle', 'politique', 'droits', 'identité'],
  category: 'security',
  icon: 'architecture-service/AWSIdentityandAccessManagement.svg',
  config: {
    trustedService: {
      type: 'enum',
      label: loc('Trusted service', 'Service de confiance'),
      default: 'lambda.amazonaws.com',
      options: principals.map((value) => ({ value })),
    },
    managedPolicyArn: {
      type: 'string',
      label: loc('Managed policy ARN (optional)', 'ARN de politique gérée (facultatif)'),
      default: '',
      pattern: '^$|^arn:aws[a-z-]*:iam::(aws|\\d{12}):policy/.+$',
    },
  },
  meters: [],
  usage: () => ({ quantities: {}, assumptions: ['IAM roles and policies are free.'] }),
  cloudformation: {
    types: ['AWS::IAM::Role'],
    resources(ctx): Record<string, CfnResource> {
      const policy = str(ctx.config, 'managedPolicyArn');
      return {
        [ctx.nodeId]: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: assumeRolePolicy(
              str(ctx.config, 'trustedService', 'lambda.amazonaws.com'),
            ),
            ...(policy ? { ManagedPolicyArns: [policy] } : {}),
          },
        },
      };
    },
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => ref(id),
  },
  connections: [],
});
